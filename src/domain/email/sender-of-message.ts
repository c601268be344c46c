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
  return parseEml(input);
}

export async function senderOfMessageFile(input: Uint8Array | string, fileName = '', options: PersonFromMessageOptions = {}): Promise<MessagePerson | undefined> {
  const message = await readMessage(input, fileName);
  return personFromMessage(message.from ?? {}, message.text, options);
}
