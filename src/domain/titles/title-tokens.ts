// Turns title text into folded word tokens: lower case, accents stripped, hyphenated words split, "and"/"und"/"&" unified.
// The same tokenizer reads the keyword tables and the input, so a table entry matches exactly what a title folds to.
// Misspelt level words ("Manger") are read, and shown in the tidy title, as the word meant.
import { LEVEL_WORD_TYPOS } from './seniority-table';

/** A token of the folded stream: a word, or a combiner between roles ("&" for and/und/et/y, "," for , ; and brackets, "/"). */
export interface Token {
  text: string;
  /** Index of the written word this token came from (a hyphenated word gives several tokens). */
  word: number;
  combiner: boolean;
}

/** A written word as it appeared, for rebuilding a tidy title, with its folded parts ("Co-Founder" -> co, founder). */
export interface RawWord {
  raw: string;
  combiner: boolean;
  parts: string[];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARKS = /[\u0300-\u036f]/g;
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', '’': "'" };
const SPECIAL = /[ßæœøłđı’]/g;
/** Characters that join two roles or mark a part of a segment. */
const COMBINER_CHARS: Record<string, string> = { ',': ',', ';': ',', '(': ',', ')': ',', '[': ',', ']': ',', '/': '/', '&': '&', '+': '&' };

/** Words that join two roles ("Founder and CEO", "Gründer und Geschäftsführer", "Fundador y CEO"). */
const AND_WORDS = new Set(['and', 'und', 'et', 'y', 'e', 'sowie', 'plus']);

function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(text[i]!);
}

function isJoiner(code: number): boolean {
  return code === 39 || code === 38 || code === 45 || code === 0x2019; // ' & - ’
}

export function foldWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) { ascii = false; break; }
  return ascii ? word.toLowerCase() : foldUnicode(word);
}

function foldUnicode(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c);
}

/** The meant word in the case it was written in: "MANGER" -> "MANAGER", "Manger" -> "Manager". */
function recased(written: string, meant: string): string {
  if (written === written.toUpperCase()) return meant.toUpperCase();
  return written[0] === written[0]!.toUpperCase() ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
}

function pushWord(written: string, ascii: boolean, words: RawWord[], tokens: Token[]): void {
  const index = words.length;
  let raw = written;
  let folded = ascii ? raw.toLowerCase() : foldUnicode(raw);
  const meant = LEVEL_WORD_TYPOS[folded];
  if (meant) {
    raw = recased(written, meant);
    folded = meant;
  }
  if (raw.length <= 5 && AND_WORDS.has(folded)) {
    words.push({ raw, combiner: true, parts: ['&'] });
    tokens.push({ text: '&', word: index, combiner: true });
    return;
  }
  const parts = folded.includes('-') ? folded.split('-').filter(Boolean) : [folded];
  words.push({ raw, combiner: false, parts });
  for (const part of parts) tokens.push({ text: part, word: index, combiner: false });
}

/** Length of the run of word characters starting at `i`. */
function wordRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordCode(text.charCodeAt(j), text, j)) j++;
  return j - i;
}

/** Splits text into written words and the folded token stream over them. */
export function tokenize(text: string): { words: RawWord[]; tokens: Token[] } {
  const words: RawWord[] = [];
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordCode(code, text, i)) {
      let ascii = code < 128;
      let j = i + 1;
      let runStart = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (isWordCode(c, text, j)) {
          if (c >= 128) ascii = false;
          j++;
        } else if (c === 38 && j - runStart >= 2 && wordRun(text, j + 1) >= 2) {
          break; // "CEO&Founder", "Sales&Marketing": two words; "R&D", "FP&A", "M&A" stay one
        } else if (isJoiner(c) && j + 1 < n && isWordCode(text.charCodeAt(j + 1), text, j + 1)) {
          runStart = j + 1;
          if (c >= 128) ascii = false;
          j += 2;
          if (text.charCodeAt(j - 1) >= 128) ascii = false;
        } else {
          break;
        }
      }
      pushWord(text.slice(i, j), ascii, words, tokens);
      i = j;
      continue;
    }
    const combiner = COMBINER_CHARS[text[i]!];
    if (combiner) {
      words.push({ raw: text[i]!, combiner: true, parts: [combiner] });
      tokens.push({ text: combiner, word: words.length - 1, combiner: true });
    }
    i++;
  }
  return { words, tokens };
}

/** The folded token texts of a table pattern. */
export function patternTokens(pattern: string): string[] {
  return tokenize(pattern).tokens.map((t) => t.text);
}
