import { describe, expect, it } from 'vitest';
import { validateSegment } from '../../../../src/domain/segments/segment-schema';
import { DEFAULT_READINESS } from '../../../../src/domain/readiness';
import { starterSegments } from '../../../../src/domain/segments/starter-segments';

function base(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'sales-leaders', name: 'Sales leaders', description: '', priority: 1, threshold: 50,
    rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 30 }] },
    talkingPoints: [], templates: [], ...extra,
  };
}

function issues(input: unknown) {
  const result = validateSegment(input);
  if (result.ok) throw new Error('expected validation to fail');
  return result.issues;
}

describe('segment readiness settings', () => {
  it('is optional: a segment without it stays valid and unchanged', () => {
    const result = validateSegment(base());
    expect(result.ok && result.segment.readiness).toBeUndefined();
  });

  it('fills the values left out with the defaults', () => {
    const result = validateSegment(base({ readiness: { threshold: 70, weights: { meetingBooked: 40 } } }));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.segment.readiness).toEqual({
      threshold: 70,
      halfLifeDays: DEFAULT_READINESS.halfLifeDays,
      weights: { ...DEFAULT_READINESS.weights, meetingBooked: 40 },
    });
    expect(validateSegment(result.segment)).toEqual(result);
  });

  it('reports each bad field by its path', () => {
    expect(issues(base({ readiness: { threshold: 120 } }))).toEqual([{ path: 'readiness.threshold', message: 'Readiness threshold must be at most 100' }]);
    expect(issues(base({ readiness: { halfLifeDays: 0 } }))).toEqual([{ path: 'readiness.halfLifeDays', message: 'Half-life must be at least 1 day' }]);
    expect(issues(base({ readiness: { weights: { meetingBooked: -1 } } }))).toEqual([{ path: 'readiness.weights.meetingBooked', message: 'Meeting booked weight must be 0 or more' }]);
    expect(issues(base({ readiness: { weights: { replies: 5 } } }))[0]?.message).toBe('Unknown field "replies" in readiness weights');
    expect(issues(base({ readiness: 'high' }))[0]).toEqual({ path: 'readiness', message: 'Readiness settings must be an object' });
  });

  it('keeps the starter segments valid', () => {
    for (const segment of starterSegments()) expect(validateSegment(segment).ok).toBe(true);
  });
});
