// Explainable segment matching: every segment gets a 0–100 score and one reason per leaf rule.
//
// Scoring: score = round(100 × earned ÷ attainable). A leaf that holds earns its weight; an AND group earns the sum
// of its children; an OR group earns only its best child (alternatives don't add up) and can attain at most its
// best child's maximum. NOT is pushed to the leaves first (De Morgan), so NOT(a OR b) scores as (not a) AND (not b).
// matched = score ≥ threshold and every `required` rule or group holds.
import type { ProspectFields } from '../prospect';
import { compileRules, type CompiledLeaf, type CompiledRules } from './compile-rules';
import { buildScoreProgram, runScoreProgram, type ScoreProgram } from './score-program';
import { prospectFeatures, type ProspectFeatures } from './prospect-features';
import type { Segment } from './segment-schema';
import { groupResults, groupTests, SignatureCache, writeTestStates, industryKey, locationKey, titleKey, type TestGroup as BulkGroup } from './test-groups';

export interface MatchReason {
  /** Where the rule sits in the segment, e.g. `rules.rules[1]`. */
  path: string;
  /** The rule's id when it has one. Optional keys are present with value undefined when absent. */
  ruleId?: string | undefined;
  /** What the rule asks, e.g. `seniority in (vp, director)`. */
  description: string;
  held: boolean;
  weight: number;
  /** Points (of 100) this rule added to the score; 0 when it failed or another OR alternative was counted. */
  contribution: number;
  /** The prospect value that decided it ('vp', 'VP of Sales', 'acme.io'); absent when the prospect has none. */
  value?: string | undefined;
  /** Text the value was derived from (the title a seniority came from), shown in explanations. */
  evidence?: string | undefined;
  /** Shown as e.g. "no seniority" when value is absent. */
  absentLabel: string;
  required?: true | undefined;
}

export interface SegmentMatch {
  segmentId: string;
  name: string;
  priority: number;
  threshold: number;
  score: number;
  matched: boolean;
  reasons: MatchReason[];
  /** Paths (or ids) of required rules that failed; non-empty means not matched whatever the score. */
  failedRequired: string[];
}

export interface CompiledSegment {
  segment: Segment;
  rules: CompiledRules;
  /** Leaf indexes that are themselves required. */
  requiredLeaves: Set<number>;
  /** 1 where the leaf holds when its test fails. */
  negated: Uint8Array;
  program: ScoreProgram;
  /** Per required check (same order as rules.required): its node's instruction index. */
  requiredAt: Int32Array;
  /**
   * Scoring outcomes by pattern of leaf results (bit i set when leaf i holds), filled on first use: the score only
   * depends on which leaves hold, and 100,000 prospects show few distinct patterns. null for segments with more
   * leaves than fit in the bits.
   */
  outcomes: Map<number, PatternOutcome> | null;
}

/** What scoring one pattern of leaf results gives. Shared between prospects: never mutate. */
export interface PatternOutcome {
  score: number;
  failedRequired: readonly string[];
  held: Uint8Array;
  credit: Float64Array;
  /** The score as score() returns it; frozen, since prospects with this pattern share it. */
  result: Readonly<SegmentScore>;
}

const MAX_PATTERN_LEAVES = 30;
const MAX_PATTERNS = 4096;

export function compileSegment(segment: Segment): CompiledSegment {
  const rules = compileRules(segment.rules);
  const requiredLeaves = new Set<number>();
  for (const check of rules.required) if (check.node.kind === 'leaf') requiredLeaves.add(check.node.index);
  const negated = Uint8Array.from(rules.leaves, (leaf) => (leaf.negated ? 1 : 0));
  const program = buildScoreProgram(rules.root);
  const requiredAt = Int32Array.from(rules.required, (check) => program.indexOf.get(check.node)!);
  const outcomes = rules.leaves.length <= MAX_PATTERN_LEAVES ? new Map<number, PatternOutcome>() : null;
  return { segment, rules, requiredLeaves, negated, program, requiredAt, outcomes };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The distinct leaf tests of a set of segments. Segments written by one team repeat rules (a work-email check,
 * the same seniority list), so each distinct test runs once per prospect however many segments use it.
 */
interface TestTable {
  tests: CompiledLeaf['test'][];
  /** Per compiled segment (same order): leaf index to test index. */
  leafTests: Int32Array[];
  /** Value caches for match() (reasons need the value that decided each test). */
  groups: TestGroup[];
  /** State caches for the bulk path (score, matchedIds): every test, grouped by the fields it reads. */
  bulkGroups: BulkGroup[];
  /** Scratch for the bulk path, reused across prospects: each group's results, and each test's. */
  bulkResults: Uint8Array[];
  bulkState: Uint8Array;
}

/**
 * Tests that read only one field of the prospect (title and headline, industry, location) and cost a regular
 * expression each: their results are kept per value of that field, since many prospects share a title or a place.
 */
interface TestGroup {
  /** Test indexes in this group. */
  tests: Int32Array;
  /** The field value the group's results depend on; null when it can't be keyed (then the tests run as usual). */
  keyOf: (prospect: ProspectFields) => string | null;
  cache: Map<string, GroupResults>;
}

interface GroupResults {
  state: Int8Array;
  values: (string | undefined)[];
  evidence: (string | undefined)[];
}

const MAX_GROUP_KEYS = 2000;

const GROUP_KEYS: Record<string, (prospect: ProspectFields) => string | null> = {
  keywords: titleKey as (prospect: ProspectFields) => string | null,
  industry_in: industryKey as (prospect: ProspectFields) => string | null,
  location_in: locationKey as (prospect: ProspectFields) => string | null,
};

function buildTestTable(compiled: readonly CompiledSegment[]): TestTable {
  const tests: CompiledLeaf['test'][] = [];
  const byKey = new Map<string, number>();
  const leafTests: Int32Array[] = [];
  for (const c of compiled) {
    const map = new Int32Array(c.rules.leaves.length);
    c.rules.leaves.forEach((leaf, i) => {
      let index = byKey.get(leaf.testKey);
      if (index === undefined) {
        index = tests.length;
        tests.push(leaf.test);
        byKey.set(leaf.testKey, index);
      }
      map[i] = index;
    });
    leafTests.push(map);
  }
  const members = new Map<string, number[]>();
  for (const [key, index] of byKey) {
    const type = (JSON.parse(key) as { type: string }).type;
    if (GROUP_KEYS[type]) members.set(type, [...(members.get(type) ?? []), index]);
  }
  const groups = [...members].map(([type, indexes]) => ({ tests: Int32Array.from(indexes), keyOf: GROUP_KEYS[type]!, cache: new Map<string, GroupResults>() }));
  return { tests, leafTests, groups, bulkGroups: groupTests([...byKey.keys()]), bulkResults: [], bulkState: new Uint8Array(tests.length) };
}

/** Per-prospect results of the distinct tests, filled on first use. */
interface TestRun {
  table: TestTable;
  features: ProspectFeatures;
  /** -1 not run yet, 0 failed, 1 held (before negation). */
  state: Int8Array;
  values: (string | undefined)[];
  evidence: (string | undefined)[];
}

function newRun(table: TestTable, features: ProspectFeatures): TestRun {
  const n = table.tests.length;
  const run: TestRun = { table, features, state: new Int8Array(n).fill(-1), values: new Array(n), evidence: new Array(n) };
  for (const group of table.groups) {
    const key = group.keyOf(features.prospect);
    if (key === null) continue;
    const idx = group.tests;
    let results = group.cache.get(key);
    if (!results) {
      results = { state: new Int8Array(idx.length), values: new Array(idx.length), evidence: new Array(idx.length) };
      for (let j = 0; j < idx.length; j++) {
        results.state[j] = table.tests[idx[j]!]!(features, leafOut) ? 1 : 0;
        results.values[j] = leafOut.value;
        results.evidence[j] = leafOut.evidence;
      }
      if (group.cache.size >= MAX_GROUP_KEYS) group.cache.clear();
      group.cache.set(key, results);
    }
    for (let j = 0; j < idx.length; j++) {
      const t = idx[j]!;
      run.state[t] = results.state[j]!;
      run.values[t] = results.values[j];
      run.evidence[t] = results.evidence[j];
    }
  }
  return run;
}

// Scratch space reused across calls (matching is synchronous and never re-entered), so scoring allocates
// nothing per leaf except the reasons it returns.
let heldScratch = new Uint8Array(64);
let creditScratch = new Float64Array(64);
let truthScratch = new Uint8Array(128);
const valueScratch: (string | undefined)[] = [];
const evidenceScratch: (string | undefined)[] = [];
const leafOut = { value: undefined as string | undefined, evidence: undefined as string | undefined };

/**
 * Runs (or reuses) every leaf test and returns the scoring outcome of the pattern of results (cached per segment).
 * With `keepValues` it also records the value that decided each leaf, for the reasons.
 */
function outcomeOf(compiled: CompiledSegment, map: Int32Array, run: TestRun, keepValues: boolean): PatternOutcome {
  const { rules, negated } = compiled;
  const n = rules.leaves.length;
  if (heldScratch.length < n) {
    heldScratch = new Uint8Array(n * 2);
    creditScratch = new Float64Array(n * 2);
  }
  const held = heldScratch;
  const state = run.state;
  const tests = run.table.tests;
  let pattern = 0;
  for (let i = 0; i < n; i++) {
    const t = map[i]!;
    let result = state[t]!;
    if (result < 0) {
      result = tests[t]!(run.features, leafOut) ? 1 : 0;
      state[t] = result;
      run.values[t] = leafOut.value;
      run.evidence[t] = leafOut.evidence;
    }
    const h = result ^ negated[i]!;
    held[i] = h;
    pattern |= h << i;
    if (keepValues) {
      valueScratch[i] = run.values[t];
      evidenceScratch[i] = run.evidence[t];
    }
  }
  return outcomeOfPattern(compiled, pattern, held);
}

/** The scoring outcome of one pattern of leaf results (`held` holds the same pattern, one byte per leaf). */
function outcomeOfPattern(compiled: CompiledSegment, pattern: number, held: Uint8Array): PatternOutcome {
  const cache = compiled.outcomes;
  const cached = cache?.get(pattern);
  if (cached) return cached;
  const { rules } = compiled;
  const n = rules.leaves.length;
  if (truthScratch.length < compiled.program.op.length) truthScratch = new Uint8Array(compiled.program.op.length * 2);
  const earned = runScoreProgram(compiled.program, held, creditScratch, truthScratch);
  const score = rules.maxWeight > 0 ? Math.round((100 * earned) / rules.maxWeight) : 0;
  const failedRequired = failedRequiredOf(compiled);
  const { segment } = compiled;
  const outcome: PatternOutcome = {
    score,
    failedRequired,
    held: held.slice(0, n),
    credit: creditScratch.slice(0, n),
    result: Object.freeze({
      segmentId: segment.id,
      name: segment.name,
      priority: segment.priority,
      threshold: segment.threshold,
      score,
      matched: score >= segment.threshold && failedRequired.length === 0,
      failedRequired: Object.freeze(failedRequired.slice()) as string[],
    }),
  };
  if (cache && cache.size < MAX_PATTERNS) cache.set(pattern, outcome);
  return outcome;
}

/** The bulk path: the segment's score from the test results in `state` (see fillTestStates). */
function bulkOutcome(compiled: CompiledSegment, map: Int32Array, state: Uint8Array): PatternOutcome {
  const negated = compiled.negated;
  const n = negated.length;
  if (compiled.outcomes) {
    let pattern = 0;
    for (let i = 0; i < n; i++) pattern |= (state[map[i]!]! ^ negated[i]!) << i;
    const cached = compiled.outcomes.get(pattern);
    if (cached) return cached;
  }
  if (heldScratch.length < n) {
    heldScratch = new Uint8Array(n * 2);
    creditScratch = new Float64Array(n * 2);
  }
  let pattern = 0;
  for (let i = 0; i < n; i++) {
    const h = state[map[i]!]! ^ negated[i]!;
    heldScratch[i] = h;
    pattern |= h << i;
  }
  return outcomeOfPattern(compiled, pattern, heldScratch);
}

/** Required rules that fail, read from the node truths the last runScoreProgram() left behind. */
function failedRequiredOf(compiled: CompiledSegment): string[] {
  const failed: string[] = [];
  const checks = compiled.rules.required;
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i]!;
    if ((truthScratch[compiled.requiredAt[i]!] === 1) === check.invert) failed.push(check.ruleId ?? check.path);
  }
  return failed;
}

function reasonsOf(compiled: CompiledSegment, outcome: PatternOutcome): MatchReason[] {
  const { rules } = compiled;
  const n = rules.leaves.length;
  const max = rules.maxWeight;
  const reasons: MatchReason[] = new Array(n);
  const { held, credit } = outcome;
  for (let i = 0; i < n; i++) {
    const leaf = rules.leaves[i]!;
    // Every key set in one literal so all reasons share one object shape (much faster in bulk).
    reasons[i] = {
      path: leaf.path,
      ruleId: leaf.ruleId,
      description: leaf.description,
      held: held[i] === 1,
      weight: leaf.weight,
      contribution: max > 0 ? round1((100 * credit[i]!) / max) : 0,
      value: valueScratch[i],
      evidence: evidenceScratch[i],
      absentLabel: leaf.absentLabel,
      required: compiled.requiredLeaves.has(i) || undefined,
    };
  }
  return reasons;
}

function matchCompiled(compiled: CompiledSegment, map: Int32Array, run: TestRun): SegmentMatch {
  const { segment } = compiled;
  const outcome = outcomeOf(compiled, map, run, true);
  const { score } = outcome;
  const failedRequired = outcome.failedRequired.length ? outcome.failedRequired.slice() : [];
  return {
    segmentId: segment.id,
    name: segment.name,
    priority: segment.priority,
    threshold: segment.threshold,
    score,
    matched: score >= segment.threshold && failedRequired.length === 0,
    reasons: reasonsOf(compiled, outcome),
    failedRequired,
  };
}

/** A match without its reasons: what list views and bulk ranking need. */
export type SegmentScore = Omit<SegmentMatch, 'reasons'>;

/** Matched first, then higher score, higher priority, then name and id; fully deterministic. */
export function compareMatches(a: SegmentScore, b: SegmentScore): number {
  if (a.matched !== b.matched) return a.matched ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.segmentId !== b.segmentId) return a.segmentId < b.segmentId ? -1 : 1;
  return 0;
}

export interface SegmentMatcher {
  readonly segments: readonly CompiledSegment[];
  /** Every segment, scored and sorted (see compareMatches). */
  match(prospect: ProspectFields): SegmentMatch[];
  /**
   * The same scores and order as match(), without building reasons: for ranking many prospects at once. The
   * score objects are frozen and shared between prospects with the same results.
   */
  score(prospect: ProspectFields): SegmentScore[];
  /** The ids of the segments the prospect matches, in score() order: what a prospect record stores. */
  matchedIds(prospect: ProspectFields): string[];
  /** The full match (with reasons) of one segment, e.g. when the rep opens a row; undefined for an unknown id. */
  explain(prospect: ProspectFields, segmentId: string): SegmentMatch | undefined;
}

/**
 * Sorts results into compareMatches order without calling a comparator per pair: the priority/name/id tie-break is
 * fixed per matcher, so each result gets one number (matched, score, fixed rank) and a typed-array sort does the rest.
 * `keys` and `byRank` are scratch space of the results' length.
 */
function sortByKey<T extends SegmentScore>(results: T[], rankOf: Int32Array, keys: Float64Array, byRank: T[]): T[] {
  const count = results.length;
  for (let i = 0; i < count; i++) {
    const r = results[i]!;
    keys[i] = sortKey(r, count, rankOf[i]!);
    byRank[rankOf[i]!] = r;
  }
  keys.sort();
  const sorted: T[] = new Array(count);
  for (let i = 0; i < count; i++) sorted[i] = byRank[keys[i]! % count]!;
  return sorted;
}

function sortKey(r: SegmentScore, count: number, rank: number): number {
  const score = Math.min(100, Math.max(0, r.score));
  return ((r.matched ? 0 : 101) + (100 - score)) * count + rank;
}

/** Compiles segments once; reuse the matcher across prospects. */
export function compileSegments(segments: readonly Segment[]): SegmentMatcher {
  const compiled = segments.map(compiledFor);
  const table = buildTestTable(compiled);
  // Each segment's place in the fixed tie-break order (priority desc, name, id, then the order given).
  const order = compiled.map((c, i) => ({ i, s: { matched: true, score: 0, priority: c.segment.priority, name: c.segment.name, segmentId: c.segment.id } as SegmentScore }));
  order.sort((a, b) => compareMatches(a.s, b.s) || a.i - b.i);
  const rankOf = new Int32Array(compiled.length);
  order.forEach((entry, rank) => (rankOf[entry.i] = rank));
  const count = compiled.length;
  const keyScratch = new Float64Array(count);
  const rankScratch = new Array<SegmentScore>(count);
  const bySignature = new SignatureCache<readonly SegmentScore[]>();
  /** The sorted scores of a prospect, shared by every prospect with the same signature: never mutate. */
  const bulkScores = (prospect: ProspectFields): readonly SegmentScore[] => {
    if (count === 0) return [];
    groupResults(prospect, table.tests, table.bulkGroups, table.bulkResults);
    const signature = table.bulkResults;
    let sorted = signature.length ? bySignature.get(signature) : undefined;
    if (sorted) return sorted;
    writeTestStates(signature, table.bulkGroups, table.bulkState);
    const results = new Array<SegmentScore>(count);
    for (let i = 0; i < count; i++) results[i] = bulkOutcome(compiled[i]!, table.leafTests[i]!, table.bulkState).result;
    sorted = sortByKey(results, rankOf, keyScratch, rankScratch);
    if (signature.length) bySignature.set(signature, sorted);
    return sorted;
  };
  return {
    segments: compiled,
    match(prospect) {
      const run = newRun(table, prospectFeatures(prospect));
      const results = new Array<SegmentMatch>(count);
      for (let i = 0; i < count; i++) results[i] = matchCompiled(compiled[i]!, table.leafTests[i]!, run);
      return sortByKey(results, rankOf, keyScratch, new Array<SegmentMatch>(count));
    },
    score(prospect) {
      return bulkScores(prospect).slice();
    },
    matchedIds(prospect) {
      const scores = bulkScores(prospect);
      const ids: string[] = [];
      for (let i = 0; i < scores.length && scores[i]!.matched; i++) ids.push(scores[i]!.segmentId);
      return ids;
    },
    explain(prospect, segmentId) {
      const i = compiled.findIndex((c) => c.segment.id === segmentId);
      return i >= 0 ? matchCompiled(compiled[i]!, table.leafTests[i]!, newRun(table, prospectFeatures(prospect))) : undefined;
    },
  };
}

const compiledCache = new WeakMap<Segment, CompiledSegment>();
function compiledFor(segment: Segment): CompiledSegment {
  let compiled = compiledCache.get(segment);
  if (!compiled) {
    compiled = compileSegment(segment);
    compiledCache.set(segment, compiled);
  }
  return compiled;
}

/**
 * Scores a prospect against every segment. Compiled segments are cached per Segment object, so calling this
 * repeatedly with the same (unmodified) segment objects is fast; treat segments as immutable.
 */
export function matchSegments(prospect: ProspectFields, segments: readonly Segment[]): SegmentMatch[] {
  return matcherFor(segments).match(prospect);
}

const matcherCache = new WeakMap<readonly Segment[], { members: Segment[]; matcher: SegmentMatcher }>();
/** The matcher for this list, reused while the list still holds the same segment objects in the same order. */
function matcherFor(segments: readonly Segment[]): SegmentMatcher {
  const cached = matcherCache.get(segments);
  if (cached && cached.members.length === segments.length && cached.members.every((s, i) => s === segments[i])) return cached.matcher;
  const matcher = compileSegments(segments);
  matcherCache.set(segments, { members: [...segments], matcher });
  return matcher;
}

function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** One line per reason: `VP of Sales → seniority in (vp, director) +30`, `no industry ✗ industry matches (software) +0`. */
export function describeReason(reason: MatchReason): string {
  const subject = reason.evidence ?? reason.value ?? reason.absentLabel;
  const arrow = reason.held ? '→' : '✗';
  let line = `${subject} ${arrow} ${reason.description} +${formatPoints(reason.contribution)}`;
  if (reason.held && reason.contribution === 0 && reason.weight > 0) line += ' (another alternative counted)';
  if (reason.required && !reason.held) line += ' (required)';
  return line;
}
