// The distinct leaf tests of a set of segments, grouped by the prospect fields they read, with each group's results
// kept per value of those fields. Many prospects share a title, a place, an industry or a size band, so the bulk path
// (score, matchedIds) runs a test only the first time it meets a value and folds a prospect's text only then.
//
// A group's key must capture everything its tests read from the prospect: two prospects with the same key get the
// same results. A key function returns null when a value is unusual enough not to key (then the tests just run).
import { isPresent, fieldValue, prospectFeatures, type ProspectFeatures } from './prospect-features';
import type { CompiledLeaf } from './compile-rules';
import type { ProspectFields } from '../prospect';

type GroupKey = string | number | null;
type KeyOf = (prospect: ProspectFields) => GroupKey;

export interface TestGroup {
  /** Test indexes (in the table) of this group. */
  tests: Int32Array;
  keyOf: KeyOf;
  /** Test results per key: 1 held, 0 failed (before negation). */
  cache: Map<string | number, Uint8Array>;
}

/** Past this many keys a group's cache starts over (bounded memory on very varied data). */
const MAX_GROUP_KEYS = 20_000;
const SEP = '\u0001';

const textOrEmpty = (v: unknown): string | null => (v === undefined ? '' : typeof v === 'string' ? v : null);

export function titleKey(p: ProspectFields): GroupKey {
  const title = textOrEmpty(p.title);
  const headline = textOrEmpty(p.headline);
  return title === null || headline === null ? null : title + SEP + headline;
}

export function industryKey(p: ProspectFields): GroupKey {
  return textOrEmpty(p.industry);
}

export function locationKey(p: ProspectFields): GroupKey {
  const loc = p.location;
  if (loc === undefined) return SEP;
  if (!loc || typeof loc !== 'object') return null;
  const city = textOrEmpty(loc.city);
  const region = textOrEmpty(loc.region);
  const country = textOrEmpty(loc.country);
  const raw = textOrEmpty(loc.raw);
  if (city === null || region === null || country === null || raw === null) return null;
  return SEP + city + SEP + region + SEP + country + SEP + raw;
}

function seniorityKey(p: ProspectFields): GroupKey {
  return textOrEmpty(p.seniority);
}

function departmentKey(p: ProspectFields): GroupKey {
  const department = textOrEmpty(p.department);
  const list = p.departments;
  if (department === null) return null;
  if (list === undefined) return department;
  if (!Array.isArray(list) || !list.every((d) => typeof d === 'string')) return null;
  return department + SEP + list.join(SEP);
}

function sizeKey(p: ProspectFields): GroupKey {
  const size = p.companySize;
  return typeof size === 'number' ? size : size === undefined ? 'none' : null;
}

/**
 * Email rules read only the domains (which repeat across a company), not the addresses (which never do). The key is
 * the text after each address's last @, which is all emailDomain() reads.
 */
function emailKey(p: ProspectFields): GroupKey {
  const emails = p.emails;
  if (emails === undefined || emails === null || emails.length === 0) return '';
  if (!Array.isArray(emails)) return null;
  let key = '';
  for (const email of emails) {
    if (typeof email !== 'string') return null;
    const at = email.lastIndexOf('@');
    key += (at < 0 ? '\u0002' : email.slice(at + 1)) + SEP;
  }
  return key;
}

function tagKey(p: ProspectFields): GroupKey {
  const tags = p.tags;
  if (tags === undefined || tags === null || tags.length === 0) return '';
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return null;
  return tags.join(SEP);
}

/** has_field reads only whether the field is present. */
function presenceKey(field: string): KeyOf {
  return (p) => (isPresent(fieldValue(p, field)) ? 1 : 0);
}

const KEY_OF_TYPE: Record<string, KeyOf> = {
  seniority_in: seniorityKey,
  department_in: departmentKey,
  keywords: titleKey,
  industry_in: industryKey,
  company_size: sizeKey,
  location_in: locationKey,
  email_domain: emailKey,
  tag: tagKey,
};

/** Groups the distinct tests (by their testKey, in table order) by what they read. */
export function groupTests(testKeys: readonly string[]): TestGroup[] {
  const members = new Map<string, { keyOf: KeyOf; tests: number[] }>();
  testKeys.forEach((testKey, index) => {
    const rule = JSON.parse(testKey) as { type: string; field?: string };
    const name = rule.type === 'has_field' ? `has_field:${String(rule.field).trim()}` : rule.type;
    let group = members.get(name);
    if (!group) {
      const keyOf = rule.type === 'has_field' ? presenceKey(String(rule.field).trim()) : KEY_OF_TYPE[rule.type];
      if (!keyOf) throw new Error(`No feature key for rule type ${rule.type}`);
      group = { keyOf, tests: [] };
      members.set(name, group);
    }
    group.tests.push(index);
  });
  return [...members.values()].map(({ keyOf, tests }) => ({ keyOf, tests: Int32Array.from(tests), cache: new Map() }));
}

const leafOut = { value: undefined as string | undefined, evidence: undefined as string | undefined };

/** Results arrays by content, per group: equal results share one array, so they can key the signature cache. */
const interned = new WeakMap<TestGroup, Map<string, Uint8Array>>();

function intern(group: TestGroup, results: Uint8Array): Uint8Array {
  let byContent = interned.get(group);
  if (!byContent) interned.set(group, (byContent = new Map()));
  const content = results.join('');
  const known = byContent.get(content);
  if (known) return known;
  if (byContent.size >= MAX_GROUP_KEYS) byContent.clear();
  byContent.set(content, results);
  return results;
}

/**
 * Writes each group's results for this prospect into `out` (one array per group, in group order; equal results are
 * the same array). The prospect's text is folded (prospectFeatures) only when a group meets a value it has not seen.
 */
export function groupResults(prospect: ProspectFields, tests: readonly CompiledLeaf['test'][], groups: readonly TestGroup[], out: Uint8Array[]): void {
  let features: ProspectFeatures | undefined;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const key = group.keyOf(prospect);
    let results = key === null ? undefined : group.cache.get(key);
    if (results === undefined) {
      const idx = group.tests;
      features ??= prospectFeatures(prospect);
      results = new Uint8Array(idx.length);
      for (let j = 0; j < idx.length; j++) results[j] = tests[idx[j]!]!(features, leafOut) ? 1 : 0;
      results = intern(group, results);
      if (key !== null) {
        if (group.cache.size >= MAX_GROUP_KEYS) group.cache.clear();
        group.cache.set(key, results);
      }
    }
    out[g] = results;
  }
}

/** Spreads the groups' results (from groupResults) into one result per test: 1 held, 0 failed (before negation). */
export function writeTestStates(results: readonly Uint8Array[], groups: readonly TestGroup[], state: Uint8Array): void {
  for (let g = 0; g < groups.length; g++) {
    const idx = groups[g]!.tests;
    const r = results[g]!;
    for (let j = 0; j < idx.length; j++) state[idx[j]!] = r[j]!;
  }
}

/**
 * Answers cached per signature: the tuple of a prospect's group results. Prospects with the same signature get
 * the same scores, so most of 100,000 prospects are answered by a few map lookups.
 */
export class SignatureCache<T> {
  private root = new Map<Uint8Array, unknown>();
  private size = 0;
  constructor(private readonly limit = 50_000) {}

  get(signature: readonly Uint8Array[]): T | undefined {
    let node: Map<Uint8Array, unknown> | undefined = this.root;
    const last = signature.length - 1;
    for (let g = 0; g < last && node; g++) node = node.get(signature[g]!) as Map<Uint8Array, unknown> | undefined;
    return node?.get(signature[last]!) as T | undefined;
  }

  set(signature: readonly Uint8Array[], value: T): void {
    if (this.size >= this.limit) {
      this.root = new Map();
      this.size = 0;
    }
    let node = this.root;
    const last = signature.length - 1;
    for (let g = 0; g < last; g++) {
      let next = node.get(signature[g]!) as Map<Uint8Array, unknown> | undefined;
      if (!next) node.set(signature[g]!, (next = new Map()));
      node = next;
    }
    node.set(signature[last]!, value);
    this.size++;
  }
}
