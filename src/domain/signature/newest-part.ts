// Keeps only the newest message of a reply or forward: the quoted or forwarded person must never be read as the sender.
import { HEADER_FROM_LABELS as FROM_LABELS, HEADER_OTHER_LABELS as OTHER_LABELS, INVISIBLE_MARKS, REPLY_HEADER_VERBS } from './vocabulary';

export interface NewestPart {
  text: string;
  /** What ended the newest part, when something did: 'reply-header', 'outlook-header', 'original-message', 'forward', 'quote'. */
  cutAt?: 'reply-header' | 'outlook-header' | 'original-message' | 'forward' | 'quote';
}

const REPLY_HEADER_END = [
  /\bwrote\s*:\s*$/i, // On Tue, Mar 3, 2026 at 10:02 AM Jane <jane@x.com> wrote:
  /\bschrieb\b.*:\s*$/i, // Am 03.03.2026 um 10:02 schrieb Jane Doe <jane@x.com>:
  /\ba écrit\s*:\s*$/i, // Le mar. 3 mars 2026 à 10:02, Jane <jane@x.com> a écrit :
  /\bescribió\s*:\s*$/i, // El mar, 3 mar 2026 a las 10:02, Jane (<jane@x.com>) escribió:
  new RegExp(`(?<!\\p{L})(?:${REPLY_HEADER_VERBS.join('|')})\\s*:\\s*$`, 'iu'),
  /^wiadomość napisana przez\s.*:\s*$/iu, // Wiadomość napisana przez Jane jane@x.com w dniu 03.03.2026, o godz. 10:02:
  /\bwrote\s*-{2,}\s*$/i, // ---- On Wed, 24 Feb 2021 14:02:50 +0530 jane@x.com wrote ----
  /[<(]\s*[^\s<>()@]+@[^\s<>()]+\s*[>)]\s*:\s*$/, // 30.09.2017, 18.30, "Jane" <jane@x.com>:   (a date is required too)
];
/** The usual first words of a reply header; other languages and clients are accepted when the header names a date. */
const REPLY_HEADER_START = /^(?:on|am|le|el)\s+\S/i;
const HEADER_DATE = /\p{Nd}{1,2}[:.]\p{Nd}{2}|(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})/u;

const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d['’]origine|mensaje original|originalnachricht|oprindelig (?:meddelelse|besked)|opprinnelig melding|ursprungligt meddelande|oorspronkelijk bericht|messaggio originale|mensagem original|wiadomość oryginalna)\s*-{2,}\s*$/iu;
const FORWARD_MARKER = /^\s*(?:-{3,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado)\s*-{3,}|begin forwarded message\s*:|anfang der weitergeleiteten nachricht\s*:|début du message réexpédié\s*:|inicio del mensaje reenviado\s*:)\s*$/i;

/** Lotus Notes: "----- Forwarded by Jane Doe/HOU/ACME on 03/02/2026 09:40 AM -----" (often wrapped over two lines). */
const NOTES_FORWARD = /^\s*-{3,}\s*forwarded by\s+\S/i;
/** A date and a time on one line: "03/01/2026 04:03 PM", "on 27.03.2026 01:23:04". */
const DATE_AND_TIME = /(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{2,4}[ ,]+\d{1,2}:\d{2}/;
const HEADER_TO = /^\s*to\s*:/i;
const HEADER_CC_OR_SUBJECT = /^\s*(?:cc|subject)\s*:/i;
/**
 * Gmail's reply header when its address and "wrote:" were lost: "2026-03-03 17:21 GMT+01:00 Jane Doe" (an ISO date,
 * a time, maybe a zone, then one to four capitalised words, maybe an address).
 */
const DATED_NAME_LINE = /^\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:GMT|UTC)?\s*[+-]\d{1,2}:?\d{2})?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*<[^\s<>]+@[^\s<>]+>)?\s*:?\s*$/u;

const HEADER_FROM = new RegExp(`^\\s*\\*?(?:${FROM_LABELS.join('|')})\\s*:\\*?\\s*\\S`, 'iu');
const HEADER_OTHER = new RegExp(`^\\s*\\*?(?:${OTHER_LABELS.join('|')})\\s*:`, 'iu');
/** One line holding a whole header ("Temat: RE: … 2026-03-05 10:02Nadawca: "Jane" jane@x.com Adresat:"). */
const INLINE_LABEL = new RegExp(`(?<!\\p{L})(?:${[...FROM_LABELS, ...OTHER_LABELS].join('|')})\\s*:`, 'giu');
const OUTLOOK_RULE = /^\s*_{10,}\s*$/;

export function newestPart(body: string): NewestPart {
  const lines = markWrappedQuoteLines(body.replace(/\r\n?/g, '\n').replace(INVISIBLE_MARKS, '').split('\n'));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ORIGINAL_MESSAGE.test(line)) return cut(lines, i, 'original-message');
    if (FORWARD_MARKER.test(line) || NOTES_FORWARD.test(line)) return cut(lines, i, 'forward');
    if (DATED_NAME_LINE.test(line)) return cut(lines, i, 'reply-header');
    const notesHeader = notesReplyHeaderStart(lines, i);
    if (notesHeader !== undefined) return cut(lines, notesHeader, 'reply-header');
    if (OUTLOOK_RULE.test(line) && HEADER_FROM.test(nextNonEmpty(lines, i) ?? '')) return cut(lines, i, 'outlook-header');
    if (HEADER_FROM.test(line) && isHeaderBlock(lines, i)) return cut(lines, i, 'outlook-header');
    if (isInlineHeader(line)) return cut(lines, i, 'outlook-header');
    const headerEnd = replyHeaderEnd(lines, i);
    if (headerEnd !== undefined) {
      // Bottom-posted or interleaved replies keep the newest text after the ">" lines: drop the header and the
      // quoted lines, keep the rest. A header followed by unquoted text (HTML mail) ends the newest part.
      if (isQuoted(nextNonEmpty(lines, headerEnd) ?? '')) {
        lines.splice(i, headerEnd - i + 1);
        i--;
        continue;
      }
      return cut(lines, i, 'reply-header');
    }
  }
  const unquoted = lines.filter((line) => !isQuoted(line));
  const text = unquoted.join('\n').trim();
  return unquoted.length < lines.length ? { text, cutAt: 'quote' } : { text };
}

function cut(lines: string[], index: number, cutAt: NonNullable<NewestPart['cutAt']>): NewestPart {
  return { text: lines.slice(0, index).filter((line) => !isQuoted(line)).join('\n').trim(), cutAt };
}

/**
 * "> I am a developer on a small\nsite trying to improve search…\n> -Mike": a client that re-wrapped a quote left
 * some of its lines without ">". A run of unquoted lines with a quoted line directly above and below is quote.
 */
function markWrappedQuoteLines(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    if (isQuoted(out[i]!) || !out[i]!.trim() || !isQuoted(out[i - 1]!) || !out[i - 1]!.replace(/^[\s>]+/, '')) continue;
    let end = i;
    while (end < out.length && out[end]!.trim() && !isQuoted(out[end]!)) end++;
    if (end < out.length && isQuoted(out[end]!)) for (let j = i; j < end; j++) out[j] = `> ${out[j]}`;
    i = end;
  }
  return out;
}

function isQuoted(line: string): boolean {
  return /^\s*>/.test(line);
}

function nextNonEmpty(lines: string[], index: number): string | undefined {
  for (let j = index + 1; j < lines.length; j++) if (lines[j]!.trim()) return lines[j];
  return undefined;
}

/**
 * Lotus Notes' reply header has no From: line: the author's name (or "Name <address> on date time"), a date and
 * time line, maybe "Sent by:", then To:, cc: and Subject: (indented by tabs in the original). Given the To: line,
 * returns where the header starts, or undefined when the lines above it hold no date and time.
 */
function notesReplyHeaderStart(lines: string[], index: number): number | undefined {
  if (!HEADER_TO.test(lines[index]!)) return undefined;
  let more = false;
  for (let j = index + 1; j < Math.min(lines.length, index + 5); j++) if (HEADER_CC_OR_SUBJECT.test(lines[j]!)) more = true;
  if (!more) return undefined;
  // The date line: one of the two written lines above the To: line.
  let dateLine: number | undefined;
  for (let j = index - 1, written = 0; j >= 0 && written < 2; j--) {
    if (!lines[j]!.trim()) continue;
    written++;
    if (DATE_AND_TIME.test(lines[j]!)) {
      dateLine = j;
      break;
    }
  }
  if (dateLine === undefined) return undefined;
  let start = dateLine;
  if (start > 0 && /^\s*sent by\s*:/i.test(lines[start - 1]!)) start--;
  // The author's name right above, when the date line does not hold it already.
  const above = lines[start - 1];
  if (above?.trim() && above.trim().length <= 60 && !/[.!?,;]$/.test(above.trim()) && !/\p{L}{2}/u.test(lines[dateLine]!.replace(/\b(?:AM|PM|on)\b/gi, ''))) start--;
  return start;
}

/** A "From:" line followed within a few lines by Sent:/To:/Subject: (or their German, French, Spanish forms). */
function isHeaderBlock(lines: string[], index: number): boolean {
  let others = 0;
  for (let j = index + 1; j < Math.min(lines.length, index + 6); j++) if (HEADER_OTHER.test(lines[j]!)) others++;
  return others >= 1;
}

function isInlineHeader(line: string): boolean {
  if (!line.includes('@') || line.length > 400 || !HEADER_OTHER.test(line) && !HEADER_FROM.test(line)) return false;
  const labels = new Set([...line.matchAll(INLINE_LABEL)].map((match) => match[0].toLowerCase().replace(/\s*:$/, '')));
  return labels.size >= 3;
}

/** The index of the line ending a reply header that starts at `index` (clients wrap it over up to three lines). */
function replyHeaderEnd(lines: string[], index: number): number | undefined {
  const first = lines[index]!.trim();
  if (first.length > 300 || !first || isQuoted(first)) return undefined;
  const usualStart = REPLY_HEADER_START.test(first);
  let joined = '';
  // Other clients' headers ("Den 24. nov. 2025 kl. 10.00 skrev …", "30.09.2017, 18.30, …") open with a date.
  // A header that names an address needs no date ("jane@x.com wrote:").
  if (!usualStart && !/\p{Nd}|@/u.test(first)) return undefined;
  for (let j = index; j < Math.min(lines.length, index + 3); j++) {
    if (j > index && !lines[j]!.trim()) return undefined;
    joined = `${joined} ${lines[j]!.trim()}`.trim();
    if (joined.length > 400) return undefined;
    const ends = REPLY_HEADER_END.some((end) => end.test(joined));
    if (ends && looksLikeHeaderText(joined) && (usualStart || HEADER_DATE.test(joined) || /@/.test(joined))) return j;
  }
  return undefined;
}

/** A real reply header names a date or an address; "On that note, Jane wrote:" does not. */
function looksLikeHeaderText(text: string): boolean {
  return /@|\p{Nd}{1,2}[:.]\p{Nd}{2}|\b\d{4}\b|\b\d{1,2}\.\s?\d{1,2}\.|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom)\b/iu.test(text);
}

/**
 * The quoted message written by `email`, found under the reply header or Outlook header block that names that
 * address: used when the person to capture only appears quoted in the user's own reply (their message is collapsed).
 * Returns that message's own newest part (older history below it is cut), or undefined when no header names them.
 */
export function quotedMessageBy(body: string, email: string): string | undefined {
  const target = email.trim().toLowerCase();
  if (!target.includes('@')) return undefined;
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    let start: number | undefined;
    const headerEnd = replyHeaderEnd(lines, i);
    if (headerEnd !== undefined && lines.slice(i, headerEnd + 1).join(' ').toLowerCase().includes(target)) {
      start = headerEnd + 1;
    } else if (HEADER_FROM.test(lines[i]!) && isHeaderBlock(lines, i) && lines[i]!.toLowerCase().includes(target)) {
      start = i + 1;
      while (start < lines.length && (HEADER_OTHER.test(lines[start]!) || /^\s+\S/.test(lines[start]!))) start++;
    }
    if (start === undefined) continue;
    const rest = lines.slice(start);
    const quoted = rest.some((line) => isQuoted(line));
    const unquoted = quoted ? takeQuoteBlock(rest) : rest;
    const text = newestPart(unquoted.join('\n')).text;
    return text || undefined;
  }
  return undefined;
}

/** The first run of ">"-quoted lines with one level of ">" removed. */
function takeQuoteBlock(lines: string[]): string[] {
  const out: string[] = [];
  let started = false;
  for (const line of lines) {
    if (isQuoted(line)) {
      started = true;
      out.push(line.replace(/^\s*> ?/, ''));
    } else if (started && line.trim()) {
      break;
    } else if (started) {
      out.push('');
    }
  }
  return out;
}
