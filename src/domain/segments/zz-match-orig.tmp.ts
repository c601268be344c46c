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
}

export function compileSegment(segment: Segment): CompiledSegment {
  const rules = compileRules(segment.rules);
  const requiredLeaves = new Set<number>();
  for (const check of rules.required) if (check.node.kind === 'leaf') requiredLeaves.add(check.node.index);
  const negated = Uint8Array.from(rules.leaves, (leaf) => (leaf.negated ? 1 : 0));
  const program = buildScoreProgram(rules.root);
  const requiredAt = Int32Array.from(rules.required, (check) => program.indexOf.get(check.node)!);
  return { segment, rules, requiredLeaves, negated, program, requiredAt };
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
}

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
  return { tests, leafTests };
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
  return { table, features, state: new Int8Array(n).fill(-1), values: new Array(n), evidence: new Array(n) };
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
 * Runs (or reuses) every leaf test into the scratch arrays and returns the score (0–100). With `keepValues` it also
 * records the value that decided each leaf, for the reasons.
 */
function evaluate(compiled: CompiledSegment, map: Int32Array, run: TestRun, keepValues: boolean): number {
  const { rules, negated } = compiled;
  const n = rules.leaves.length;
  if (heldScratch.length < n) {
    heldScratch = new Uint8Array(n * 2);
    creditScratch = new Float64Array(n * 2);
  }
  const held = heldScratch;
  const state = run.state;
  const tests = run.table.tests;
  for (let i = 0; i < n; i++) {
    const t = map[i]!;
    let result = state[t]!;
    if (result < 0) {
      result = tests[t]!(run.features, leafOut) ? 1 : 0;
      state[t] = result;
      run.values[t] = leafOut.value;
      run.evidence[t] = leafOut.evidence;
    }
    held[i] = result ^ negated[i]!;
    if (keepValues) {
      valueScratch[i] = run.values[t];
      evidenceScratch[i] = run.evidence[t];
    }
  }
  if (truthScratch.length < compiled.program.op.length) truthScratch = new Uint8Array(compiled.program.op.length * 2);
  const earned = runScoreProgram(compiled.program, held, creditScratch, truthScratch);
  return rules.maxWeight > 0 ? Math.round((100 * earned) / rules.maxWeight) : 0;
}

/** Required rules that fail, read from the node truths the last evaluate() left behind. */
function failedRequiredOf(compiled: CompiledSegment): string[] {
  const failed: string[] = [];
  const checks = compiled.rules.required;
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i]!;
    if ((truthScratch[compiled.requiredAt[i]!] === 1) === check.invert) failed.push(check.ruleId ?? check.path);
  }
  return failed;
}

function reasonsOf(compiled: CompiledSegment): MatchReason[] {
  const { rules } = compiled;
  const n = rules.leaves.length;
  const max = rules.maxWeight;
  const reasons: MatchReason[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const leaf = rules.leaves[i]!;
    // Every key set in one literal so all reasons share one object shape (much faster in bulk).
    reasons[i] = {
      path: leaf.path,
      ruleId: leaf.ruleId,
      description: leaf.description,
      held: heldScratch[i] === 1,
      weight: leaf.weight,
      contribution: max > 0 ? round1((100 * creditScratch[i]!) / max) : 0,
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
  const score = evaluate(compiled, map, run, true);
  const failedRequired = failedRequiredOf(compiled);
  return {
    segmentId: segment.id,
    name: segment.name,
    priority: segment.priority,
    threshold: segment.threshold,
    score,
    matched: score >= segment.threshold && failedRequired.length === 0,
    reasons: reasonsOf(compiled),
    failedRequired,
  };
}

/** A match without its reasons: what list views and bulk ranking need. */
export type SegmentScore = Omit<SegmentMatch, 'reasons'>;

function scoreCompiled(compiled: CompiledSegment, map: Int32Array, run: TestRun): SegmentScore {
  const { segment } = compiled;
  const score = evaluate(compiled, map, run, false);
  const failedRequired = compiled.rules.required.length ? failedRequiredOf(compiled) : [];
  return {
    segmentId: segment.id,
    name: segment.name,
    priority: segment.priority,
    threshold: segment.threshold,
    score,
    matched: score >= segment.threshold && failedRequired.length === 0,
    failedRequired,
  };
}

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
  /** The same scores and order as match(), without building reasons: for ranking many prospects at once. */
  score(prospect: ProspectFields): SegmentScore[];
  /** The full match (with reasons) of one segment, e.g. when the rep opens a row; undefined for an unknown id. */
  explain(prospect: ProspectFields, segmentId: string): SegmentMatch | undefined;
}

/**
 * Sorts results into compareMatches order without calling a comparator per pair: the priority/name/id tie-break is
 * fixed per matcher, so each result gets one number (matched, score, fixed rank) and a typed-array sort does the rest.
 */
function sortByKey<T extends SegmentScore>(results: T[], rankOf: Int32Array): T[] {
  const count = results.length;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const r = results[i]!;
    const score = Math.min(100, Math.max(0, r.score));
    keys[i] = ((r.matched ? 0 : 101) + (100 - score)) * count + rankOf[i]!;
  }
  keys.sort();
  const sorted: T[] = new Array(count);
  const byRank: T[] = new Array(count);
  for (let i = 0; i < count; i++) byRank[rankOf[i]!] = results[i]!;
  for (let i = 0; i < count; i++) sorted[i] = byRank[keys[i]! % count]!;
  return sorted;
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
  return {
    segments: compiled,
    match(prospect) {
      const run = newRun(table, prospectFeatures(prospect));
      const results = new Array<SegmentMatch>(compiled.length);
      for (let i = 0; i < compiled.length; i++) results[i] = matchCompiled(compiled[i]!, table.leafTests[i]!, run);
      return sortByKey(results, rankOf);
    },
    score(prospect) {
      const run = newRun(table, prospectFeatures(prospect));
      const results = new Array<SegmentScore>(compiled.length);
      for (let i = 0; i < compiled.length; i++) results[i] = scoreCompiled(compiled[i]!, table.leafTests[i]!, run);
      return sortByKey(results, rankOf);
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
