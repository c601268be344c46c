// Word-aware, case- and accent-insensitive phrase matching used by segment rules.
import { normalizeKey } from '../prospect';

const FOLD_EXTRA: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };

const ASCII = /^[\x00-\x7f]*$/;
const NON_ALNUM_ASCII = /[^a-z0-9]+/g;

/** Lower-case, accents stripped (ß → ss, ø → o …), punctuation folded to single spaces. */
export function foldText(text: string | undefined): string {
  if (!text) return '';
  // Fast path for plain ASCII (most titles and companies): no Unicode normalisation needed.
  if (ASCII.test(text)) return text.toLowerCase().replace(NON_ALNUM_ASCII, ' ').trim();
  const key = normalizeKey(text);
  return /[ßæœøłđþı]/.test(key) ? key.replace(/[ßæœøłđþı]/g, (c) => FOLD_EXTRA[c]!) : key;
}

/** Folded text wrapped in spaces so a phrase can be found as whole words with a plain `includes`. */
export function paddedText(text: string | undefined): string {
  const folded = foldText(text);
  return folded ? ` ${folded} ` : '';
}

/** A keyword ready to search for: " vp sales " (whole words) or " engineer" for the prefix form "engineer*". */
export interface Phrase {
  needle: string;
  /** The keyword as the author wrote it, for explanations. */
  source: string;
}

/** Compiles a keyword; null when nothing searchable is left after folding (e.g. "!!!"). */
export function compilePhrase(keyword: string): Phrase | null {
  const prefix = /\*\s*$/.test(keyword);
  const folded = foldText(keyword.replace(/\*\s*$/, ''));
  if (!folded) return null;
  return { needle: prefix ? ` ${folded}` : ` ${folded} `, source: keyword.trim() };
}

export function hasPhrase(padded: string, phrase: Phrase): boolean {
  return padded.length > 0 && padded.includes(phrase.needle);
}

/**
 * Compiles a list of keywords into one regular expression over padded folded text (" vp of sales "):
 * `any` of them as whole words (or word prefixes for "word*"). Null when no keyword is searchable.
 * Built only from folded letters, digits and spaces, so no keyword can inject regex syntax.
 */
export function compileAnyPhrase(keywords: readonly string[]): RegExp | null {
  const parts: string[] = [];
  for (const keyword of keywords) {
    const phrase = compilePhrase(keyword);
    if (!phrase) continue;
    const body = phrase.needle.trim().replace(/[^\p{L}\p{N} ]/gu, '');
    parts.push(phrase.needle.endsWith(' ') ? `${body} ` : body);
  }
  return parts.length ? new RegExp(` (?:${parts.join('|')})`, 'u') : null;
}
