// Turns a rule tree into closures once, so matching many prospects only runs cheap lookups.
//
// NOT is pushed down to the leaves with De Morgan's laws (not(a and b) = not a or not b), so every leaf knows
// whether it is negated and every group is a plain AND or OR. Scoring then works on that tree (see scoreNode).
import { departmentsOf } from '../prospect';
import { countryCodesForValue } from './locations';
import { fieldCheck, type ProspectFeatures } from './prospect-features';
import { formatPath, isRuleGroup, type LeafRule, type Rule } from './segment-schema';
import { compileAnyPhrase, compilePhrase, hasPhrase, type Phrase } from './text-match';

/** The raw test of a leaf (before negation); writes the prospect value that decided it into `out.value`. */
type LeafTest = (f: ProspectFeatures, out: { value: string | undefined; evidence: string | undefined }) => boolean;

export interface CompiledLeaf {
  kind: 'leaf';
  index: number;
  path: string;
  ruleId?: string;
  description: string;
  weight: number;
  /** True when the leaf holds as its test fails (its own `not`, or a NOT pushed down from a group). */
  negated: boolean;
  test: LeafTest;
  /** Identifies the test itself (type and parameters, not weight or negation): equal keys give equal results. */
  testKey: string;
  /** Label used when the prospect has no value for this rule, e.g. "no seniority". */
  absentLabel: string;
}

export interface CompiledGroup {
  kind: 'group';
  op: 'and' | 'or';
  children: CompiledNode[];
  /** Leaves of this group are the contiguous range [start, end) of leaf indexes. */
  start: number;
  end: number;
  maxWeight: number;
}

export type CompiledNode = CompiledLeaf | CompiledGroup;

export interface RequiredCheck {
  path: string;
  ruleId?: string;
  node: CompiledNode;
  /** The node was compiled under a negation from above; the rule as written holds when the node does not. */
  invert: boolean;
}

export interface CompiledRules {
  root: CompiledNode;
  leaves: CompiledLeaf[];
  required: RequiredCheck[];
  maxWeight: number;
}

const list = (values: readonly string[]) => `(${values.join(', ')})`;

export function describeLeaf(rule: LeafRule): string {
  switch (rule.type) {
    case 'seniority_in':
      return `seniority in ${list(rule.values)}`;
    case 'department_in':
      return `department in ${list(rule.values)}`;
    case 'keywords': {
      const where = rule.in === 'title' ? 'title' : rule.in === 'headline' ? 'headline' : 'title or headline';
      const words = rule.keywords.map((k) => `"${k}"`);
      return rule.keywords.length === 1 ? `${where} contains ${words[0]}` : `${where} contains ${rule.match === 'all' ? 'all' : 'any'} of ${list(words)}`;
    }
    case 'industry_in':
      return `industry matches ${list(rule.values)}`;
    case 'company_size':
      if (rule.min !== undefined && rule.max !== undefined) return `company size ${rule.min}–${rule.max}`;
      if (rule.min !== undefined) return `company size ≥ ${rule.min}`;
      return `company size ≤ ${rule.max ?? 0}`;
    case 'location_in':
      return `location in ${list(rule.values)}`;
    case 'email_domain':
      return rule.domains === 'non_free' ? 'email at a company domain (not a free mailbox)' : `email domain in ${list(rule.domains)}`;
    case 'has_field':
      return `has ${rule.field}`;
    case 'tag':
      return rule.tags.length === 1 ? `tagged "${rule.tags[0]}"` : `tagged any of ${list(rule.tags.map((t) => `"${t}"`))}`;
  }
}

function absentLabel(rule: LeafRule): string {
  switch (rule.type) {
    case 'seniority_in': return 'no seniority';
    case 'department_in': return 'no department';
    case 'keywords': return rule.in === 'headline' ? 'no headline' : rule.in === 'title' ? 'no title' : 'no title or headline';
    case 'industry_in': return 'no industry';
    case 'company_size': return 'no company size';
    case 'location_in': return 'no location';
    case 'email_domain': return 'no email';
    case 'has_field': return `no ${rule.field}`;
    case 'tag': return 'no matching tag';
  }
}

function phrasesOf(words: readonly string[]): Phrase[] {
  return words.map(compilePhrase).filter((p): p is Phrase => p !== null);
}

function compileTest(rule: LeafRule): LeafTest {
  switch (rule.type) {
    case 'seniority_in': {
      const wanted = new Set<string>(rule.values);
      return (f, out) => {
        const s = f.prospect.seniority;
        out.value = s;
        out.evidence = s ? f.titleLabel : undefined;
        return s !== undefined && wanted.has(s);
      };
    }
    case 'department_in': {
      const wanted = new Set<string>(rule.values);
      return (f, out) => {
        // Any of the ranked departments ("Head of Sales & Partnerships" is sales, then business development).
        const all = departmentsOf(f.prospect);
        const d = all.find((x) => wanted.has(x)) ?? all[0];
        out.value = d;
        out.evidence = d ? f.titleLabel : undefined;
        return d !== undefined && wanted.has(d);
      };
    }
    case 'keywords': {
      const where = rule.in ?? 'both';
      if (rule.match === 'all') {
        const phrases = phrasesOf(rule.keywords);
        return (f, out) => {
          const text = where === 'title' ? f.title : where === 'headline' ? f.headline : f.titleAndHeadline;
          out.value = where === 'headline' ? f.headlineLabel : where === 'title' ? f.titleLabel : f.titleLabel ?? f.headlineLabel;
          out.evidence = undefined;
          return phrases.every((p) => hasPhrase(text, p));
        };
      }
      const any = compileAnyPhrase(rule.keywords);
      return (f, out) => {
        out.evidence = undefined;
        if (!any) {
          out.value = undefined;
          return false;
        }
        if (where !== 'headline' && any.test(f.title)) {
          out.value = f.titleLabel;
          return true;
        }
        if (where !== 'title' && any.test(f.headline)) {
          out.value = f.headlineLabel;
          return true;
        }
        out.value = where === 'headline' ? f.headlineLabel : where === 'title' ? f.titleLabel : f.titleLabel ?? f.headlineLabel;
        return false;
      };
    }
    case 'industry_in': {
      const any = compileAnyPhrase(rule.values);
      return (f, out) => {
        out.value = f.prospect.industry?.trim() || undefined;
        out.evidence = undefined;
        return any !== null && any.test(f.industry);
      };
    }
    case 'company_size': {
      const min = rule.min ?? -Infinity;
      const max = rule.max ?? Infinity;
      return (f, out) => {
        const size = f.prospect.companySize;
        const known = typeof size === 'number' && Number.isFinite(size);
        out.value = known ? String(size) : undefined;
        out.evidence = undefined;
        return known && size >= min && size <= max;
      };
    }
    case 'location_in': {
      const codes = new Set<string>();
      const placeNames: string[] = [];
      for (const value of rule.values) {
        const resolved = countryCodesForValue(value);
        if (resolved) resolved.forEach((c) => codes.add(c));
        else placeNames.push(value);
      }
      const places = compileAnyPhrase(placeNames);
      return (f, out) => {
        out.value = f.locationLabel;
        out.evidence = undefined;
        return (f.countryCode !== undefined && codes.has(f.countryCode)) || (places !== null && places.test(f.locationText));
      };
    }
    case 'email_domain': {
      if (rule.domains === 'non_free') {
        return (f, out) => {
          out.value = f.companyEmailDomain ?? f.emailDomains[0];
          out.evidence = undefined;
          return f.companyEmailDomain !== undefined;
        };
      }
      const domains = rule.domains.map((d) => d.trim().toLowerCase());
      return (f, out) => {
        const hit = f.emailDomains.find((d) => domains.some((x) => d === x || d.endsWith(`.${x}`)));
        out.value = hit ?? f.emailDomains[0];
        out.evidence = undefined;
        return hit !== undefined;
      };
    }
    case 'has_field': {
      const field = rule.field.trim();
      return (f, out) => {
        const check = fieldCheck(f, field);
        out.value = check.shown;
        out.evidence = undefined;
        return check.present;
      };
    }
    case 'tag': {
      const phrases = phrasesOf(rule.tags).map((p) => p.needle.trim());
      return (f, out) => {
        const hit = phrases.find((t) => f.tags.has(t));
        out.value = hit !== undefined ? f.tags.get(hit) : undefined;
        out.evidence = undefined;
        return hit !== undefined;
      };
    }
  }
}

function testKeyOf(rule: LeafRule): string {
  const { id: _id, weight: _weight, required: _required, not: _not, ...test } = rule;
  return JSON.stringify(test);
}

/** Compiles a rule tree. `weighted: false` for talking-point conditions, where only truth matters. */
export function compileRules(rule: Rule, rootPath: (string | number)[] = ['rules'], weighted = true): CompiledRules {
  const leaves: CompiledLeaf[] = [];
  const required: RequiredCheck[] = [];
  const visit = (node: Rule, path: (string | number)[], negateFromAbove: boolean): CompiledNode => {
    const negate = negateFromAbove !== Boolean(node.not);
    let compiled: CompiledNode;
    if (isRuleGroup(node)) {
      const start = leaves.length;
      const children = node.rules.map((child, i) => visit(child, [...path, 'rules', i], negate));
      const op = negate ? (node.op === 'and' ? 'or' : 'and') : node.op;
      const maxima = children.map((c) => (c.kind === 'leaf' ? c.weight : c.maxWeight));
      compiled = {
        kind: 'group',
        op,
        children,
        start,
        end: leaves.length,
        maxWeight: op === 'or' ? Math.max(0, ...maxima) : maxima.reduce((a, b) => a + b, 0),
      };
    } else {
      const leaf: CompiledLeaf = {
        kind: 'leaf',
        index: leaves.length,
        path: formatPath(path),
        description: (negate ? 'not ' : '') + describeLeaf(node),
        weight: weighted ? node.weight : 0,
        negated: negate,
        test: compileTest(node),
        testKey: testKeyOf(node),
        absentLabel: absentLabel(node),
      };
      if (node.id) leaf.ruleId = node.id;
      leaves.push(leaf);
      compiled = leaf;
    }
    if (node.required) {
      const check: RequiredCheck = { path: formatPath(path), node: compiled, invert: negateFromAbove };
      if (node.id) check.ruleId = node.id;
      required.push(check);
    }
    return compiled;
  };
  const root = visit(rule, rootPath, false);
  return { root, leaves, required, maxWeight: root.kind === 'leaf' ? root.weight : root.maxWeight };
}

/** Whether a compiled node holds, given each leaf's (negation-applied) outcome. */
export function nodeHolds(node: CompiledNode, held: ArrayLike<boolean | number>): boolean {
  if (node.kind === 'leaf') return Boolean(held[node.index]);
  const children = node.children;
  if (node.op === 'and') {
    for (let i = 0; i < children.length; i++) if (!nodeHolds(children[i]!, held)) return false;
    return true;
  }
  for (let i = 0; i < children.length; i++) if (nodeHolds(children[i]!, held)) return true;
  return false;
}

type CreditArray = { [i: number]: number };

/**
 * Points a node earns, writing each leaf's credited weight into `credit`.
 * A leaf earns its weight when it holds. An AND group earns the sum of its children (partial credit).
 * An OR group earns only its best child — alternatives are not added up, so listing five synonyms for one idea
 * does not outweigh one strong signal; its maximum is its best child's maximum. Leaves of the other
 * alternatives are credited 0 even when they hold; on a tie the first alternative is credited.
 */
export function scoreNode(node: CompiledNode, held: ArrayLike<boolean | number>, credit: CreditArray): number {
  if (node.kind === 'leaf') {
    const earned = held[node.index] ? node.weight : 0;
    credit[node.index] = earned;
    return earned;
  }
  const children = node.children;
  if (node.op === 'and') {
    let sum = 0;
    for (let i = 0; i < children.length; i++) sum += scoreNode(children[i]!, held, credit);
    return sum;
  }
  let best = -1;
  let bestIndex = -1;
  for (let i = 0; i < children.length; i++) {
    const earned = scoreNode(children[i]!, held, credit);
    if (earned > best) {
      best = earned;
      bestIndex = i;
    }
  }
  for (let i = 0; i < children.length; i++) {
    if (i === bestIndex) continue;
    const child = children[i]!;
    if (child.kind === 'leaf') credit[child.index] = 0;
    else for (let j = child.start; j < child.end; j++) credit[j] = 0;
  }
  return best > 0 ? best : 0;
}

/** Evaluates only whether a compiled rule tree holds (talking-point conditions). */
export function rulesHold(compiled: CompiledRules, features: ProspectFeatures): boolean {
  const out = { value: undefined as string | undefined, evidence: undefined as string | undefined };
  const held = compiled.leaves.map((leaf) => leaf.test(features, out) !== leaf.negated);
  return nodeHolds(compiled.root, held);
}
