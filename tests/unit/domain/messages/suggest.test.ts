import { describe, expect, it } from 'vitest';
import { suggestMessages } from '../../../../src/domain/messages/suggest';
import { matchSegments } from '../../../../src/domain/segments/match';
import { starterSegments } from '../../../../src/domain/segments/starter-segments';
import { prospect, segment, vpSales } from '../../../support/segments';

describe('suggestMessages', () => {
  const segments = starterSegments();

  it('puts the best segment first and returns both variants per channel', () => {
    const matches = matchSegments(vpSales, segments);
    const offer = { name: 'Ledgerly', problem: 'slow month-end close.', proofs: ['Acme closes in 3 days instead of 9'] };
    const list = suggestMessages(vpSales, matches, segments, { name: 'Sam Rivera', company: 'Ledgerly Inc', offer });
    expect(list[0]!.segmentId).toBe(matches[0]!.segmentId);
    const top = list.filter((s) => s.segmentId === 'sales-leaders-saas');
    expect(top.filter((s) => s.channel === 'email').map((s) => s.variant)).toEqual(['problem', 'proof']);
    expect(top.filter((s) => s.channel === 'linkedin_connect')).toHaveLength(2);
    for (const s of list) {
      expect(s.body).not.toMatch(/\{\{/);
      if (s.limit !== null && s.channel === 'linkedin_connect') expect(s.length).toBeLessThanOrEqual(s.limit);
    }
    const email = top.find((s) => s.templateId === 'email-productivity')!;
    expect(email.subject).toBe('A thought on pipeline and rep productivity at Brightloop');
    expect(email.body).toMatch(/^Hi Dana,\n\n/);
    // The rep's offer, its trailing full stop dropped where the template brings its own.
    expect(email.body).toContain('Ledgerly helps sales leaders with slow month-end close. One example: Acme closes in 3 days instead of 9.');
    expect(email.body).toMatch(/Best,\nSam Rivera$/);
  });

  it('filters by channel', () => {
    const matches = matchSegments(vpSales, segments);
    const list = suggestMessages(vpSales, matches, segments, undefined, { channel: 'voicemail' });
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((s) => s.channel))).toEqual(new Set(['voicemail']));
  });

  it('ranks templates the prospect can fill above ones with missing fields', () => {
    const s = segment('s', { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 10 }] }, {
      templates: [
        { id: 'needs-industry', channel: 'email', name: 'A', subject: 'x', body: 'Hi {{firstName}}, about {{industry}} and {{headline}}.' },
        { id: 'uses-fallback', channel: 'email', name: 'B', subject: 'x', body: 'Hi {{firstName}}, about {{industry|your market}}.' },
        { id: 'complete', channel: 'email', name: 'C', subject: 'x', body: 'Hi {{firstName}}.' },
      ],
    });
    const p = prospect({ fullName: 'Ana Lima', firstName: 'Ana', seniority: 'vp' });
    const list = suggestMessages(p, matchSegments(p, [s]), [s], undefined);
    expect(list.map((x) => [x.templateId, x.missingFields, x.fallbacksUsed])).toEqual([
      ['complete', [], []],
      ['uses-fallback', [], ['industry']],
      ['needs-industry', ['industry', 'headline'], []],
    ]);
  });

  it('falls back to the best-scoring segment when none matched, and returns nothing when nothing scored', () => {
    const s = segment('s', { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 10 }, { type: 'tag', tags: ['x'], weight: 10 }] }, {
      threshold: 90,
      templates: [{ id: 't', channel: 'call_opener', name: 'T', body: 'Hi {{firstName|there}}, quick one.' }],
    });
    const list = suggestMessages(vpSales, matchSegments(vpSales, [s]), [s], undefined);
    expect(list).toEqual([expect.objectContaining({ segmentId: 's', matched: false, score: 50, body: 'Hi Dana, quick one.', limit: 450 })]);
    const nobody = prospect({ fullName: 'X' });
    expect(suggestMessages(nobody, matchSegments(nobody, [s]), [s], undefined)).toEqual([]);
  });
});
