import { describe, expect, it } from 'vitest';
import { compileSegments, describeReason, matchSegments } from '../../../../src/domain/segments/match';
import { engineeringManager, founder, geschaeftsfuehrer, prospect, segment, vpSales } from '../../../support/segments';
import type { LeafRule, Rule, RuleGroup } from '../../../../src/domain/segments/segment-schema';

/** Score of a one-rule segment: 100 when the rule holds, 0 when not. */
function holds(rule: Rule, p = vpSales): boolean {
  const leaf = rule;
  const [m] = matchSegments(p, [segment('s', { op: 'and', rules: [leaf] })]);
  return m!.score === 100;
}
const kw = (keywords: string[], extra: Partial<Extract<LeafRule, { type: 'keywords' }>> = {}): LeafRule => ({ type: 'keywords', keywords, weight: 10, ...extra });

describe('matchSegments: a VP of Sales at a 200-person SaaS company', () => {
  const salesLeaders = segment('sales-leaders', {
    op: 'and',
    rules: [
      { id: 'leadership', type: 'seniority_in', values: ['vp', 'director'], weight: 30, required: true },
      { type: 'department_in', values: ['sales'], weight: 30 },
      { type: 'industry_in', values: ['software', 'saas'], weight: 20 },
      { type: 'company_size', min: 50, max: 1000, weight: 20 },
    ],
  }, { name: 'Sales leaders', threshold: 70 });
  const marketers = segment('marketers', {
    op: 'and',
    rules: [
      { type: 'department_in', values: ['marketing'], weight: 50, required: true },
      { type: 'company_size', min: 100, weight: 50 },
    ],
  }, { name: 'Marketers', threshold: 50 });

  it('scores every segment, the match first, with one reason per leaf rule', () => {
    const [first, second] = matchSegments(vpSales, [marketers, salesLeaders]);
    expect(first).toMatchObject({ segmentId: 'sales-leaders', score: 100, matched: true, failedRequired: [] });
    expect(first!.reasons.map(describeReason)).toEqual([
      'VP of Sales → seniority in (vp, director) +30',
      'VP of Sales → department in (sales) +30',
      'Computer Software → industry matches (software, saas) +20',
      '200 → company size 50–1000 +20',
    ]);
    expect(first!.reasons[0]).toMatchObject({ ruleId: 'leadership', path: 'rules.rules[0]', held: true, weight: 30, contribution: 30, value: 'vp', required: true });
    // Company size holds but the required department fails: scored, not matched.
    expect(second).toMatchObject({ segmentId: 'marketers', score: 50, matched: false, failedRequired: ['rules.rules[0]'] });
    expect(describeReason(second!.reasons[0]!)).toBe('VP of Sales ✗ department in (marketing) +0 (required)');
  });

  it('normalises weights that do not add up to 100', () => {
    const s = segment('s', { op: 'and', rules: [
      { type: 'seniority_in', values: ['vp'], weight: 3 },
      { type: 'tag', tags: ['webinar'], weight: 1 },
    ] });
    const [m] = matchSegments(vpSales, [s]);
    expect(m!.score).toBe(75);
    expect(m!.reasons.map((r) => r.contribution)).toEqual([75, 0]);
    expect(describeReason(m!.reasons[1]!)).toBe('no matching tag ✗ tagged "webinar" +0');
  });

  it('is not matched below the threshold even with every required rule held', () => {
    const s = segment('s', { op: 'and', rules: [
      { type: 'seniority_in', values: ['vp'], weight: 40, required: true },
      { type: 'industry_in', values: ['healthcare'], weight: 60 },
    ] }, { threshold: 41 });
    expect(matchSegments(vpSales, [s])[0]).toMatchObject({ score: 40, matched: false, failedRequired: [] });
  });

  it('treats absent seniority and department as absent (no title parsing here)', () => {
    const noSeniority = { ...vpSales, seniority: undefined, department: undefined };
    const s = segment('s', { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 10 }] });
    const [m] = matchSegments(noSeniority, [s]);
    expect(m!.score).toBe(0);
    expect(describeReason(m!.reasons[0]!)).toBe('no seniority ✗ seniority in (vp) +0');
  });
});

describe('OR groups and NOT', () => {
  it('credits only the best alternative of an OR group, and its maximum is the best alternative', () => {
    const s = segment('s', { op: 'and', rules: [
      { op: 'or', rules: [
        { type: 'department_in', values: ['sales'], weight: 20 },
        kw(['sales'], { weight: 30 }),
      ] },
      { type: 'tag', tags: ['vip'], weight: 30 },
    ] });
    const [m] = matchSegments(vpSales, [s]);
    // Attainable = max(20, 30) + 30 = 60; earned = 30 (the keyword alternative).
    expect(m!.score).toBe(50);
    expect(m!.reasons.map((r) => [r.held, r.contribution])).toEqual([[true, 0], [true, 50], [false, 0]]);
    expect(describeReason(m!.reasons[0]!)).toBe('VP of Sales → department in (sales) +0 (another alternative counted)');
  });

  it('applies NOT on a single rule and pushes NOT on a group down to its leaves', () => {
    expect(holds({ type: 'seniority_in', values: ['intern'], weight: 10, not: true })).toBe(true);
    // not (vp or founder) = not vp and not founder: fails for a VP.
    const notGroup: Rule = { op: 'or', not: true, rules: [
      { type: 'seniority_in', values: ['vp'], weight: 10 },
      { type: 'seniority_in', values: ['founder'], weight: 10 },
    ] };
    const [m] = matchSegments(vpSales, [segment('s', { op: 'and', rules: [notGroup] })]);
    expect(m!.reasons.map((r) => [r.description, r.held])).toEqual([
      ['not seniority in (vp)', false],
      ['not seniority in (founder)', true],
    ]);
    expect(m!.score).toBe(50);
    // Nested NOT: not (not vp) = vp.
    const doubleNot: Rule = { op: 'and', not: true, rules: [{ type: 'seniority_in', values: ['vp'], weight: 10, not: true }] };
    expect(holds(doubleNot)).toBe(true);
    expect(holds(doubleNot, founder)).toBe(false);
  });

  it('checks a required group as written, including its NOT', () => {
    const s = segment('s', { op: 'and', rules: [
      { id: 'no-recruiters', op: 'or', not: true, required: true, rules: [kw(['recruiter']), kw(['talent acquisition'])] },
      { type: 'seniority_in', values: ['vp'], weight: 10 },
    ] }, { threshold: 0 });
    expect(matchSegments(vpSales, [s])[0]).toMatchObject({ matched: true, failedRequired: [] });
    const recruiter = { ...vpSales, title: 'VP Talent Acquisition' };
    expect(matchSegments(recruiter, [s])[0]).toMatchObject({ matched: false, failedRequired: ['no-recruiters'] });
  });
});

describe('rule types', () => {
  it('keywords: whole words, so CTO is not found in "director" and "sales" not in "salesforce"', () => {
    const director = { ...vpSales, title: 'Director of Engineering', headline: undefined };
    expect(holds(kw(['CTO']), director)).toBe(false);
    expect(holds(kw(['director']), director)).toBe(true);
    expect(holds(kw(['sales']), { ...vpSales, title: 'Salesforce Admin', headline: undefined })).toBe(false);
    expect(holds(kw(['salesforce admin']), { ...vpSales, title: 'Salesforce Admin', headline: undefined })).toBe(true);
  });

  it('keywords: case and accents ignored, multi-word phrases, prefix form with *', () => {
    const german = { ...geschaeftsfuehrer };
    expect(holds(kw(['geschaftsfuhrer']), german)).toBe(true);
    expect(holds(kw(['GESCHÄFTSFÜHRER']), german)).toBe(true);
    expect(holds(kw(['Geschäfts*']), german)).toBe(true);
    expect(holds(kw(['vp of sales']))).toBe(true);
    expect(holds(kw(['vp sales']))).toBe(false);
    expect(holds(kw(['Bassler'], { in: 'title' }), { ...german, title: 'Jürgen Baßler, CEO' })).toBe(true);
    expect(holds(kw(['Directrice']), { ...vpSales, title: 'DIRECTRICE Marketing' })).toBe(true);
  });

  it('keywords: title, headline or both; any or all', () => {
    expect(holds(kw(['b2b saas'], { in: 'title' }))).toBe(false);
    expect(holds(kw(['b2b saas'], { in: 'headline' }))).toBe(true);
    expect(holds(kw(['b2b saas'], { in: 'both' }))).toBe(true);
    expect(holds(kw(['vp', 'saas'], { match: 'all' }))).toBe(true);
    expect(holds(kw(['vp', 'saas'], { match: 'all', in: 'title' }))).toBe(false);
    // A phrase never spans the title and the headline.
    expect(holds(kw(['sales vp']), { ...vpSales, title: 'Head of Sales', headline: 'VP candidate' })).toBe(false);
    const [m] = matchSegments(vpSales, [segment('s', { op: 'and', rules: [kw(['saas'])] })]);
    expect(m!.reasons[0]!.value).toBe(vpSales.headline);
  });

  it('industry_in: keyword-aware, accent-insensitive', () => {
    expect(holds({ type: 'industry_in', values: ['software'], weight: 1 })).toBe(true);
    expect(holds({ type: 'industry_in', values: ['soft'], weight: 1 })).toBe(false);
    expect(holds({ type: 'industry_in', values: ['Softwareentwicklung'], weight: 1 }, geschaeftsfuehrer)).toBe(true);
    expect(holds({ type: 'industry_in', values: ['télécommunications'], weight: 1 }, { ...vpSales, industry: 'Telecommunications' })).toBe(true);
  });

  it('company_size: inclusive range, open ends, absent size fails', () => {
    expect(holds({ type: 'company_size', min: 200, max: 200, weight: 1 })).toBe(true);
    expect(holds({ type: 'company_size', max: 199, weight: 1 })).toBe(false);
    expect(holds({ type: 'company_size', min: 1, weight: 1 }, { ...vpSales, companySize: undefined })).toBe(false);
  });

  it('location_in: country codes and names in several languages, regions, cities and groupings', () => {
    const loc = (values: string[], p = vpSales) => holds({ type: 'location_in', values, weight: 1 }, p);
    expect(loc(['US'])).toBe(true);
    expect(loc(['USA'])).toBe(true);
    expect(loc(['United States of America'])).toBe(true);
    expect(loc(['Texas'])).toBe(true); // from the region code TX
    expect(loc(['austin'])).toBe(true);
    expect(loc(['DE'])).toBe(false);
    expect(loc(['DE'], geschaeftsfuehrer)).toBe(true);
    expect(loc(['Germany'], geschaeftsfuehrer)).toBe(true);
    expect(loc(['DACH'], geschaeftsfuehrer)).toBe(true);
    expect(loc(['Munchen'], geschaeftsfuehrer)).toBe(true);
    expect(loc(['UK'], founder)).toBe(true);
    expect(loc(['GB'], founder)).toBe(true);
    expect(loc(['EU'], founder)).toBe(false);
    expect(loc(['EU'], engineeringManager)).toBe(true);
    expect(loc(['CA'], prospect({ location: { raw: 'San Jose, CA' } }))).toBe(false); // CA as a value is Canada
    expect(loc(['California'], prospect({ location: { raw: 'San Jose, CA' } }))).toBe(true);
    expect(loc(['Canada'], prospect({ location: { city: 'Toronto', country: 'CA' } }))).toBe(true);
  });

  it('email_domain: listed domains (with subdomains) or any non-free domain', () => {
    expect(holds({ type: 'email_domain', domains: ['brightloop.io'], weight: 1 })).toBe(true);
    expect(holds({ type: 'email_domain', domains: ['brightloop.io'], weight: 1 }, prospect({ emails: ['x@eu.brightloop.io'] }))).toBe(true);
    expect(holds({ type: 'email_domain', domains: ['loop.io'], weight: 1 })).toBe(false);
    expect(holds({ type: 'email_domain', domains: 'non_free', weight: 1 })).toBe(true);
    expect(holds({ type: 'email_domain', domains: 'non_free', weight: 1 }, founder)).toBe(false);
    expect(holds({ type: 'email_domain', domains: 'non_free', weight: 1 }, prospect({ emails: ['a@yahoo.co.uk', 'b@hotmail.de', 'c@gmx.net'] }))).toBe(false);
    expect(holds({ type: 'email_domain', domains: 'non_free', weight: 1 }, prospect({ emails: ['a@gmail.com', 'a@acme.example'] }))).toBe(true);
  });

  it('has_field: present and non-empty, including nested and profile fields', () => {
    expect(holds({ type: 'has_field', field: 'profiles.linkedin', weight: 1 })).toBe(true);
    expect(holds({ type: 'has_field', field: 'profiles.github', weight: 1 })).toBe(false);
    expect(holds({ type: 'has_field', field: 'location.city', weight: 1 })).toBe(true);
    expect(holds({ type: 'has_field', field: 'phones', weight: 1 })).toBe(false);
    expect(holds({ type: 'has_field', field: 'company', weight: 1 }, prospect({ company: '   ' }))).toBe(false);
  });

  it('tag: case- and accent-insensitive', () => {
    expect(holds({ type: 'tag', tags: ['yc'], weight: 1 }, founder)).toBe(true);
    expect(holds({ type: 'tag', tags: ['Konferenz'], weight: 1 }, prospect({ tags: ['konferénz'] }))).toBe(true);
    expect(holds({ type: 'tag', tags: ['vip'], weight: 1 }, founder)).toBe(false);
  });
});

describe('ordering', () => {
  const rule = (weight: number): RuleGroup => ({ op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight }, { type: 'tag', tags: ['x'], weight: 100 - weight }] });

  it('sorts matched first, then score, priority, name and id, stable for full ties', () => {
    const segments = [
      segment('z-low', rule(30), { name: 'Low', threshold: 0 }),
      segment('b-tie', rule(50), { name: 'Tie', threshold: 0, priority: 1 }),
      segment('a-tie', rule(50), { name: 'Tie', threshold: 0, priority: 1 }),
      segment('c-tie', rule(50), { name: 'Alpha', threshold: 0, priority: 1 }),
      segment('d-high-priority', rule(50), { name: 'Zulu', threshold: 0, priority: 9 }),
      segment('e-unmatched', rule(90), { name: 'Unmatched', threshold: 95 }),
      segment('dup', rule(50), { name: 'Dup', threshold: 0 }),
      segment('dup', rule(50), { name: 'Dup', threshold: 0, description: 'second' }),
    ];
    const ids = matchSegments(vpSales, segments).map((m) => `${m.segmentId}:${m.score}:${m.matched ? 'm' : '-'}`);
    expect(ids).toEqual(['d-high-priority:50:m', 'c-tie:50:m', 'a-tie:50:m', 'b-tie:50:m', 'dup:50:m', 'dup:50:m', 'z-low:30:m', 'e-unmatched:90:-']);
    // Same result with the input reversed, apart from the two identical "dup" segments keeping input order.
    const reversed = matchSegments(vpSales, [...segments].reverse()).map((m) => `${m.segmentId}:${m.score}:${m.matched ? 'm' : '-'}`);
    expect(reversed).toEqual(ids);
  });

  it('compileSegments gives the same answer as matchSegments, and score() the same order without reasons', () => {
    const segments = [segment('a', rule(40), { threshold: 0 }), segment('b', rule(60), { threshold: 50 })];
    const matcher = compileSegments(segments);
    for (const p of [vpSales, founder, engineeringManager]) {
      const full = matcher.match(p);
      expect(full).toEqual(matchSegments(p, segments));
      expect(matcher.score(p).map((s) => [s.segmentId, s.score, s.matched])).toEqual(full.map((s) => [s.segmentId, s.score, s.matched]));
      expect(matcher.explain(p, 'b')).toEqual(full.find((m) => m.segmentId === 'b'));
    }
    expect(matcher.explain(vpSales, 'missing')).toBeUndefined();
  });

  it('shares one evaluation of identical rules across segments without mixing their weights', () => {
    const a = segment('a', { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 10 }, { type: 'tag', tags: ['x'], weight: 10 }] });
    const b = segment('b', { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 30, not: true }, { type: 'tag', tags: ['x'], weight: 10 }] });
    const [ma, mb] = compileSegments([a, b]).match(vpSales).sort((x, y) => x.segmentId.localeCompare(y.segmentId));
    expect(ma!.score).toBe(50);
    expect(mb!.score).toBe(0);
    expect(mb!.reasons[0]).toMatchObject({ held: false, description: 'not seniority in (vp)', value: 'vp' });
  });
});

describe('realistic prospects against each other', () => {
  const segments = [
    segment('founders', { op: 'and', rules: [
      { op: 'or', required: true, rules: [
        { type: 'seniority_in', values: ['founder', 'owner'], weight: 40 },
        kw(['founder', 'co-founder', 'Gründer*'], { weight: 40 }),
        { op: 'and', rules: [kw(['CEO', 'Geschäftsführer*'], { weight: 30, in: 'title' }), { type: 'company_size', max: 50, weight: 10 }] },
      ] },
      { type: 'company_size', max: 50, weight: 40 },
      { type: 'tag', tags: ['yc'], weight: 20 },
    ] }, { threshold: 60 }),
    segment('engineering', { op: 'and', rules: [
      { type: 'department_in', values: ['engineering'], weight: 40, required: true },
      { type: 'has_field', field: 'profiles.github', weight: 20 },
      kw(['engineering manager', 'head of engineering'], { weight: 40, in: 'title' }),
    ] }, { threshold: 60 }),
  ];

  it('matches the founder, the engineering manager and the Geschäftsführer to the right segment', () => {
    expect(matchSegments(founder, segments)[0]).toMatchObject({ segmentId: 'founders', score: 100, matched: true });
    expect(matchSegments(engineeringManager, segments)[0]).toMatchObject({ segmentId: 'engineering', score: 100, matched: true });
    const [top] = matchSegments(geschaeftsfuehrer, segments);
    expect(top).toMatchObject({ segmentId: 'founders', score: 80, matched: true });
    expect(top!.reasons.filter((r) => r.held).map(describeReason)).toEqual([
      'Geschäftsführer → title contains any of ("CEO", "Geschäftsführer*") +30',
      '35 → company size ≤ 50 +10',
      '35 → company size ≤ 50 +40',
    ]);
    expect(matchSegments(vpSales, segments).every((m) => !m.matched)).toBe(true);
  });
});

describe('department rules match any of the ranked departments', () => {
  const partnerships: Rule = { type: 'department_in', values: ['business_development'], weight: 40 };
  it('"Head of Sales & Partnerships" (sales, then business development) matches a partnerships rule', () => {
    const head = prospect({ title: 'Head of Sales & Partnerships', seniority: 'head', department: 'sales', departments: ['sales', 'business_development'] });
    expect(holds(partnerships, head)).toBe(true);
    expect(holds({ type: 'department_in', values: ['sales'], weight: 40 }, head)).toBe(true);
    expect(holds({ type: 'department_in', values: ['marketing'], weight: 40 }, head)).toBe(false);
  });
  it('ignores a ranked list whose primary is not the department (the rep changed it)', () => {
    const changed = prospect({ title: 'Head of Sales & Partnerships', department: 'marketing', departments: ['sales', 'business_development'] });
    expect(holds(partnerships, changed)).toBe(false);
  });
});
