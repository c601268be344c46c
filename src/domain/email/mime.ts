// Header helpers for pasted plain-text messages ("From: Jane <jane@x>" lines above a body). Address lists and RFC 2047
// encoded words are postal-mime's parsers; full MIME messages go through postal-mime in parse-eml.ts.
import { addressParser, decodeWords } from 'postal-mime';

export type Headers = Map<string, string[]>;

/** Unfolds and splits a header block; names are lower-cased, repeated headers kept in order. */
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

/** RFC 2047: "=?UTF-8?B?SsO8cmdlbg==?= =?ISO-8859-1?Q?M=FCller?=" → "JürgenMüller". */
export function decodeEncodedWords(value: string): string {
  return decodeWords(value);
}

export interface Mailbox {
  name?: string;
  email: string;
}

/** "Jane Doe" <jane@x.com>, jane@x.com (Jane Doe), "Doe, Jane" <jane@x.com>, groups unwrapped; addresses lower-cased. */
export function parseAddressList(value: string | undefined): Mailbox[] {
  if (!value?.trim()) return [];
  const boxes: Mailbox[] = [];
  for (const entry of addressParser(decodeEncodedWords(value.replace(/<\s*mailto:/gi, '<')), { flatten: true })) {
    const email = (entry as { address?: string }).address?.trim().toLowerCase().replace(/^mailto:/, '').replace(/[.>]+$/, '');
    if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) continue;
    const name = (entry.name ?? '').trim().replace(/^["'](.*)["']$/, '$1').trim();
    boxes.push(name && name.toLowerCase() !== email ? { name, email } : { email });
  }
  return boxes;
}
