// Reads a block of signature lines (already cut out of the message) into name, title, company, contacts and address.
import type { Location, Phone } from '../prospect';
import { normalizeKey } from '../prospect';
import { clean, countryOf, hasCompanySuffix, isAddress, isLocation, isTitle, looksLikeName, splitTitleCompany, stripNameNoise } from './classify';
import { extractContacts } from './contacts';
import { emailDomain, matchesEmailDomain } from './email-domain';
import type { ParsedSignature, SenderHint } from './types';
import { BANNER_LINE, EXTENSION_LINE, MEETING_LINK, US_STATES } from './vocabulary';

export interface BlockContext {
  sender: SenderHint;
  defaultCountry?: string;
  /** A name written on the sign-off line ("Best, Jane"). */
  nameHint?: string;
}

export type BlockFields = Omit<ParsedSignature, 'signatureText' | 'confidence'> & { meetingLinks: string[] };

interface Piece {
  text: string;
  line: number;
}

/** Pipes, bullets, wide gaps and tabs separate fields on one line; commas do not (they live inside titles and addresses). */
const SEGMENT_SPLIT = /\s*[|¦•·◦●▪►]\s*|\s{3,}|\t+/;
const LABEL_ONLY = /^(?:e|email|e-mail|mail|correo|courriel|w|web|website|webseite|site|site web|sitio|sitio web|www|url|internet|homepage|blog|portfolio|skype|linkedin|twitter|x|github|xing|instagram|facebook|skype|a|addr|address|adresse|anschrift|dirección|direccion|t|m|p|f|d|o|tel|phone|mobile|fax|follow me|find me on|connect|on)\s*[:.]{0,2}$/i;
const SHORT_LABEL = /^[\p{L}][\p{L}.\s-]{0,18}:$/u;
const LEADING_LABEL = /^(?:address|adresse|anschrift|dirección|direccion|addr|a)\s*[:.]\s*/i;

export function parseBlock(lines: string[], context: BlockContext): BlockFields {
  const fields: BlockFields = { phones: [], emails: [], profiles: {}, inferred: [], meetingLinks: [] };
  const websites: string[] = [];
  const pieces: Piece[] = [];

  lines.forEach((line, index) => {
    const trimmed = line.replace(/^[\s>*_]+|[\s*_]+$/g, '');
    if (!trimmed) return;
    if (EXTENSION_LINE.test(trimmed)) return;
    const banner = BANNER_LINE.test(trimmed) || MEETING_LINK.test(trimmed);
    for (const segment of joinLabels(trimmed.split(SEGMENT_SPLIT))) {
      if (!segment.trim()) continue;
      const found = extractContacts(segment, context.defaultCountry);
      fields.meetingLinks.push(...found.meetingLinks);
      if (banner) continue;
      addPhones(fields.phones, found.phones);
      for (const email of found.emails) if (!fields.emails.includes(email)) fields.emails.push(email);
      websites.push(...found.websites);
      for (const [network, url] of Object.entries(found.profiles)) fields.profiles[network] ??= url;
      const rest = clean(found.rest.replace(/[<>[\]"“”„«»]|\(\s*\)/g, ' '));
      if (rest && /\p{L}/u.test(rest) && !LABEL_ONLY.test(rest)) pieces.push({ text: rest, line: index });
    }
  });

  classifyPieces(pieces, fields, context);
  const senderDomain = emailDomain(context.sender.email);
  const own = websites.find((url) => senderDomain && hostOf(url).endsWith(senderDomain.replace(/^mail\./, '')));
  if (own ?? websites[0]) fields.website = own ?? websites[0];
  return fields;
}

function isAllCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}{2}/u.test(text);
}

/** "ANA RUIZ-GÓMEZ" → "Ana Ruiz-Gómez". */
function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/** "Fax:      202-555-0158": a wide gap splits the line, but a "Label:" segment still belongs to what follows it. */
function joinLabels(segments: string[]): string[] {
  const joined: string[] = [];
  for (const segment of segments) {
    const previous = joined[joined.length - 1];
    // Any short "Label:" (also "AOL IM:", "ICQ:") introduces the value after the gap, never a name of its own.
    if (previous !== undefined && (LABEL_ONLY.test(previous) || SHORT_LABEL.test(previous)) && /:$/.test(previous)) joined[joined.length - 1] = `${previous} ${segment}`;
    else joined.push(segment);
  }
  return joined;
}

function classifyPieces(pieces: Piece[], fields: BlockFields, context: BlockContext): void {
  const addressLines: string[] = [];
  const others: Piece[] = [];
  let titleLine = -1;
  let nameLine = -1;

  for (const piece of pieces) {
    const text = piece.text;
    // "Best,\nJohn\n--\nJohn Doe\nSenior Developer": the fuller name further down wins over the first name, also
    // when the signature writes it in capitals ("Saludos,\nAna\n\nANA RUIZ"): then it keeps the sign-off's casing.
    if (fields.name && !fields.name.includes(' ') && text.toLowerCase().startsWith(`${fields.name.toLowerCase()} `) && looksLikeName(text)) {
      const fuller = stripNameNoise(text);
      fields.name = isAllCapitals(fuller) && !isAllCapitals(fields.name) ? titleCase(fuller) : fuller;
      nameLine = piece.line;
      continue;
    }
    if (!fields.name && matchesSenderName(text, context.sender.name)) {
      fields.name = stripNameNoise(text);
      nameLine = piece.line;
      continue;
    }
    if (isAddress(text)) {
      addressLines.push(text.replace(LEADING_LABEL, ''));
      continue;
    }
    if (isLocation(text)) {
      if (addressLines.length > 0 && countryOf(text)) addressLines.push(text);
      else fields.location ??= toLocation(text);
      continue;
    }
    if (!fields.name && !fields.title) {
      const combined = splitNameAndTitle(text);
      if (combined) {
        fields.name = combined.name;
        nameLine = piece.line;
        fields.title = combined.title;
        titleLine = piece.line;
        if (combined.company) fields.company ??= combined.company;
        continue;
      }
    }
    if (!fields.title && isTitle(text)) {
      const split = splitTitleCompany(text);
      if (split) {
        fields.title = split.title;
        if (split.company) fields.company ??= split.company;
        titleLine = piece.line;
        continue;
      }
    }
    if (!fields.company && (hasCompanySuffix(text) || matchesEmailDomain(text, context.sender.email)) && text.length <= 60) {
      fields.company = text;
      continue;
    }
    if (!fields.name && !fields.title && looksLikeName(text)) {
      fields.name = stripNameNoise(text);
      nameLine = piece.line;
      continue;
    }
    others.push(piece);
  }

  // A short line right after the title (blank lines between allowed), or between name and title, with nothing else
  // to be is the company.
  if (!fields.company && titleLine >= 0) {
    const afterTitle = pieces.find((piece) => piece.line > titleLine);
    const next = others.find((piece) => isCompanyShaped(piece.text) && (piece.line === titleLine || piece === afterTitle))
      ?? others.find((piece) => isCompanyShaped(piece.text) && piece.line > nameLine && piece.line < titleLine);
    if (next) fields.company = next.text;
  }

  // "Jane Doe\nAcme Wholesale Services\n1400 Main Street…": with no title, the line right under the name is the
  // company when nothing but address and contact lines follow it.
  if (!fields.company && nameLine >= 0 && titleLine < 0) {
    const underName = pieces.find((piece) => piece.line > nameLine);
    const rest = others.filter((piece) => piece !== underName);
    const contactsFollow = fields.phones.length + fields.emails.length + addressLines.length > 0;
    if (underName && others.includes(underName) && rest.length === 0 && contactsFollow && underName.line <= nameLine + 2 && isCompanyShaped(underName.text)
      && underName.text.includes(' ') && !isTitle(underName.text) && !isLocation(underName.text) && !DEPARTMENT_LINE.test(underName.text)
      && looksCapitalised(underName.text)) {
      fields.company = underName.text;
    }
  }

  // "Widgetco - Open Source Widget Search": the line right under the name, a short capitalised name and a tagline.
  if (!fields.company && nameLine >= 0 && titleLine < 0) {
    const underName = pieces.find((piece) => piece.line > nameLine);
    const tagged = underName && others.includes(underName) ? COMPANY_WITH_TAGLINE.exec(underName.text) : null;
    if (tagged && !isTitle(tagged[1]!) && !isLocation(tagged[1]!) && !isLocation(tagged[2]!) && !isTitle(tagged[2]!)) {
      fields.company = tagged[1]!;
    }
  }

  if (!fields.name && context.nameHint) fields.name = context.nameHint;
  if (fields.name) fields.name = expandFirstName(fields.name, context.sender.name);
  if (addressLines.length > 0) {
    fields.address = addressLines.join(', ');
    fields.location ??= locationFromAddress(addressLines);
  }
}

const COMPANY_WITH_TAGLINE = /^(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2})\s+[-–—|:]\s+(\p{L}[^,;]{7,60}\s\S.*)$/u;

function isCompanyShaped(text: string): boolean {
  return text.length <= 50 && text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text) && /^[\p{Lu}\p{N}]/u.test(text) && !ROOM_CODE.test(text);
}

/** A room, mail stop or desk code ("EB3816", "EB 3817", "MS 4-12"): where the sender sits, not their company. */
const ROOM_CODE = /^\p{L}{1,3}\s?\d[\d-]{1,6}\p{L}?$/u;
/** A department or team line ("Legal Department", "ENA Legal Dept.", "Research Group"). */
const DEPARTMENT_LINE = /\b(?:department|dept\.?|division|team|group|desk|office of|abteilung|département|departamento)\b/i;

/** Every word capitalised (particles and "&" allowed): "Acme Wholesale Services", not "see you soon". */
function looksCapitalised(text: string): boolean {
  return text.split(/\s+/).every((word) => /^[\p{Lu}\p{N}&]/u.test(word) || /^(?:of|and|for|de|der|und|et|y|the)$/i.test(word));
}

/** "Jane Doe, VP Sales", "Jane Doe - Head of Growth at Acme", "Jane Doe | CEO" (pipes are split earlier). */
function splitNameAndTitle(text: string): { name: string; title: string; company?: string } | undefined {
  const match = /^([^,–—-]+?)\s*(?:,|\s[-–—]\s)\s*(.+)$/.exec(text);
  if (!match || !looksLikeName(match[1]!) || !isTitle(match[2]!)) return undefined;
  const split = splitTitleCompany(match[2]!);
  if (!split) return undefined;
  return { name: stripNameNoise(match[1]!), title: split.title, ...(split.company ? { company: split.company } : {}) };
}

function matchesSenderName(text: string, senderName: string | undefined): boolean {
  if (!senderName || /\d|@/.test(text) || text.length > 60) return false;
  const textKey = normalizeKey(stripNameNoise(text));
  const senderKey = normalizeKey(senderName);
  if (!textKey || !senderKey) return false;
  if (textKey === senderKey) return true;
  const textWords = textKey.split(' ');
  const senderWords = senderKey.split(' ');
  if (textWords.length < 2 || senderWords.length < 2) return false;
  return senderWords.every((w) => textWords.includes(w)) && textWords.length <= senderWords.length + 2;
}

/** "Jane" on the sign-off with "Jane Doe" in the header: the header's fuller name. */
function expandFirstName(name: string, senderName: string | undefined): string {
  if (!senderName || name.includes(' ')) return name;
  const sender = stripNameNoise(senderName.replace(/^["']|["']$/g, ''));
  const [first] = normalizeKey(sender).split(' ');
  return first && first === normalizeKey(name) && sender.includes(' ') && looksLikeName(sender) ? sender : name;
}

function addPhones(into: Phone[], phones: Phone[]): void {
  for (const phone of phones) {
    const existing = into.find((p) => p.number === phone.number && p.extension === phone.extension);
    if (!existing) into.push(phone);
    else if (!existing.label && phone.label) existing.label = phone.label;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function toLocation(text: string): Location {
  const parts = text.split(/\s*,\s*/).map((part) => part.trim()).filter(Boolean);
  const location: Location = { raw: text };
  if (parts.length === 1) {
    if (countryOf(parts[0]!)) location.country = parts[0]!;
    else location.city = parts[0]!;
    return location;
  }
  location.city = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (US_STATES.has(last)) {
    location.region = last;
    location.country = 'US';
  } else if (countryOf(last)) {
    location.country = last;
    if (parts.length === 3) location.region = parts[1]!;
  } else {
    location.region = last;
  }
  return location;
}

/** City (and region, country) from the postal line of an address. */
function locationFromAddress(lines: string[]): Location | undefined {
  for (const line of lines) {
    const us = /([\p{L} .'-]+),\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?/u.exec(line);
    if (us && US_STATES.has(us[2]!)) {
      const city = us[1]!.split(',').pop()!.trim();
      return { city, region: us[2]!, country: 'US', raw: `${city}, ${us[2]}` };
    }
    const european = /(?:^|,\s*)(?:[A-Z]{1,2}-)?\d{4,5}\s+(\p{Lu}[\p{L} .'-]+?)(?:\s*,\s*([\p{L} .]+))?$/u.exec(line);
    if (european) {
      const city = european[1]!.trim();
      const country = european[2] && countryOf(european[2]) ? european[2].trim() : lines.map((l) => l.trim()).find((l) => countryOf(l));
      return country ? { city, country, raw: `${city}, ${country}` } : { city, raw: city };
    }
    const uk = /(?:^|,\s*)(\p{Lu}[\p{L} .'-]+?)\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/u.exec(line);
    if (uk) {
      const city = uk[1]!.trim();
      return { city, country: 'United Kingdom', raw: `${city}, United Kingdom` };
    }
  }
  return undefined;
}
