// Parses an email message — an .eml file (RFC 5322 + MIME, through postal-mime) or a plain-text message with optional "From:" lines —
// into sender, recipients, subject, date and body text. Pure: no DOM.
import { htmlToText } from './html-to-text';
import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import { decodeEncodedWords, header, parseAddressList, parseHeaders, type Headers, type Mailbox } from './mime';

export type { Mailbox } from './mime';

export interface ParsedEmail {
  /** The sender; a pasted "From: Jane Doe" without an address gives the name alone. */
  from?: Mailbox | { name: string };
  to: Mailbox[];
  cc: Mailbox[];
  subject?: string;
  /** ISO 8601 when the Date header could be read. */
  date?: string;
  /** The body as plain text (converted from HTML when the message has no text part). */
  text: string;
  html?: string;
}

/** Headers that show a block is an RFC 5322 header section rather than the first lines of a body. */
const MIME_HEADER = /^(?:from|to|cc|subject|date|message-id|mime-version|content-type|received|return-path|reply-to|sender|delivered-to|x-[\w-]+)\s*:/i;
/** Header lines a pasted plain-text message may start with, in the languages mail clients print them. */
const TEXT_HEADER = /^(?:from|to|cc|subject|date|sent|von|an|betreff|datum|gesendet|de|à|a|objet|envoyé|para|asunto|fecha|enviado|od|do|temat|wysłano|data|fra|til|emne|sendt|dato|van|aan|onderwerp|verzonden|da|inviato|oggetto|från|till|ämne|skickat|datum)\s*:\s*\S/iu;
/** The "From" header as clients print it in English, German, French/Spanish/Portuguese, Polish, Danish/Norwegian, Dutch, Italian and Swedish. */
const FROM_HEADERS = ['from', 'von', 'de', 'od', 'fra', 'van', 'da', 'fran'];

function asciiFold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/**
 * Accepts raw bytes (preferred: charsets decode exactly) or text already read as UTF-8. MIME (multipart trees,
 * transfer encodings, charsets, RFC 2047 words, format=flowed) is postal-mime's job; a text without a header
 * section is a pasted message and is read by parseTextMessage.
 */
export async function parseEml(input: string | Uint8Array): Promise<ParsedEmail> {
  const head = typeof input === 'string' ? input.slice(0, 8000) : bytesToBinary(input.subarray(0, 8000));
  if (!looksLikeEml(head.replace(/^\uFEFF/, ''))) {
    return parseTextMessage(typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input));
  }
  let email: Email;
  // An attached message (message/rfc822) is someone else's: kept out of the body, so its signature is never the sender's.
  try {
    email = await PostalMime.parse(typeof input === 'string' ? input.replace(/^\uFEFF/, '') : input, { attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true });
  } catch {
    // A message postal-mime refuses (past its limits, broken beyond repair): keep what the header section says.
    return { ...headerOnly(head), text: '' };
  }
  const html = email.html?.trim() ? email.html : undefined;
  const text = email.text?.trim() ? email.text : html ? htmlToText(html) : '';
  const result: ParsedEmail = { to: mailboxes(email.to), cc: mailboxes(email.cc), text: text.replace(/\r\n?/g, '\n').trim() };
  const from = mailboxes(email.from ? [email.from] : [])[0] ?? mailboxes(email.sender ? [email.sender] : [])[0];
  if (from) result.from = from;
  if (email.subject !== undefined) result.subject = email.subject.trim();
  const date = toIsoDate(email.date);
  if (date) result.date = date;
  if (html) result.html = html;
  return result;
}

/** postal-mime's addresses (groups unwrapped) in our shape: lower-case address, name only when there is one. */
function mailboxes(list: Address[] | undefined): Mailbox[] {
  const out: Mailbox[] = [];
  for (const entry of list ?? []) {
    for (const box of entry.group ?? [entry]) {
      const address = (box as { address?: string }).address?.trim().toLowerCase();
      if (!address || !address.includes('@')) continue;
      const name = box.name?.trim();
      out.push(name && name.toLowerCase() !== address ? { name, email: address } : { email: address });
    }
  }
  return out;
}

function headerOnly(head: string): Omit<ParsedEmail, 'text'> {
  const blank = head.replace(/\r\n?/g, '\n').indexOf('\n\n');
  const headers = parseHeaders(blank < 0 ? head : head.slice(0, blank));
  const result: Omit<ParsedEmail, 'text'> = { to: parseAddressList(header(headers, 'to')), cc: parseAddressList(header(headers, 'cc')) };
  const from = parseAddressList(header(headers, 'from'))[0];
  if (from) result.from = from;
  return result;
}

/** Whether the text starts with a header section that makes it an RFC 5322 message. */
export function looksLikeEml(text: string): boolean {
  const firstLines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 30);
  const headerish = firstLines.filter((line) => MIME_HEADER.test(line)).length;
  return headerish >= 2 && MIME_HEADER.test(firstLines[0] ?? '');
}

/** A plain-text message: optional "From: Jane <jane@x>" style lines at the top, then the body. */
export function parseTextMessage(text: string): ParsedEmail {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const result: ParsedEmail = { to: [], cc: [], text: '' };
  let index = 0;
  while (index < lines.length && !lines[index]!.trim()) index++;
  const headerStart = index;
  while (index < lines.length && TEXT_HEADER.test(lines[index]!)) index++;
  if (index > headerStart) {
    // Printed header names may carry accents ("Från:", "Envoyé :"); RFC 5322 names are ASCII, so fold them.
    const block = lines.slice(headerStart, index).map((line) => line.replace(/^[^:]+/, (name) => asciiFold(name))).join('\n');
    const headers = parseHeaders(block);
    const fromValue = first(headers, ...FROM_HEADERS);
    const from = parseAddressList(fromValue)[0] ?? nameOnly(fromValue);
    if (from) result.from = from;
    result.to = parseAddressList(first(headers, 'to', 'an', 'à', 'a', 'para'));
    result.cc = parseAddressList(first(headers, 'cc'));
    const subject = first(headers, 'subject', 'betreff', 'objet', 'asunto', 'temat', 'emne', 'onderwerp', 'oggetto', 'amne');
    if (subject) result.subject = decodeEncodedWords(subject);
    const date = toIsoDate(first(headers, 'date', 'sent', 'datum', 'gesendet', 'envoyé', 'fecha', 'enviado'));
    if (date) result.date = date;
  } else {
    index = headerStart;
  }
  result.text = lines.slice(index).join('\n').trim();
  return result;
}

/** "From: Jane Doe" with no address: the name alone (a pasted header that lost its address). */
function nameOnly(value: string | undefined): { name: string } | undefined {
  const name = value?.replace(/^["'\s]+|["'\s]+$/g, '').trim();
  return name && !/[@<>]/.test(name) && /^\p{L}[\p{L}\p{M}' .-]{1,60}$/u.test(name) ? { name } : undefined;
}

function first(headers: Headers, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = header(headers, name);
    if (value) return value;
  }
  return undefined;
}

function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const cleaned = value.replace(/\([^)]*\)\s*$/, '').trim();
  const time = Date.parse(cleaned);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}
