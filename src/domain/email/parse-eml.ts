// Parses an email message — an .eml file (RFC 5322 + MIME) or a plain-text message with optional "From:" lines —
// into sender, recipients, subject, date and body text. Pure: no DOM.
import { htmlToText } from './html-to-text';
import {
  decodeCharset, decodeEncodedWords, decodeTransfer, header, parseAddressList, parseContentType, parseHeaders,
  type Headers, type Mailbox,
} from './mime';

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

const MAX_DEPTH = 8;
const MAX_PARTS = 200;
/** Headers that show a block is an RFC 5322 header section rather than the first lines of a body. */
const MIME_HEADER = /^(?:from|to|cc|subject|date|message-id|mime-version|content-type|received|return-path|reply-to|sender|delivered-to|x-[\w-]+)\s*:/i;
/** Header lines a pasted plain-text message may start with, in the languages mail clients print them. */
const TEXT_HEADER = /^(?:from|to|cc|subject|date|sent|von|an|betreff|datum|gesendet|de|à|a|objet|envoyé|para|asunto|fecha|enviado|od|do|temat|wysłano|data|fra|til|emne|sendt|dato|van|aan|onderwerp|verzonden|da|inviato|oggetto|från|till|ämne|skickat|datum)\s*:\s*\S/iu;
/** The "From" header as clients print it in English, German, French/Spanish/Portuguese, Polish, Danish/Norwegian, Dutch, Italian and Swedish. */
const FROM_HEADERS = ['from', 'von', 'de', 'od', 'fra', 'van', 'da', 'fran'];

function asciiFold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/** Accepts raw bytes (preferred: charsets decode exactly) or text already read as UTF-8. */
export function parseEml(input: string | Uint8Array): ParsedEmail {
  const raw = typeof input === 'string' ? input : bytesToBinary(input);
  const normalized = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { headerBlock, body } = splitHeaderBody(normalized);
  if (!headerBlock) return parseTextMessage(decodeCharset(normalized, 'utf-8'));

  const headers = parseHeaders(headerBlock);
  const parts: { text?: string; html?: string } = {};
  collectBodies(headers, body, parts, 0, { count: 0 });

  const html = parts.html;
  const text = parts.text ?? (html ? htmlToText(html) : '');
  const result: ParsedEmail = {
    to: parseAddressList(header(headers, 'to')),
    cc: parseAddressList(header(headers, 'cc')),
    text: text.trim(),
  };
  const from = parseAddressList(header(headers, 'from'))[0] ?? parseAddressList(header(headers, 'sender'))[0];
  if (from) result.from = from;
  const subject = header(headers, 'subject');
  if (subject !== undefined) result.subject = decodeEncodedWords(subject).trim();
  const date = toIsoDate(header(headers, 'date'));
  if (date) result.date = date;
  if (html) result.html = html;
  return result;
}

/** Whether the text starts with a header section that makes it an RFC 5322 message. */
export function looksLikeEml(text: string): boolean {
  const firstLines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 30);
  const headerish = firstLines.filter((line) => MIME_HEADER.test(line)).length;
  return headerish >= 2 && MIME_HEADER.test(firstLines[0] ?? '');
}

function splitHeaderBody(text: string): { headerBlock?: string; body: string } {
  if (!looksLikeEml(text)) return { body: text };
  const blank = text.indexOf('\n\n');
  if (blank < 0) return { headerBlock: text, body: '' };
  return { headerBlock: text.slice(0, blank), body: text.slice(blank + 2) };
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

/** Walks the MIME tree and keeps the first inline text/plain and text/html parts (attachments and attached messages are skipped). */
function collectBodies(headers: Headers, body: string, out: { text?: string; html?: string }, depth: number, budget: { count: number }): void {
  if (depth > MAX_DEPTH || ++budget.count > MAX_PARTS) return;
  const { type, params } = parseContentType(header(headers, 'content-type'));
  const disposition = (header(headers, 'content-disposition') ?? '').toLowerCase();
  if (disposition.startsWith('attachment')) return;

  if (type.startsWith('multipart/')) {
    const boundary = params['boundary'];
    if (!boundary) return;
    for (const part of splitMultipart(body, boundary)) {
      const { headerBlock, body: partBody } = splitPart(part);
      collectBodies(parseHeaders(headerBlock), partBody, out, depth + 1, budget);
    }
    return;
  }
  // A message/rfc822 part is a forwarded or attached message: its sender is not this message's sender.
  if (type !== 'text/plain' && type !== 'text/html') return;
  const decoded = decodeCharset(decodeTransfer(body, header(headers, 'content-transfer-encoding')), params['charset']);
  const content = type === 'text/plain' && params['format']?.toLowerCase() === 'flowed' ? unflow(decoded, params['delsp']) : decoded;
  if (type === 'text/plain' && out.text === undefined) out.text = content;
  if (type === 'text/html' && out.html === undefined) out.html = content;
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split('\n')) {
    const trimmed = line.replace(/[ \t]+$/, '');
    if (trimmed === `${delimiter}--`) break;
    if (trimmed === delimiter) {
      if (current) parts.push(current.join('\n'));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current && current.length > 0) parts.push(current.join('\n'));
  return parts;
}

function splitPart(part: string): { headerBlock: string; body: string } {
  if (part.startsWith('\n')) return { headerBlock: '', body: part.slice(1) };
  const blank = part.indexOf('\n\n');
  return blank < 0 ? { headerBlock: part, body: '' } : { headerBlock: part.slice(0, blank), body: part.slice(blank + 2) };
}

/** RFC 3676 format=flowed: a line ending in a space continues on the next line (the "-- " signature delimiter excepted). */
function unflow(text: string, delsp: string | undefined): string {
  const out: string[] = [];
  let carry = '';
  for (const line of text.split('\n')) {
    if (line !== '-- ' && line.endsWith(' ')) {
      carry += delsp?.toLowerCase() === 'yes' ? line.slice(0, -1) : line;
      continue;
    }
    out.push(carry + line);
    carry = '';
  }
  if (carry) out.push(carry);
  return out.join('\n');
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
