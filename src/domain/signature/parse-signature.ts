// Finds the sender's signature in the plain text of an email body and reads it. Pure: no DOM.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { hasTitleWord, isAddress, isNotAName, looksLikeName, countryOf } from './classify';
import { companyFromEmail, countryFromEmail } from './email-domain';
import { newestPart } from './newest-part';
import { parseBlock } from './parse-block';
import type { ParsedSignature, SenderHint, SignatureOptions } from './types';
import { isSignOff, languageOfSignOffLine, SIGN_OFF_COUNTRY, type SignOffLanguage } from './sign-offs';
import { DISCLAIMER_START, EXTENSION_LINE, INVISIBLE_MARKS, LEGAL_LINE, LIST_FOOTER, POSTSCRIPT, SENT_FROM, WEBMAIL_AD } from './vocabulary';

const MAX_SIGNATURE_LINES = 16;
const DELIMITER = /^(?:--|-- |—|–|—{2,9}|_{2,9}|-{2,40})\s*$/;
/** "-Jane Doe", "— Maarten de Jong", "/John", "//Jo": a name alone on a line, introduced by a dash or a slash. */
const DASH_NAME = /^(?:[—–-]{1,2}|\/{1,2})\s*(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|der|den|da|del|di|du|la|le|ten|ter|dos|das)\s+)*\p{Lu}[\p{L}'’.-]+){0,3})\s*$/u;
/** A first name alone on the last line of a message (2–30 letters, at most three words, no sentence punctuation). */
const LONE_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]{0,28}(?:\s+\p{Lu}[\p{L}'’.-]{0,29}){0,2}$/u;
/** A line naming an attached file: " - rates.xls", "<<report.pdf>>", "(See attached file: 2305.pdf)". */
const ATTACHMENT_LINE = /^\s*(?:-\s+[^\s/\\]+(?:\s+[^\s/\\]+){0,6}\.[A-Za-z0-9]{2,5}|<<[^<>]{1,120}>>|\(see attached file:[^)]{1,120}\))\s*$/i;
const CONTACT_HINT = /@|https?:\/\/|www\.|\+?\d[\d\s().-]{6,}\d|\b(?:linkedin|tel|phone|mobile|fax)\b/i;

interface SignatureStart {
  index: number;
  method: 'delimiter' | 'sign-off' | 'trailing-block';
  nameHint?: string;
  language?: SignOffLanguage;
}

/** Bounds that keep the parser fast on hostile input: signature lines are short, and a body is read up to a limit. */
const MAX_BODY_CHARS = 200_000;
const MAX_LINE_CHARS = 300;

export function parseSignature(body: string, sender: SenderHint = {}, options: SignatureOptions = {}): ParsedSignature {
  const newest = newestPart(typeof body === 'string' ? body.slice(0, MAX_BODY_CHARS) : '');
  const lines = cleanLines(newest.text.split('\n'));
  const start = findSignatureStart(lines, sender);
  const block = start ? lines.slice(start.index) : [];
  const limited = limitBlock(block);
  // What the message says about the country first; the rep's own default country last.
  const defaultCountry = inferCountry(limited, sender, start?.language) ?? options.defaultCountry;
  const fields = parseBlock(limited, { sender, ...(defaultCountry ? { defaultCountry } : {}), ...(start?.nameHint ? { nameHint: start.nameHint } : {}) });
  // The rep's own signature (their reply is the newest part, or they pasted their own text): nothing in it is the prospect's.
  if (fields.name && isOwnName(fields.name, options.ownNames)) {
    return { phones: [], emails: [], profiles: {}, inferred: [], signatureText: '', confidence: 0 };
  }

  // "--\nrick", "thank you,\nmarco": a lone word under a signature delimiter or right under a sign-off is the
  // sender's name as they write it, in lower case too.
  const firstLine = limited.find((line) => line.trim())?.trim() ?? '';
  const written = limited.filter((line) => line.trim()).length;
  const loneWordStart = (start?.method === 'delimiter' && written <= 3) || (start?.method === 'sign-off' && written <= 2);
  if (!fields.name && loneWordStart && /^\p{L}{2,20}$/u.test(firstLine) && !isSignOff(firstLine) && !isNotAName(firstLine)) {
    fields.name = firstLine;
  }
  const { meetingLinks, ...result } = fields;
  const parsed: ParsedSignature = { ...result, signatureText: limited.join('\n').trim(), confidence: 0 };
  if (!parsed.company) {
    const guess = companyFromEmail(sender.email);
    if (guess) {
      parsed.company = guess;
      parsed.inferred.push('company');
    }
  }
  if (!parsed.website && meetingLinks[0]) {
    parsed.website = meetingLinks[0];
    parsed.inferred.push('website');
  }
  parsed.confidence = confidenceOf(parsed, start);
  return parsed;
}

/** Drops "Sent from my iPhone", legal register lines, image placeholders, and everything from a disclaimer on. */
export function cleanLines(lines: string[]): string[] {
  const kept: string[] = [];
  let inPostscript = false;
  for (const raw of lines) {
    // A line longer than any signature line is prose: cut it so no pattern ever scans a huge line.
    // Bidirectional marks and zero-width spaces (Arabic and Hebrew clients wrap their lines in them) are not text.
    const line = raw.slice(0, MAX_LINE_CHARS).replace(/\u00a0/g, ' ').replace(INVISIBLE_MARKS, '').trimEnd();
    // "CONFIDENTIAL:" over the first words of a message is a marking, not the disclaimer that ends it.
    const marking = line.trim().length <= 30 && !kept.some((k) => k.trim()) && DISCLAIMER_START.test(line);
    if (marking) continue;
    if (DISCLAIMER_START.test(line) || LIST_FOOTER.test(line) || WEBMAIL_AD.test(line)) break;
    // A postscript paragraph (to the next blank line) is message text: its links and words are not the signature's.
    if (POSTSCRIPT.test(line)) inPostscript = true;
    if (inPostscript) {
      if (line.trim()) continue;
      inPostscript = false;
    }
    if (SENT_FROM.test(line) || LEGAL_LINE.test(line) || ATTACHMENT_LINE.test(line) || /^\s*\[(?:image|cid):[^\]]*\]\s*$/i.test(line)) continue;
    kept.push(line);
  }
  joinLabelCells(kept);
  // Blank lines and the rule that led into a dropped footer or disclaimer.
  while (kept.length > 0 && (!kept[kept.length - 1]!.trim() || /^\s*[_=*-]{2,}\s*$/.test(kept[kept.length - 1]!))) kept.pop();
  return kept;
}

/** "Tel:" alone on a line over "+49 30 1234 5678": a two-column signature table as text. The label joins its value. */
function joinLabelCells(lines: string[]): void {
  for (let i = lines.length - 2; i >= 0; i--) {
    if (CELL_LABEL.test(lines[i]!) && lines[i + 1]!.trim() && !CELL_LABEL.test(lines[i + 1]!)) lines.splice(i, 2, `${lines[i]!.trim()} ${lines[i + 1]!.trim()}`);
  }
}
const CELL_LABEL = /^\s*(?:tel|tel\.|telefon|telephone|phone|fax|telefax|mobile?|mobil|handy|cell|e-?mail|mail|web|website|internet|skype|t|f|m|e|w|p)\s*:\s*$/i;

/** Is this the rep's own name ("Maria Lopez", or "Maria" when the rep is Maria Lopez)? */
export function isOwnName(name: string, ownNames: readonly string[] | undefined): boolean {
  const key = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
  const found = key(name);
  return Boolean(found) && (ownNames ?? []).some((own) => {
    const mine = key(own);
    return mine === found || (mine.startsWith(`${found} `) && found.length >= 3) || (found.startsWith(`${mine} `) && mine.includes(' '));
  });
}

function findSignatureStart(lines: string[], sender: SenderHint): SignatureStart | undefined {
  let delimiter = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^-- ?$/.test(lines[i]!)) {
      delimiter = i;
      break;
    }
  }
  const signOff = findSignOff(lines, delimiter >= 0 ? delimiter : lines.length);
  // "Best,\nJane\n-- \nJane Doe…": the sign-off just above the delimiter belongs to the signature too.
  if (delimiter >= 0) {
    if (signOff && delimiter - signOff.index <= 3) return signOff;
    return { index: delimiter + 1, method: 'delimiter' };
  }
  if (signOff) return signOff;
  // The window counts written lines only: some signatures put a blank line between every line.
  for (let i = lines.length - 1, written = 0; i >= 0 && written <= MAX_SIGNATURE_LINES; i--) {
    const line = lines[i]!.trim();
    if (line) written++;
    if (DELIMITER.test(line)) return { index: i + 1, method: 'delimiter' };
    const dashName = DASH_NAME.exec(line);
    if (dashName) return { index: i + 1, method: 'delimiter', nameHint: dashName[1]! };
  }
  return trailingBlock(lines, sender);
}

/** The last line that is only a closing phrase ("Best regards,", "Mvh", "Best regards / Mit freundlichen Grüßen") or a closing phrase and a name ("Cheers, Jane"). */
function findSignOff(lines: string[], end: number): SignatureStart | undefined {
  for (let i = end - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (!line || line.length > 80) continue;
    let phrase = line;
    let nameHint: string | undefined;
    if (!isSignOff(line)) {
      const match = /^(.+?)\s*(?:,|[–—-]{1,2})\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*[,!.]*$/u.exec(line);
      if (!match || !isSignOff(match[1]!)) continue;
      phrase = match[1]!;
      nameHint = match[2]!;
    }
    // Too far from the end is a "Thanks!" inside the body, unless what follows still looks like a signature.
    if (end - i > MAX_SIGNATURE_LINES + 4) return undefined;
    const start: SignatureStart = { index: i + 1, method: 'sign-off' };
    if (nameHint) start.nameHint = nameHint;
    const language = languageOfSignOffLine(phrase);
    if (language) start.language = language;
    return start;
  }
  return undefined;
}

/** No sign-off and no delimiter: the last short, contact-looking lines of the message. */
function trailingBlock(lines: string[], sender: SenderHint): SignatureStart | undefined {
  let index = lines.length;
  let blankSeen = 0;
  for (let i = lines.length - 1; i >= 0 && lines.length - i <= MAX_SIGNATURE_LINES; i--) {
    const line = lines[i]!.trim();
    if (!line) {
      blankSeen++;
      if (blankSeen > 1 && !blockLooksLikeSignature(lines.slice(i + 1, index), sender)) break;
      continue;
    }
    if (isProse(line)) break;
    index = i;
  }
  const block = lines.slice(index);
  if (index < lines.length && blockLooksLikeSignature(block, sender)) return { index, method: 'trailing-block' };
  return loneNameAtEnd(lines);
}

/** "…going for a test now.\nBraxton": a first name (or short full name) alone on the last line, after the text. */
function loneNameAtEnd(lines: string[]): SignatureStart | undefined {
  const nonEmpty = lines.map((line, index) => ({ line: line.trim(), index })).filter((entry) => entry.line);
  const last = nonEmpty[nonEmpty.length - 1];
  if (!last || nonEmpty.length < 2 || !LONE_NAME.test(last.line) || !looksLikeName(last.line) || isSignOff(last.line)) return undefined;
  return { index: last.index, method: 'trailing-block' };
}

function isProse(line: string): boolean {
  if (line.length > 160) return true;
  const words = line.split(/\s+/).length;
  // "I am told that Jo (011-44-20-7946-0991) has worked on it.  Regards.  Sara": a sentence, whatever it holds.
  if (words >= 12 && /\p{Ll}[.!?]\s+\p{Lu}|\p{Ll}[.!?]$/u.test(line)) return true;
  if (CONTACT_HINT.test(line) || isAddress(line)) return false;
  return line.length > 70 || /[?!]$/.test(line) || (/[.:;]$/.test(line) && words >= 5 && !/\b(?:inc|ltd|corp|co|gmbh)\.$/i.test(line));
}

function blockLooksLikeSignature(block: string[], sender: SenderHint): boolean {
  const text = block.join('\n');
  if (!text.trim()) return false;
  if (CONTACT_HINT.test(text) || block.some((line) => EXTENSION_LINE.test(line.trim()))) return true;
  const first = block.find((line) => line.trim())?.trim() ?? '';
  const senderFirst = sender.name?.trim().split(/\s+/)[0]?.toLowerCase();
  if (senderFirst && first.toLowerCase().startsWith(senderFirst)) return true;
  // "Anna Berg | CFO": the name is the first field of a line split by pipes.
  const firstField = first.split(/\s*[|¦•·]\s*/)[0] ?? '';
  return looksLikeName(firstField) && block.some((line) => hasTitleWord(line));
}

/** At most MAX_SIGNATURE_LINES non-empty lines, without banners' trailing marketing copy. */
function limitBlock(block: string[]): string[] {
  const kept: string[] = [];
  let count = 0;
  for (const line of block) {
    if (line.trim()) count++;
    if (count > MAX_SIGNATURE_LINES) break;
    kept.push(line);
  }
  while (kept.length > 0 && !kept[0]!.trim()) kept.shift();
  return kept;
}

/** The country for national phone numbers: another number's +code, a country in the address, the email's ccTLD, the language. */
function inferCountry(block: string[], sender: SenderHint, language: SignOffLanguage | undefined): string | undefined {
  const text = block.join('\n');
  for (const match of text.matchAll(/\+\s?\d[\d\s().-]{6,}\d/g)) {
    const country = parsePhoneNumberFromString(match[0].replace(/\(0\)/, ''))?.country;
    if (country) return country;
  }
  for (const line of block) {
    for (const part of line.split(/\s*[,|·•]\s*/)) {
      const country = countryOf(part);
      if (country) return country;
    }
    if (/,\s*[A-Z]{2}\s+\d{5}\b/.test(line)) return 'US';
  }
  const fromEmail = countryFromEmail(sender.email);
  if (fromEmail) return fromEmail;
  if (language && SIGN_OFF_COUNTRY[language]) return SIGN_OFF_COUNTRY[language];
  if (/\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b/.test(text)) return 'US';
  return undefined;
}

function confidenceOf(parsed: ParsedSignature, start: SignatureStart | undefined): number {
  if (!start) return parsed.company ? 0.1 : 0;
  let score = { delimiter: 0.35, 'sign-off': 0.3, 'trailing-block': 0.15 }[start.method];
  if (parsed.name) score += 0.2;
  if (parsed.title) score += 0.15;
  if (parsed.company && !parsed.inferred.includes('company')) score += 0.1;
  if (parsed.phones.length > 0 || parsed.emails.length > 0 || parsed.website) score += 0.15;
  if (parsed.address || parsed.location) score += 0.05;
  return Math.round(Math.min(1, score) * 100) / 100;
}

