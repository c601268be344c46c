// A message file as a rep has it (an .eml, a pasted plain-text body with or without headers, or a saved HTML body)
// to the person who sent it. The one path `extract-email` and the corpus accuracy test both run. Pure: no DOM.
import { htmlToText } from './html-to-text';
import { parseEml, type ParsedEmail } from './parse-eml';
import { personFromMessage, type MessagePerson, type PersonFromMessageOptions } from './person-from-message';

/** An HTML body with no header section: a saved web-mail message or a body copied as HTML. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000).trimStart();
  return /^(?:<!doctype html|<html|<head|<body|<meta|<div|<p[\s>]|<table|<span|<font|<blockquote)/i.test(head);
}

export async function readMessage(input: Uint8Array | string, fileName = ''): Promise<ParsedEmail> {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input.subarray(0, 4000));
  if (/\.html?$/i.test(fileName) || looksLikeHtml(text)) {
    const html = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
    return { to: [], cc: [], text: htmlToText(html).trim(), html };
  }
  const message = await parseEml(input);
  // A body copied from a message's source is sometimes still quoted-printable ("w=\nrote:", "=E2=80=AF").
  return looksQuotedPrintable(message.text) ? { ...message, text: decodeQuotedPrintable(message.text) } : message;
}

/** Soft line breaks and several =XX escapes: text that was never decoded, not prose with an "=" in it. */
function looksQuotedPrintable(text: string): boolean {
  const soft = (text.match(/=\r?\n/g) ?? []).length;
  const escapes = (text.match(/=[0-9A-F]{2}/g) ?? []).length;
  return soft >= 1 && soft + escapes >= 3;
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  return joined.replace(/(?:=[0-9A-F]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return new TextDecoder('utf-8').decode(bytes);
  });
}

export async function senderOfMessageFile(input: Uint8Array | string, fileName = '', options: PersonFromMessageOptions = {}): Promise<MessagePerson | undefined> {
  const message = await readMessage(input, fileName);
  return personFromMessage(message.from ?? {}, message.text, options);
}
