// Pulls emails, links and labelled phone numbers out of one piece of signature text, leaving the words behind.
import type { Phone, PhoneLabel } from '../prospect';
import { normalizePhone } from '../phones/normalize-phone';
import { keepPhone } from '../phones/phone-region';
import { MEETING_LINK, PHONE_LABELS, PROFILE_HOSTS } from './vocabulary';

export interface Contacts {
  emails: string[];
  phones: Phone[];
  websites: string[];
  meetingLinks: string[];
  profiles: Record<string, string>;
  /** The text with every contact item removed. */
  rest: string;
}

const EMAIL = /(?:mailto:)?([A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})/g;
const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>()"'\]|,]+/gi;
const BARE_DOMAIN = /(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|ai|app|dev|eu|de|fr|es|uk|us|ca|ch|at|nl|be|it|se|mx|ar|tech|cloud|agency|studio|consulting|digital|group|global)(?:\/[^\s<>()"'|,]*)?(?![\w@-])/gi;
/** Something shaped like a phone number: digits with spaces, dots, dashes, slashes or brackets, an optional extension. */
const PHONE_CANDIDATE = /(?:tel:)?(?:\(\+\d{1,4}\)|\+|00)?\s?\(?\d[\d\s().\-/]{5,22}\d(?:\s*(?:x|ext\.?|extension|durchwahl|dw\.?)\s*\d{1,6})?/gi;
/** A calendar date opening a digit run ("2026-03-05 09:15", "05.03.2026 09"): a timestamp, never a phone number. */
const DATE_START = /^(?:(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d{2})(?!\d)/;
/** A label after the number: "(cell)", or a word that ends the line ("202.555.0140 cell", "… home"). */
const LABEL_AFTER = /^\s*\(\s*([\p{L}.]{1,12})\s*\)|^\s*[-–,]?\s*(\p{L}{2,12})\.?\s*$/u;
/** "Telephone No.:", "Fax number": the word for "number" after a label is not part of it. */
const NUMBER_WORD = /^(?:no|nr|number|num|nummer|numéro|número|numero|#)$/i;

export function extractContacts(text: string, defaultCountry?: string): Contacts {
  const found: Contacts = { emails: [], phones: [], websites: [], meetingLinks: [], profiles: {}, rest: '' };
  let rest = text.replace(/\[image:[^\]]*\]/gi, ' ');

  rest = rest.replace(EMAIL, (_match, email: string) => {
    const lower = email.toLowerCase();
    if (!found.emails.includes(lower)) found.emails.push(lower);
    return ' ';
  });
  const takeUrl = (raw: string): string => {
    const url = raw.replace(/[.)>\]]+$/, '');
    classifyUrl(url, found);
    return ' ';
  };
  rest = rest.replace(URL_WITH_SCHEME, takeUrl).replace(BARE_DOMAIN, takeUrl);
  rest = rest.replace(/<\s*>/g, ' ');

  let output = '';
  let last = 0;
  for (const match of rest.matchAll(PHONE_CANDIDATE)) {
    const start = match.index;
    const raw = match[0].trim();
    if (DATE_START.test(raw)) continue;
    const before = rest.slice(last, start);
    const after = rest.slice(start + match[0].length);
    const afterLabel = LABEL_AFTER.exec(after);
    const afterWord = afterLabel?.[1] ?? afterLabel?.[2];
    const label = labelFrom(before) ?? (afterWord ? labelWord(afterWord) : undefined);
    // A labelled number ("M:", "📱") or one written with its +country code is kept as written when it cannot be
    // normalized; an unlabelled digit run in prose that is not a valid number is probably not a phone.
    const phone = normalizePhone(raw, { defaultCountry, label }) ?? (label || /^\(?\+/.test(raw) ? keepPhone(raw, { label }) : undefined);
    if (!phone) continue;
    if (!found.phones.some((p) => p.number === phone.number && p.extension === phone.extension)) found.phones.push(phone);
    output += stripTrailingLabel(before);
    last = start + match[0].length + (afterWord && labelWord(afterWord) ? afterLabel![0].length : 0);
  }
  output += rest.slice(last);
  found.rest = output.replace(/\s{2,}/g, ' ').trim();
  return found;
}

function classifyUrl(url: string, found: Contacts): void {
  const absolute = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  let parsed: URL;
  try {
    parsed = new URL(absolute);
  } catch {
    return;
  }
  const hostPath = `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname}`;
  if (MEETING_LINK.test(hostPath)) {
    found.meetingLinks.push(absolute);
    return;
  }
  for (const [pattern, network] of PROFILE_HOSTS) {
    if (pattern.test(hostPath)) {
      found.profiles[network] ??= absolute;
      return;
    }
  }
  if (/(?:linkedin|twitter|x|facebook|instagram|youtube|github|xing|tiktok)\.com$/i.test(parsed.hostname)) return;
  found.websites.push(absolute);
}

/** The label written just before a number: "M:", "Mobile", "Tel.", "Direct line:", "Tel. móvil". */
function labelFrom(before: string): PhoneLabel | undefined {
  const words = before.replace(/[:.\-–—\s(]+$/, '').split(/[\s:|,;/]+/).filter(Boolean);
  while (words.length > 1 && NUMBER_WORD.test(words[words.length - 1]!.replace(/[.:]+$/, ''))) words.pop();
  for (let take = Math.min(3, words.length); take >= 1; take--) {
    const label = labelWord(words.slice(-take).join(' '));
    if (label) return label;
  }
  return undefined;
}

function labelWord(word: string): PhoneLabel | undefined {
  const key = word.replace(/[.:]+$/, '').replace(/\.(?=\s|$)/g, '').trim();
  for (const [pattern, label] of PHONE_LABELS) if (label && pattern.test(key)) return label;
  return undefined;
}

function stripTrailingLabel(before: string): string {
  const match = /([\p{L}.]+(?:\s+[\p{L}.]+){0,3})\s*[:.]?\s*\(?\s*$/u.exec(before);
  if (!match || !labelFrom(match[1]!)) return before;
  const words = match[1]!.split(/\s+/);
  let end = words.length;
  while (end > 1 && NUMBER_WORD.test(words[end - 1]!.replace(/[.:]+$/, ''))) end--;
  for (let take = Math.min(3, end); take >= 1; take--) {
    if (labelWord(words.slice(end - take, end).join(' '))) {
      const labelText = words.slice(end - take).join(' ');
      const cutAt = before.lastIndexOf(labelText);
      return cutAt >= 0 ? before.slice(0, cutAt) : before;
    }
  }
  return before;
}
