// Low-level MIME pieces: header unfolding, RFC 2047 encoded-words, transfer encodings and charsets. Pure: no DOM.
//
// Message text travels as a "binary string" (one char per byte, 0–255) until a charset decodes it, so an .eml read
// as raw bytes and one that arrives already decoded as text go through the same code.

export type Headers = Map<string, string[]>;

/** Splits a header block into a map of lower-cased names to raw (unfolded, still encoded) values. */
export function parseHeaders(block: string): Headers {
  const headers: Headers = new Map();
  const unfolded = block.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ');
  for (const line of unfolded.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) continue;
    const list = headers.get(name) ?? [];
    list.push(line.slice(colon + 1).trim());
    headers.set(name, list);
  }
  return headers;
}

export function header(headers: Headers, name: string): string | undefined {
  return headers.get(name.toLowerCase())?.[0];
}

/** "text/plain; charset=\"utf-8\"; format=flowed" → { type: 'text/plain', params: { charset: 'utf-8', format: 'flowed' } }. */
export function parseContentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [typePart = '', ...rest] = splitParams(value ?? '');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase().replace(/\*$/, '');
    let val = part.slice(eq + 1).trim();
    if (val.startsWith('"') && val.endsWith('"')) val = val.slice(1, -1).replace(/\\(.)/g, '$1');
    // RFC 2231 extended value: utf-8''file%20name
    const extended = /^([\w-]+)'[\w-]*'(.*)$/.exec(val);
    if (part.slice(0, eq).trim().endsWith('*') && extended) val = safeDecodeURIComponent(extended[2]!);
    params[key] = val;
  }
  return { type: typePart.trim().toLowerCase() || 'text/plain', params };
}

function splitParams(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

export function decodeQuotedPrintable(binary: string): string {
  return binary
    .replace(/[ \t]+(\r?\n)/g, '$1')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to a binary string; tolerant of line breaks, missing padding and stray characters. */
export function decodeBase64(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    buffer = (buffer << 6) | BASE64.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

export function decodeTransfer(binary: string, encoding: string | undefined): string {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(binary);
    case 'base64':
      return decodeBase64(binary);
    default:
      return binary;
  }
}

const CHARSET_ALIASES: Record<string, string> = {
  latin1: 'iso-8859-1', 'latin-1': 'iso-8859-1', 'iso8859-1': 'iso-8859-1', 'iso_8859-1': 'iso-8859-1', cp1252: 'windows-1252',
  'us-ascii': 'utf-8', ascii: 'utf-8', utf8: 'utf-8', 'x-unknown': 'utf-8', unknown: 'utf-8',
};

/** Decodes a binary string in the given charset; unknown charsets fall back to UTF-8, then to Latin-1 when that fails. */
export function decodeCharset(binary: string, charset: string | undefined): string {
  if (!/[\x80-\xff]/.test(binary)) return binary;
  if (/[^\x00-\xff]/.test(binary)) return binary; // already text, not bytes
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const label = CHARSET_ALIASES[(charset ?? 'utf-8').trim().toLowerCase()] ?? (charset ?? 'utf-8').trim().toLowerCase();
  try {
    const fatal = label === 'utf-8';
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

/** RFC 2047: "=?UTF-8?B?SsO8cmdlbg==?= =?ISO-8859-1?Q?M=FCller?=" → "JürgenMüller" (whitespace between words is dropped). */
export function decodeEncodedWords(value: string): string {
  const joined = value.replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?)/g, '$1');
  const decoded = joined.replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_m, charset: string, encoding: string, text: string) => {
    const cleanCharset = charset.replace(/\*.*$/, '');
    const binary = encoding.toUpperCase() === 'B'
      ? decodeBase64(text)
      : text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return decodeCharset(binary, cleanCharset);
  });
  // Raw 8-bit header bytes (non-standard but common) are usually UTF-8.
  return decodeCharset(decoded, 'utf-8');
}

export interface Mailbox {
  name?: string;
  email: string;
}

/** Parses an address list: "Jane Doe" <jane@x.com>, jane@x.com (Jane Doe), "Doe, Jane" <jane@x.com>, bare addresses. */
export function parseAddressList(value: string | undefined): Mailbox[] {
  if (!value) return [];
  const decoded = decodeEncodedWords(value);
  const items: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  for (const char of decoded) {
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angle++;
    else if (char === '>' && !quoted) angle = Math.max(0, angle - 1);
    if ((char === ',' || char === ';') && !quoted && angle === 0) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  const boxes: Mailbox[] = [];
  for (const item of items) {
    const box = parseMailbox(item);
    if (box) boxes.push(box);
  }
  return boxes;
}

function parseMailbox(text: string): Mailbox | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const angle = /^(.*?)<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>\s*(?:\((.*)\))?$/.exec(trimmed);
  if (angle) return withName(angle[2]!, angle[1]!.trim() || angle[3]);
  const comment = /^([^\s()<>]+@[^\s()<>]+)\s*\((.*)\)$/.exec(trimmed);
  if (comment) return withName(comment[1]!, comment[2]);
  const bare = /^(?:mailto:)?([^\s()<>"]+@[^\s()<>"]+\.[^\s()<>"]+)$/.exec(trimmed);
  return bare ? { email: bare[1]!.toLowerCase() } : undefined;
}

function withName(email: string, name: string | undefined): Mailbox {
  const cleanName = (name ?? '').trim().replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1').replace(/^'(.*)'$/, '$1').trim();
  const cleanEmail = email.toLowerCase().replace(/[.>]+$/, '');
  return cleanName && cleanName.toLowerCase() !== cleanEmail ? { name: cleanName, email: cleanEmail } : { email: cleanEmail };
}

function safeDecodeURIComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
