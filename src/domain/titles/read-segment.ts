// Reads one segment of a title ("VP Sales & Marketing", "Ex-CEO, now Founder") into the roles it names.
import type { Department } from '../prospect';
import { ACADEMIC_WORDS, COMMITTEE_WORDS, JOB_QUALIFIERS, LEVEL_RANK, UNIT_WORDS, type Level } from './seniority-table';
import { connectorAt, matchAt, TIER, type Entry } from './title-lexicon';
import { patternTokens, tokenize, type RawWord, type Token } from './title-tokens';

export interface RoleMatch {
  entry: Entry;
  level?: Level;
  /** Position in the segment, for "first written wins" among equal department matches. */
  position: number;
  /** Which part of the segment, counting "&", "," and "/" ("Head of Sales & Partnerships" has two). */
  part: number;
  /** Written-word span [from, to) the match covers. */
  from: number;
  to: number;
}

export interface SegmentReading {
  words: RawWord[];
  tokens: Token[];
  matches: RoleMatch[];
  /** Written words that belong to a past role ("Former CEO") and are left out of the tidy title. */
  dropped: Set<number>;
  level?: Level;
  /** True when a "former" marker took away every role the segment named. */
  onlyPast: boolean;
}

const RANK = new Map(LEVEL_RANK.map((level, i) => [level, i]));
const phrases = (list: readonly string[]) => list.map((p) => patternTokens(p));
const QUALIFIERS = phrases(JOB_QUALIFIERS);
const COMMITTEE = new Set(COMMITTEE_WORDS);
const ACADEMIC = phrases(ACADEMIC_WORDS);
const UNITS = new Set(UNIT_WORDS);
const CHAIRS = new Set(['chair', 'chairman', 'chairwoman', 'chairperson']);
/** CEO, CTO, CFO, CISO, CHRO …: a C and an O around one to three letters. */
const C_ACRONYM = /^c[a-z]{1,3}o$/;

const isPhrase = (entry: Entry, list: string[][]) => list.some((p) => p.length === entry.words.length && p.every((w, k) => w === entry.words[k]));
const QUALIFIER = 1;
const C_TITLE = 2;
const CHAIR = 4;
const LONE_CHIEF = 8;
const FLAGS = new WeakMap<Entry, number>();
/** What kind of special role an entry is, worked out once per table entry. */
function flagsOf(entry: Entry): number {
  let flags = FLAGS.get(entry);
  if (flags === undefined) {
    flags = (isPhrase(entry, QUALIFIERS) ? QUALIFIER : 0) | (isCTitle(entry) ? C_TITLE : 0)
      | (entry.level === 'c_suite' && entry.words.some((w) => CHAIRS.has(w)) && !entry.words.includes('vice') ? CHAIR : 0)
      | (entry.words.length === 1 && entry.words[0] === 'chief' ? LONE_CHIEF : 0);
    FLAGS.set(entry, flags);
  }
  return flags;
}
const hasPhraseIn = (tokens: readonly Token[], list: string[][]) =>
  tokens.some((_, i) => list.some((p) => p.every((w, k) => tokens[i + k]?.text === w)));
const isCTitle = (entry: Entry) => entry.level === 'c_suite'
  && ((entry.words.length === 1 && C_ACRONYM.test(entry.words[0]!)) || (entry.words[0] === 'chief' && entry.words.includes('officer')));

/** Whether a role with a level follows in the same part of the segment (up to the next "&", "," or "/"). */
function roleFollows(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length && !tokens[j]!.combiner;) {
    const next = matchAt(tokens, j);
    if (next?.entry.level && !next.entry.former) return true;
    j += next?.length ?? 1;
  }
  return false;
}

/** Whether "counsel" (and no "officer") follows in the same part: "Chief Legal Counsel" is a lawyer, not a C-level. */
function counselFollows(tokens: readonly Token[], from: number): boolean {
  let counsel = false;
  for (let j = from; j < tokens.length && !tokens[j]!.combiner; j++) {
    if (tokens[j]!.text === 'officer') return false;
    if (tokens[j]!.text === 'counsel') counsel = true;
  }
  return counsel;
}

/** A chair's level from its context: none for a committee or conference chair, head for an academic one. */
function chairLevel(tokens: readonly Token[]): 'committee' | 'academic' | undefined {
  const words = new Set(tokens.map((t) => t.text));
  if (words.has('board')) return undefined;
  if ([...words].some((w) => COMMITTEE.has(w))) return 'committee';
  return hasPhraseIn(tokens, ACADEMIC) ? 'academic' : undefined;
}
const TOP_LEVELS = new Set<Level>(['owner', 'founder', 'c_suite', 'partner', 'vp']);

export function rankOf(level: Level | undefined): number {
  return level === undefined ? Number.POSITIVE_INFINITY : RANK.get(level)!;
}

/**
 * The segment's level: the highest one named, except that an intern or student marker wins over levels below director
 * ("Software Engineer Intern" is an intern, "Director & Intern Mentor" is not).
 */
function resolveLevel(matches: readonly RoleMatch[]): Level | undefined {
  let best: Level | undefined;
  let intern = false;
  for (const m of matches) {
    if (!m.level) continue;
    if (m.level === 'intern') intern = true;
    if (rankOf(m.level) < rankOf(best)) best = m.level;
  }
  if (intern && rankOf(best) > rankOf('director')) return 'intern';
  return best;
}

export function readSegment(text: string): SegmentReading {
  const { words, tokens } = tokenize(text);
  const matches: RoleMatch[] = [];
  const dropped = new Set<number>();
  let former = false;
  let aspiring = false;
  let bossScope = false;
  let sawFormer = false;
  let part = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.combiner) {
      part++;
      if (token.text !== '&') { former = false; aspiring = false; bossScope = false; }
      else if (bossScope) {
        // "Assistant to the CEO & Founder": the boss keeps going while top roles follow.
        const next = i + 1 < tokens.length ? matchAt(tokens, i + 1) : undefined;
        if (!next?.entry.level || !TOP_LEVELS.has(next.entry.level)) bossScope = false;
      }
      if (former) dropped.add(token.word);
      i++;
      continue;
    }
    const match = matchAt(tokens, i);
    const length = match?.length ?? 1;
    const from = token.word;
    const to = tokens[i + length - 1]!.word + 1;
    const entry = match?.entry;
    if (entry?.current) {
      former = false;
      for (let w = from; w < to; w++) dropped.add(w);
      i += length;
      continue;
    }
    if (entry?.former) {
      former = true;
      sawFormer = true;
      for (let w = from; w < to; w++) dropped.add(w);
      i += length;
      continue;
    }
    if (former) {
      for (let w = from; w < to; w++) dropped.add(w);
      i += length;
      continue;
    }
    if (entry?.aspiring) { aspiring = true; i += length; continue; }
    if (entry && !bossScope && (entry.level || entry.dept)) {
      // "Freelance Designer", "Independent Consultant": the qualifier is not the job; alone it means self-employed.
      const flags = flagsOf(entry);
      if (flags & QUALIFIER && roleFollows(tokens, i + length)) { i += length; continue; }
      // "CEO Office", "CFO Staff": the C-title names a unit; it keeps its function but not its level.
      if (flags & C_TITLE && UNITS.has(tokens[i + length]?.text ?? '')) {
        matches.push({ entry: { ...entry, level: undefined }, level: undefined, position: i, part, from, to });
        i += length;
        continue;
      }
      if (flags & LONE_CHIEF && counselFollows(tokens, i + length)) {
        matches.push({ entry: { ...entry, level: 'director' }, level: 'director', position: i, part, from, to });
        i += length;
        continue;
      }
      if (flags & CHAIR) {
        const context = chairLevel(tokens);
        if (context === 'committee') { i += length; continue; }
        if (context === 'academic') {
          matches.push({ entry: { ...entry, level: 'head', dept: 'education', tier: TIER.strong }, level: 'head', position: i, part, from, to });
          i += length;
          continue;
        }
      }
      let level = entry.level;
      if (aspiring && level && rankOf(level) < rankOf('entry')) level = 'entry';
      if (entry.subordinate) {
        const connector = connectorAt(tokens, i + length);
        if (connector > 0) {
          matches.push({ entry, level, position: i, part, from, to });
          bossScope = true;
          i += length + connector;
          continue;
        }
        // "Assistant Manager", "Assistant Professor": the word only qualifies the level that follows.
        const next = i + length < tokens.length ? matchAt(tokens, i + length) : undefined;
        if (next?.entry.level && !next.entry.subordinate) { i += length; continue; }
      }
      matches.push({ entry, level, position: i, part, from, to });
    }
    i += length;
  }
  const level = resolveLevel(matches);
  return { words, tokens, matches, dropped, level, onlyPast: sawFormer && level === undefined };
}

/**
 * The department of a segment. Parts joined by "&", "," or "/" are read in order and the first that names a function
 * wins ("VP Sales & Marketing" is sales, "Sales & Marketing Coordinator" is sales, "Founder & CTO" is engineering), except
 * that when the parts are separate roles the one holding the highest level speaks first ("Head of Product & VP
 * Engineering" is engineering). Within a part, the strongest match wins, then the one written first ("Product Marketing
 * Manager" is marketing, "Sales Engineer" is sales).
 */
export function segmentDepartment(reading: SegmentReading, includeExecutive: boolean): Department | undefined {
  const first = bestInParts(reading.matches, includeExecutive);
  if (!first) return undefined;
  const top = reading.matches.find((m) => m.level !== undefined && m.level === reading.level);
  const firstIsOwnRole = reading.matches.some((m) => m.part === first.part && m.level !== undefined);
  if (top && top.part !== first.part && firstIsOwnRole) {
    const ofTop = bestInParts(reading.matches, includeExecutive, top.part);
    if (ofTop) return ofTop.entry.dept;
  }
  return first.entry.dept;
}

/** The function each part of the segment names, in the order written ("Sales & Partnerships": sales, business_development). */
export function partDepartments(reading: SegmentReading): Department[] {
  const out: Department[] = [];
  const parts = [...new Set(reading.matches.map((m) => m.part))];
  for (const part of parts) {
    const best = bestInParts(reading.matches, false, part);
    if (best?.entry.dept && !out.includes(best.entry.dept)) out.push(best.entry.dept);
  }
  return out;
}

function bestInParts(matches: readonly RoleMatch[], includeExecutive: boolean, onlyPart?: number): RoleMatch | undefined {
  let best: RoleMatch | undefined;
  for (const m of matches) {
    if (!m.entry.dept || m.entry.tier === undefined) continue;
    if (!includeExecutive && m.entry.dept === 'executive') continue;
    if (onlyPart !== undefined && m.part !== onlyPart) continue;
    if (best && m.part > best.part) break;
    if (!best || m.entry.tier < best.entry.tier! || (m.entry.tier === best.entry.tier && m.position < best.position)) best = m;
  }
  return best;
}
