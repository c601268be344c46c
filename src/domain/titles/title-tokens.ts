// Turns title text into folded word tokens: lower case, accents stripped, hyphenated words split, "and"/"und"/"&" unified.
// The same tokenizer reads the keyword tables and the input, so a table entry matches exactly what a title folds to.

/** A token of the folded stream: a word, or a combiner between roles ("&" for and/und/et/y, "," for , ; and brackets, "/"). */
export interface Token {
  text: string;
  /** Index of the written word this token came from (a hyphenated word gives several tokens). */
  word: number;
  combiner: boolean;
}

/** A written word as it appeared, for rebuilding a tidy title. */
export interface RawWord {
  raw: string;
  combiner: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARKS = /[\u0300-\u036f]/g;
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', '’': "'" };
const SPECIAL = /[ßæœøłđı’]/g;
/** Characters that join two roles or mark a part of a segment. */
const COMBINER_CHARS: Record<string, string> = { ',': ',', ';': ',', '(': ',', ')': ',', '[': ',', ']': ',', '/': '/', '&': '&', '+': '&' };
/** Characters that may sit inside a word when a letter follows: "R&D", "O'Neil", "Co-Founder". */
const JOINERS = new Set(["'", '’', '&', '-']);

/** Words that join two roles ("Founder and CEO", "Gründer und Geschäftsführer", "Fundador y CEO"). */
const AND_WORDS = new Set(['and', 'und', 'et', 'y', 'e', 'sowie', 'plus']);

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(ch);
}

export function foldWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c);
}

function pushWord(raw: string, words: RawWord[], tokens: Token[]): void {
  const index = words.length;
  const folded = foldWord(raw);
  if (raw.length <= 5 && AND_WORDS.has(folded)) {
    words.push({ raw, combiner: true });
    tokens.push({ text: '&', word: index, combiner: true });
    return;
  }
  words.push({ raw, combiner: false });
  if (folded.includes('-')) {
    for (const part of folded.split('-')) if (part) tokens.push({ text: part, word: index, combiner: false });
  } else {
    tokens.push({ text: folded, word: index, combiner: false });
  }
}

/** Splits text into written words and the folded token stream over them. */
export function tokenize(text: string): { words: RawWord[]; tokens: Token[] } {
  const words: RawWord[] = [];
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (isWordChar(ch)) {
      let j = i + 1;
      while (j < n) {
        const c = text[j]!;
        if (isWordChar(c)) j++;
        else if (JOINERS.has(c) && j + 1 < n && isWordChar(text[j + 1]!)) j += 2;
        else break;
      }
      pushWord(text.slice(i, j), words, tokens);
      i = j;
      continue;
    }
    const combiner = COMBINER_CHARS[ch];
    if (combiner) {
      words.push({ raw: ch, combiner: true });
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
