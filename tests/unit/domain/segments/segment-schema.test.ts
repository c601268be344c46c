import { describe, expect, it } from 'vitest';
import { CHANNEL_LIMITS, CHANNELS, validateSegment, validateSegments, type Segment } from '../../../../src/domain/segments/segment-schema';

function valid(): Record<string, unknown> {
  return {
    id: 'sales-leaders',
    name: 'Sales leaders',
    description: 'VPs and heads of sales',
    priority: 10,
    threshold: 60,
    rules: {
      op: 'and',
      rules: [
        { type: 'seniority_in', values: ['vp', 'head'], weight: 30, required: true },
        { type: 'department_in', values: ['sales'], weight: 30 },
        { op: 'or', not: true, rules: [{ type: 'keywords', keywords: ['recruiter'], weight: 0 }] },
        { type: 'company_size', min: 50, max: 1000, weight: 20 },
      ],
    },
    talkingPoints: [{ id: 'p1', text: 'Teams like {{company|yours}} …', when: { type: 'has_field', field: 'company' } }],
    templates: [
      { id: 'e1', channel: 'email', name: 'Intro', subject: 'Hi {{firstName|there}}', body: 'Hi {{firstName|there}},\n\nShort note.' },
      { id: 'c1', channel: 'linkedin_connect', name: 'Note', body: 'Hi {{firstName|there}}, let us connect.' },
    ],
  };
}

function issuesOf(input: unknown) {
  const result = validateSegment(input);
  if (result.ok) throw new Error('expected validation to fail');
  return result.issues;
}

describe('validateSegment', () => {
  it('accepts a well-formed segment and returns it typed', () => {
    const result = validateSegment(valid());
    expect(result.ok).toBe(true);
    if (result.ok) {
      const s: Segment = result.segment;
      expect(s.rules.rules).toHaveLength(4);
      // Condition weights are optional and default to 0.
      expect(s.talkingPoints[0]!.when).toEqual({ type: 'has_field', field: 'company', weight: 0 });
    }
  });

  it('reports a negative weight with the path of the field', () => {
    const input = valid();
    ((input.rules as { rules: Record<string, unknown>[] }).rules[2]!.rules as Record<string, unknown>[])[0]!.weight = -5;
    (input.rules as { rules: Record<string, unknown>[] }).rules[1]!.weight = 'heavy';
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: 'rules.rules[1].weight', message: 'Weight must be a number' });
    expect(issues).toContainEqual({ path: 'rules.rules[2].rules[0].weight', message: 'Weight must be 0 or more' });
  });

  it('names unknown rule types, unknown fields and missing fields', () => {
    const input = valid();
    const rules = (input.rules as { rules: Record<string, unknown>[] }).rules;
    rules[0] = { type: 'seniority_is', values: ['vp'], weight: 1 };
    rules[1] = { type: 'department_in', values: ['sales'], wieght: 30 };
    const issues = issuesOf(input);
    expect(issues.find((i) => i.path === 'rules.rules[0].type')?.message).toMatch(/^Unknown rule type "seniority_is"; use one of seniority_in, /);
    expect(issues).toContainEqual({ path: 'rules.rules[1].weight', message: 'Missing required field "weight"' });
    expect(issues).toContainEqual({ path: 'rules.rules[1].wieght', message: 'Unknown field "wieght" in a department_in rule' });
  });

  it('lists the allowed seniorities when a value is not one of them', () => {
    const input = valid();
    (input.rules as { rules: Record<string, unknown>[] }).rules[0]!.values = ['vp', 'boss'];
    const [issue] = issuesOf(input);
    expect(issue!.path).toBe('rules.rules[0].values[1]');
    expect(issue!.message).toMatch(/^Seniority must be one of: owner, founder, c_suite/);
  });

  it('checks threshold range, slug ids and a rules group at the top', () => {
    const input = { ...valid(), id: 'Sales Leaders!', threshold: 120, rules: { type: 'tag', tags: ['x'], weight: 1 } };
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: 'threshold', message: 'Threshold must be from 0 to 100' });
    expect(issues.find((i) => i.path === 'id')?.message).toMatch(/must be a slug/);
    expect(issues).toContainEqual({ path: 'rules', message: 'Rules must be a group: {"op": "and" | "or", "rules": [...]}' });
  });

  it('catches empty groups, min above max and keywords with nothing to match', () => {
    const input = valid();
    const rules = (input.rules as { rules: unknown[] }).rules;
    rules.push({ op: 'or', rules: [] });
    const ok = validateSegment(input);
    expect(ok.ok).toBe(false);
    expect(!ok.ok && ok.issues).toContainEqual({ path: 'rules.rules[4].rules', message: 'A group needs at least one rule' });

    const input2 = valid();
    const rules2 = (input2.rules as { rules: unknown[] }).rules;
    rules2[3] = { type: 'company_size', min: 500, max: 50, weight: 10 };
    rules2.push({ type: 'keywords', keywords: ['sales', '!!!'], weight: 5 });
    rules2.push({ type: 'company_size', weight: 5 });
    const issues = issuesOf(input2);
    expect(issues).toContainEqual({ path: 'rules.rules[3].max', message: '"max" (50) is below "min" (500)' });
    expect(issues).toContainEqual({ path: 'rules.rules[4].keywords[1]', message: '"!!!" has no letters or digits to match' });
    expect(issues).toContainEqual({ path: 'rules.rules[5]', message: 'A company_size rule needs "min", "max" or both' });
  });

  it('rejects a segment no prospect could score on', () => {
    const input = valid();
    input.rules = { op: 'and', rules: [{ type: 'tag', tags: ['x'], weight: 0 }] };
    expect(issuesOf(input)).toContainEqual({ path: 'rules', message: 'At least one rule needs a weight above 0, or no prospect can score' });
  });

  it('rejects unknown placeholders, broken sections and wrong subjects in templates', () => {
    const input = valid();
    input.templates = [
      { id: 'e1', channel: 'email', name: 'Intro', subject: 'About {{compnay}}', body: 'Hi {{firstName}},{{#company}} at {{company}}' },
      { id: 'e1', channel: 'linkedin_connect', name: 'Note', subject: 'Nope', body: 'Hi {{first name}}' },
      { id: 'i1', channel: 'linkedin_inmail', name: 'InMail', body: 'x' },
    ];
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: 'templates[0].subject', message: 'Unknown placeholder "compnay" (at character 7)' });
    expect(issues.find((i) => i.path === 'templates[0].body')?.message).toMatch(/Section "\{\{#company\}\}" is never closed/);
    expect(issues).toContainEqual({ path: 'templates[1].id', message: 'Template id "e1" is used twice' });
    expect(issues).toContainEqual({ path: 'templates[1].subject', message: 'A linkedin_connect message has no subject; remove it' });
    expect(issues.find((i) => i.path === 'templates[1].body')?.message).toMatch(/"\{\{first name\}\}" is not a valid placeholder/);
    expect(issues).toContainEqual({ path: 'templates[2].subject', message: 'A linkedin_inmail template needs a subject' });
  });

  it('rejects a connection note whose fixed text alone is over 300 characters', () => {
    const input = valid();
    input.templates = [{ id: 'c1', channel: 'linkedin_connect', name: 'Long', body: `Hi {{firstName}}, ${'word '.repeat(70)}` }];
    expect(issuesOf(input)[0]).toEqual({ path: 'templates[0].body', message: 'The fixed text alone is 354 characters; linkedin_connect allows 300' });
  });

  it('validates talking-point conditions and placeholders', () => {
    const input = valid();
    input.talkingPoints = [
      { id: 'p1', text: 'For {{segment.name}}', when: { type: 'has_field', field: 'favouriteColour' } },
      { id: 'p1', text: 'Hello {{nope}}' },
    ];
    const issues = issuesOf(input);
    expect(issues.find((i) => i.path === 'talkingPoints[0].when.field')?.message).toMatch(/^Unknown prospect field "favouriteColour"/);
    // Schema errors come first; fix them and the semantic checks run.
    (input.talkingPoints as Record<string, unknown>[])[0]!.when = { type: 'has_field', field: 'profiles.github' };
    expect(issuesOf(input)).toEqual([
      { path: 'talkingPoints[1].id', message: 'Talking point id "p1" is used twice' },
      { path: 'talkingPoints[1].text', message: 'Unknown placeholder "nope" (at character 7)' },
    ]);
  });

  it('never throws on garbage', () => {
    for (const input of [null, 42, 'segment', [], { rules: null }, { rules: { op: 'xor', rules: [1, null, 'x'] } }]) {
      const result = validateSegment(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
    }
    const nested = issuesOf({ ...valid(), rules: { op: 'xor', rules: [1] } });
    expect(nested).toContainEqual({ path: 'rules.op', message: 'Group "op" must be "and" or "or"' });
    expect(nested).toContainEqual({ path: 'rules.rules[0]', message: 'A rule must be an object with "type" (a rule) or "op" and "rules" (a group)' });
  });

  it('rejects duplicate rule ids anywhere in the tree', () => {
    const input = valid();
    const rules = (input.rules as { rules: Record<string, unknown>[] }).rules;
    rules[0]!.id = 'lead';
    rules[3]!.id = 'lead';
    expect(issuesOf(input)).toEqual([{ path: 'rules.rules[3].id', message: 'Rule id "lead" is already used at rules.rules[0]' }]);
  });
});

describe('validateSegments', () => {
  it('prefixes paths with the segment index and rejects duplicate ids', () => {
    const bad = valid();
    bad.threshold = -1;
    const result = validateSegments({ segments: [valid(), bad, valid()] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual({ path: '[1].threshold', message: 'Threshold must be from 0 to 100' });
      expect(result.issues).toContainEqual({ path: '[2].id', message: 'Segment id "sales-leaders" is also used by segment [0]' });
    }
  });
  it('needs a list', () => {
    expect(validateSegments({ nope: true })).toEqual({ ok: false, issues: [{ path: '', message: 'Expected a list of segments, or an object with a "segments" list' }] });
  });
});

describe('channels', () => {
  it('lists every channel with the LinkedIn limits', () => {
    expect(CHANNELS).toEqual(['email', 'linkedin_connect', 'linkedin_inmail', 'call_opener', 'voicemail', 'follow_up_email']);
    expect(CHANNEL_LIMITS.linkedin_connect.body).toBe(300);
    expect(CHANNEL_LIMITS.linkedin_inmail).toMatchObject({ subject: 200, body: 1900, hard: true });
  });
});
