import { describe, expect, it } from 'vitest';
import type { ProspectFields } from '../../../../src/domain/prospect';
import { compileSegments } from '../../../../src/domain/segments/match';
import { rematcher, segmentChange } from '../../../../src/domain/segments/rematch';
import { isRuleGroup, type LeafRule, type Rule, type Segment } from '../../../../src/domain/segments/segment-schema';
import { generateProspects } from '../../../support/db/generate';
import { seededRandom, variedSegments } from '../../../bench/support/varied-segments';

const NEW_LEAVES: LeafRule[] = [
  { type: 'seniority_in', values: ['vp', 'c_suite'], weight: 20 },
  { type: 'keywords', keywords: ['sales', 'operations'], in: 'title', weight: 15 },
  { type: 'industry_in', values: ['software*', 'logistics'], weight: 10 },
  { type: 'company_size', min: 100, max: 2000, weight: 10 },
  { type: 'location_in', values: ['France', 'DACH'], weight: 10 },
  { type: 'email_domain', domains: 'non_free', weight: 5 },
  { type: 'has_field', field: 'phones', weight: 5 },
  { type: 'tag', tags: ['conference-2026'], weight: 25 },
];

/** Prospects that differ in the fields rules read, with some fields missing (as real records have). */
function variedProspects(n: number, seed: number): ProspectFields[] {
  const rand = seededRandom(seed);
  return generateProspects(n, seed).map((p) => {
    const out: ProspectFields = { ...p };
    if (rand() < 0.2) delete out.seniority;
    if (rand() < 0.2) delete out.companySize;
    if (rand() < 0.15) delete out.industry;
    if (rand() < 0.1) delete out.location;
    if (rand() < 0.2) out.headline = `${p.title} | growth and platform operations`;
    if (rand() < 0.1) out.emails = [`someone${Math.floor(rand() * 50)}@gmail.com`];
    if (rand() < 0.1) out.phones = [];
    return out;
  });
}

function leafPaths(rule: Rule, path: number[] = []): number[][] {
  return isRuleGroup(rule) ? rule.rules.flatMap((r, i) => [path.concat(i), ...leafPaths(r, path.concat(i))]) : [];
}

function at(rule: Rule, path: number[]): Rule {
  return path.reduce<Rule>((node, i) => (isRuleGroup(node) ? node.rules[i]! : node), rule);
}

/** One random edit a rep could make in the segment editor, or a segment added or deleted. */
function randomEdit(segments: Segment[], rand: () => number, edit: number): { after: Segment[]; what: string } {
  const after = structuredClone(segments);
  const k = Math.floor(rand() * after.length);
  const s = after[k]!;
  const kind = after.length < 4 ? 8 : Math.floor(rand() * 9);
  const paths = leafPaths(s.rules);
  const path = paths[Math.floor(rand() * paths.length)] ?? [];
  const node = at(s.rules, path);
  switch (kind) {
    case 0: s.threshold = Math.floor(rand() * 90) + 5; return { after, what: `threshold of ${s.id}` };
    case 1: s.priority = Math.floor(rand() * 100); return { after, what: `priority of ${s.id}` };
    case 2: if (!isRuleGroup(node)) node.weight = Math.floor(rand() * 40); return { after, what: `weight in ${s.id}` };
    case 3: node.not = !node.not; return { after, what: `not in ${s.id}` };
    case 4: node.required = !node.required; return { after, what: `required in ${s.id}` };
    case 5: {
      const parent = at(s.rules, path.slice(0, -1));
      if (isRuleGroup(parent) && parent.rules.length > 1) parent.rules.splice(path[path.length - 1]!, 1);
      return { after, what: `rule removed from ${s.id}` };
    }
    case 6: {
      const parent = isRuleGroup(node) ? node : s.rules;
      parent.rules.push(structuredClone(NEW_LEAVES[Math.floor(rand() * NEW_LEAVES.length)]!));
      return { after, what: `rule added to ${s.id}` };
    }
    case 7: after.splice(k, 1); return { after, what: `deleted ${s.id}` };
    default: {
      const copy = { ...structuredClone(s), id: `${s.id}-copy${edit}`, name: `${s.name} copy ${edit}`, threshold: Math.floor(rand() * 60) + 20 };
      after.push(copy);
      return { after, what: `added ${copy.id}` };
    }
  }
}

describe('incremental re-match after a segment edit', () => {
  it('gives exactly the segment ids of a full re-match, for 150 random edits over varied prospects', () => {
    const rand = seededRandom(99);
    const prospects = variedProspects(400, 5);
    let segments = variedSegments(12, 3);
    let stored = prospects.map((p) => compileSegments(segments).matchedIds(p));
    let differing = 0;
    for (let edit = 0; edit < 150; edit++) {
      const { after, what } = randomEdit(segments, rand, edit);
      const incremental = rematcher(segments, after);
      const full = compileSegments(after);
      const next = prospects.map((p, i) => incremental.matchedIds(p, stored[i]!));
      const expected = prospects.map((p) => full.matchedIds(p));
      expect(next, what).toEqual(expected);
      differing += next.filter((ids, i) => ids.join() !== stored[i]!.join()).length;
      segments = after;
      stored = next;
    }
    // The edits did change who matches (a property test over edits that change nothing would prove little).
    expect(differing).toBeGreaterThan(1000);
  });

  it('knows an edit that matching does not read (a description) changes nothing', () => {
    const before = variedSegments(5, 1);
    const after = before.map((s, i) => (i === 2 ? { ...s, description: 'New words for the rep' } : s));
    const r = rematcher(before, after);
    expect(r.needed).toBe(false);
    expect(segmentChange(before, after)).toEqual({ changed: new Set(), removed: new Set() });
  });

  it('names the segments added, edited and removed', () => {
    const before = variedSegments(4, 1);
    const after = [{ ...before[0]!, threshold: before[0]!.threshold + 1 }, before[1]!, before[3]!, { ...before[1]!, id: 'fresh' }];
    expect(segmentChange(before, after)).toEqual({ changed: new Set([before[0]!.id, 'fresh']), removed: new Set([before[2]!.id]) });
  });
});

describe('bulk matching (matchedIds, score) agrees with match() and its reasons', () => {
  it('on varied prospects, including fields of unusual types', () => {
    const segments = variedSegments(30, 11);
    const matcher = compileSegments(segments);
    const prospects = variedProspects(600, 8);
    prospects.push({ ...prospects[0]!, emails: 'x@y.example' as unknown as string[], location: null as unknown as undefined });
    for (const p of prospects) {
      const full = matcher.match(p);
      expect(matcher.score(p).map((s) => [s.segmentId, s.score, s.matched, s.failedRequired])).toEqual(full.map((s) => [s.segmentId, s.score, s.matched, s.failedRequired]));
      expect(matcher.matchedIds(p)).toEqual(full.filter((m) => m.matched).map((m) => m.segmentId));
    }
  });
});
