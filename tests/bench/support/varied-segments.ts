// Realistic, varied segments for the matching benchmarks: each starter segment rewritten with its own weights,
// thresholds, size bands, list subsets and the odd extra rule, so few leaf tests are shared by accident.
// Every generated segment passes the product's own validation (validateSegments).
import { starterSegments } from '../../../src/domain/segments/starter-segments';
import { isRuleGroup, validateSegments, type LeafRule, type Rule, type Segment } from '../../../src/domain/segments/segment-schema';

/** mulberry32, as in src/db/testing/generate.ts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXTRA_RULES: LeafRule[] = [
  { type: 'has_field', field: 'phones', weight: 5 },
  { type: 'has_field', field: 'profiles.linkedin', weight: 5 },
  { type: 'tag', tags: ['conference-2026'], weight: 10 },
  { type: 'keywords', keywords: ['platform', 'growth', 'operations'], in: 'both', weight: 10 },
  { type: 'industry_in', values: ['logistics', 'manufacturing', 'retail'], weight: 10 },
  { type: 'location_in', values: ['Germany', 'France', 'United Kingdom'], weight: 5 },
];

function vary(rule: Rule, rand: () => number): Rule {
  if (isRuleGroup(rule)) return { ...rule, rules: rule.rules.map((r) => vary(r, rand)) };
  const r = structuredClone(rule) as LeafRule & Record<string, unknown>;
  if (r.type === 'company_size') {
    if (r.min !== undefined) r.min = Math.max(1, Math.round(r.min * (0.5 + rand())));
    if (r.max !== undefined) r.max = Math.max((r.min ?? 0) + 1, Math.round(r.max * (0.7 + rand())));
  }
  for (const key of ['values', 'keywords', 'tags'] as const) {
    const list = r[key];
    if (Array.isArray(list) && list.length > 2) {
      const kept = list.filter(() => rand() > 0.3);
      r[key] = kept.length ? kept : [list[0]];
    }
  }
  if (r.weight !== undefined && r.weight > 0) r.weight = Math.max(1, Math.round(r.weight * (0.6 + rand() * 0.8)));
  return r;
}

/** n distinct, valid segments derived from the starter set; the same for the same seed. */
export function variedSegments(n: number, seed = 7): Segment[] {
  const rand = seededRandom(seed);
  const base = starterSegments();
  const out: Segment[] = [];
  for (let k = 0; k < n; k++) {
    const s = base[k % base.length]!;
    let rules = vary(s.rules, rand);
    if (isRuleGroup(rules) && rand() < 0.5) {
      const extra = EXTRA_RULES[Math.floor(rand() * EXTRA_RULES.length)]!;
      rules = { ...rules, rules: [...rules.rules, structuredClone(extra)] };
    }
    out.push({
      ...structuredClone(s),
      id: `${s.id}-v${k}`,
      name: `${s.name} (${k})`,
      priority: Math.floor(rand() * 100),
      threshold: 30 + Math.floor(rand() * 50),
      rules: rules as Segment["rules"],
    });
  }
  const checked = validateSegments(out);
  if (!checked.ok) throw new Error(`Generated segments are invalid: ${JSON.stringify(checked.issues.slice(0, 3))}`);
  return checked.segments;
}
