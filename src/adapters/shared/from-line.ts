// A sender written only in the text of a message ("From: Jane Doe <jane@x>", "Von: …", "De : …"): what a web-mail
// view shows when its header markup is not one an adapter knows, and what forwarded or printed messages look like.
import { cleanText } from './text';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/;
/** "From:" in the languages whose sign-offs the signature reader knows. */
const FROM = /^\s*(?:from|von|de|van|da|från|fra|od|remitente|expéditeur|absender|afzender)\s*:\s*(.+)$/iu;
/** Other header lines right after it (To:, Sent:, Betreff: …): a short label and a colon. */
const HEADER_LINE = /^\s*[\p{L}][\p{L} .-]{0,24}\s*:\s/u;

export interface TextSender {
  sender: { name?: string; email?: string };
  /** The text after the header block: the message, with its signature. */
  rest: string;
}

/** The first "From:" line with an address, outside quoted lines, and the message text after its header block. */
export function senderFromText(text: string): TextSender | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && i < 400; i++) {
    const line = lines[i]!;
    if (line.trimStart().startsWith('>')) continue;
    const match = FROM.exec(line);
    const value = match?.[1] ?? '';
    const email = EMAIL.exec(value)?.[0];
    if (!email) continue;
    const name = cleanText(value.replace(/\[mailto:[^\]]*\]/i, '').replace(/<[^>]*>/, '').replace(EMAIL, '').replace(/[()"“”'<>[\]]/g, ' '));
    let j = i + 1;
    while (j < lines.length && (HEADER_LINE.test(lines[j]!) || !lines[j]!.trim())) j++;
    return { sender: { ...(name ? { name } : {}), email: email.toLowerCase() }, rest: lines.slice(j).join('\n') };
  }
  return undefined;
}
