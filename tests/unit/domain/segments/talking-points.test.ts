import { describe, expect, it } from 'vitest';
import { talkingPointsFor } from '../../../../src/domain/segments/talking-points';
import { founder, segment, vpSales } from '../../../support/segments';

const s = segment('sales', { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 10 }] }, {
  name: 'Sales leaders',
  talkingPoints: [
    { id: 'always', text: 'Reps at {{company|your company}} lose hours to copy-paste.' },
    { id: 'founders-only', text: 'As a founder you still sell yourself.', when: { type: 'seniority_in', values: ['founder'], weight: 0 } },
    { id: 'not-founders', text: 'Your {{segment.name}} peers use this.', when: { type: 'seniority_in', values: ['founder'], weight: 0, not: true } },
    { id: 'big-and-us', text: 'In {{location.country}} teams{{#companySize}} of {{companySize}}{{/companySize}} …', when: { op: 'and', rules: [
      { type: 'company_size', min: 100, weight: 0 },
      { type: 'location_in', values: ['US'], weight: 0 },
    ] } },
    { id: 'empty-when-missing', text: '{{#industry}}In {{industry}}, it matters.{{/industry}}' },
  ],
});

describe('talkingPointsFor', () => {
  it('keeps the order and only the points whose condition holds, rendered', () => {
    expect(talkingPointsFor(vpSales, s).map((p) => [p.id, p.text])).toEqual([
      ['always', 'Reps at Brightloop lose hours to copy-paste.'],
      ['not-founders', 'Your Sales leaders peers use this.'],
      ['big-and-us', 'In United States teams of 200 …'],
      ['empty-when-missing', 'In Computer Software, it matters.'],
    ]);
    expect(talkingPointsFor(founder, s).map((p) => p.id)).toEqual(['always', 'founders-only', 'empty-when-missing']);
  });

  it('uses fallbacks and drops points that render to nothing', () => {
    const bare = { ...founder, company: undefined, industry: undefined };
    const points = talkingPointsFor(bare, s);
    expect(points[0]).toEqual({ id: 'always', text: 'Reps at your company lose hours to copy-paste.', missingFields: [], fallbacksUsed: ['company'] });
    expect(points.map((p) => p.id)).not.toContain('empty-when-missing');
  });
});
