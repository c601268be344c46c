// Indexes the keyword tables once at module load: phrase lookup by first token, longest phrase first.
import type { Department } from '../prospect';
import { COMPOUND_DEPARTMENT_HEADS, DEPARTMENT_WORDS, EXECUTIVE_WORDS, type FunctionDepartment } from './department-table';
import {
  ASPIRING_MARKERS, BOSS_CONNECTORS, COMPOUND_LEVEL_ENDINGS, CURRENT_MARKERS, FORMER_MARKERS, LEVEL_NEUTRAL_PHRASES,
  LEVEL_RANK, LEVEL_WORDS, SUBORDINATE_ROLES, type Level,
} from './seniority-table';
import { foldWord, patternTokens, type Token } from './title-tokens';

/** Department strength: lower wins. */
export const TIER = { strong: 1, words: 2, weak: 3, executive: 4 } as const;

export interface Entry {
  words: string[];
  level?: Level;
  dept?: Department;
  tier?: number;
  former?: boolean;
  current?: boolean;
  aspiring?: boolean;
  subordinate?: boolean;
  /** A phrase listed to stop a level word inside it from firing ("partner manager", "lead generation"). */
  neutral?: boolean;
}

type Index = Map<string, Entry[]>;

function addTo(index: Index, pattern: string, apply: (entry: Entry) => void): void {
  const words = patternTokens(pattern);
  if (words.length === 0) return;
  const bucket = index.get(words[0]!) ?? [];
  let entry = bucket.find((e) => e.words.length === words.length && e.words.every((w, i) => w === words[i]));
  if (!entry) {
    entry = { words };
    bucket.push(entry);
    index.set(words[0]!, bucket);
  }
  apply(entry);
}

function build(): Index {
  const index: Index = new Map();
  for (const [level, patterns] of Object.entries(LEVEL_WORDS) as Array<[Level, readonly string[]]>) {
    for (const p of patterns) addTo(index, p, (e) => { e.level ??= level; });
  }
  for (const p of LEVEL_NEUTRAL_PHRASES) addTo(index, p, (e) => { e.neutral = true; });
  for (const p of SUBORDINATE_ROLES) addTo(index, p, (e) => { e.subordinate = true; e.level ??= 'entry'; });
  for (const [dept, lists] of Object.entries(DEPARTMENT_WORDS) as Array<[FunctionDepartment, typeof DEPARTMENT_WORDS.sales]>) {
    for (const tier of ['strong', 'words', 'weak'] as const) {
      for (const p of lists[tier]) {
        addTo(index, p, (e) => {
          if (e.tier === undefined || TIER[tier] < e.tier) { e.dept = dept; e.tier = TIER[tier]; }
        });
      }
    }
  }
  for (const p of EXECUTIVE_WORDS) addTo(index, p, (e) => { if (e.dept === undefined) { e.dept = 'executive'; e.tier = TIER.executive; } });
  for (const p of FORMER_MARKERS) addTo(index, p, (e) => { e.former = true; });
  for (const p of CURRENT_MARKERS) addTo(index, p, (e) => { e.current = true; });
  for (const p of ASPIRING_MARKERS) addTo(index, p, (e) => { e.aspiring = true; });
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Words a neutral phrase shadows: "partner" in "partner manager", "lead" in "lead generation". */
const SHADOWED = new Set([
  'partner', 'lead', 'leader', 'head', 'executive', 'owner', 'management', 'chief', 'senior', 'student', 'ceo', 'cto', 'cfo', 'coo', 'cio',
  'president', 'chairman',
]);

/**
 * A phrase listed only for its department ("software engineer", "directeur commercial") takes its level from the words
 * inside it, and a phrase listed only for its level ("staff data scientist") takes its department the same way.
 */
function deriveFromParts(index: Index): void {
  const done = new Set<Entry>();
  const derive = (entry: Entry): void => {
    if (done.has(entry)) return;
    done.add(entry);
    if (entry.former || entry.current || entry.aspiring || (entry.level && entry.dept)) return;
    const tokens: Token[] = entry.words.map((text, word) => ({ text, word, combiner: text === '&' || text === ',' || text === '/' }));
    let level: Level | undefined;
    let dept: Department | undefined;
    let tier = Number.POSITIVE_INFINITY;
    for (let i = 0; i < tokens.length;) {
      const part = partAt(index, tokens, i, entry);
      const length = part?.length ?? 1;
      const sub = part?.entry;
      if (sub) derive(sub);
      if (sub && !(entry.neutral && entry.words.slice(i, i + length).some((w) => SHADOWED.has(w)))) {
        if (sub.level && (level === undefined || LEVEL_ORDER.indexOf(sub.level) < LEVEL_ORDER.indexOf(level))) level = sub.level;
        // `executive` is never inherited: "vice president" is not an executive-office word although "president" is.
        if (sub.dept && sub.dept !== 'executive' && sub.tier !== undefined && sub.tier <= TIER.words && sub.tier < tier) { dept = sub.dept; tier = sub.tier; }
      }
      i += length;
    }
    if (!entry.level && level) entry.level = level;
    if (!entry.dept && dept) { entry.dept = dept; entry.tier = tier; }
  };
  for (const bucket of index.values()) for (const entry of bucket) derive(entry);
}

function partAt(index: Index, tokens: Token[], i: number, whole: Entry): Match | undefined {
  const bucket = index.get(tokens[i]!.text);
  for (const entry of bucket ?? []) {
    const n = entry.words.length;
    if (entry === whole || i + n > tokens.length) continue;
    if (entry.words.every((w, k) => tokens[i + k]!.text === w)) return { entry, length: n };
  }
  return tokens.length === 1 ? compoundAt(tokens[0]!.text, index) : undefined;
}

function buildConnectors(): Index {
  const index: Index = new Map();
  for (const p of BOSS_CONNECTORS) addTo(index, p, () => undefined);
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const ENDINGS = COMPOUND_LEVEL_ENDINGS.map(([ending, level]) => [foldWord(ending), level] as const)
  .sort((a, b) => b[0].length - a[0].length);

const COMPOUND_HEADS = [...COMPOUND_DEPARTMENT_HEADS].sort((x, y) => y[0].length - x[0].length);

function compoundHeadDepartment(head: string): Department | undefined {
  for (const [stem, dept] of COMPOUND_HEADS) {
    if (stem.length <= 3 ? head === stem || head === `${stem}s` : head.startsWith(stem)) return dept;
  }
  return undefined;
}

export interface Match {
  entry: Entry;
  /** Number of stream tokens the match covers. */
  length: number;
}

/** The longest table entry starting at token `i`, or a compound word read by its ending and head. */
export function matchAt(tokens: readonly Token[], i: number): Match | undefined {
  const first = tokens[i]!;
  const bucket = LEXICON.get(first.text);
  if (bucket) {
    for (const entry of bucket) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) if (tokens[i + k]!.text !== entry.words[k]) { ok = false; break; }
      if (ok) return { entry, length: n };
    }
  }
  if (first.combiner || first.text.length < 6) return undefined;
  return compoundAt(first.text, LEXICON);
}

const compoundCache = new Map<string, Match | null>();
// Built last: building reads the compound tables and cache above.
const LEVEL_ORDER: readonly Level[] = LEVEL_RANK;
const LEXICON = build();
deriveFromParts(LEXICON);
const CONNECTORS = buildConnectors();


function compoundAt(word: string, index: Index): Match | undefined {
  if (word.length < 6) return undefined;
  const cached = index === LEXICON ? compoundCache.get(word) : undefined;
  if (cached !== undefined) return cached ?? undefined;
  let found: Match | undefined;
  for (const [ending, level] of ENDINGS) {
    if (word.length >= ending.length + 3 && word.endsWith(ending)) {
      const head = word.slice(0, word.length - ending.length).replace(/-$/, '');
      const dept = compoundHeadDepartment(head) ?? index.get(ending)?.find((e) => e.words.length === 1)?.dept;
      found = { entry: { words: [word], level, dept, tier: dept ? TIER.words : undefined }, length: 1 };
      break;
    }
  }
  if (!found) {
    const dept = word.length >= 8 ? compoundHeadDepartment(word) : undefined;
    if (dept) found = { entry: { words: [word], dept, tier: TIER.words }, length: 1 };
  }
  if (index === LEXICON && compoundCache.size < 5000) compoundCache.set(word, found ?? null);
  return found;
}

/** Length of a boss connector ("to the", "der", "de la") at token `i`, or 0. */
export function connectorAt(tokens: readonly Token[], i: number): number {
  const bucket = CONNECTORS.get(tokens[i]?.text ?? '');
  if (!bucket) return 0;
  for (const entry of bucket) {
    const n = entry.words.length;
    if (i + n <= tokens.length && entry.words.every((w, k) => tokens[i + k]!.text === w)) return n;
  }
  return 0;
}

/** True when the folded token starts any table entry (used to tell a company name from a department after "en", "na" …). */
export function isKnownWord(folded: string): boolean {
  return LEXICON.has(folded);
}

/** Every pattern and what it resolved to, for tests that check the tables for contradictions. */
export function lexiconEntries(): Entry[] {
  return [...LEXICON.values()].flat();
}
