import { describe, expect, it } from 'vitest';
import { assessReadiness, DEFAULT_READINESS, fade, readinessSettings, type ReadinessInput } from '../../../src/domain/readiness';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 12);
const empty = { emails: [], phones: [] };

function input(extra: Partial<ReadinessInput> = {}): ReadinessInput {
  return { prospect: empty, calls: [], activities: [], now: NOW, ...extra };
}

function reason(result: ReturnType<typeof assessReadiness>, rule: string) {
  return result.reasons.find((r) => r.rule === rule);
}

describe('assessReadiness: fit', () => {
  it('gives nothing to an empty record with no engagement', () => {
    expect(assessReadiness(input())).toEqual({ score: 0, ready: false, threshold: 60, reasons: [] });
  });

  it('scales the segment fit points by the best match score', () => {
    const r = assessReadiness(input({ bestMatchScore: 80 }));
    expect(reason(r, 'segment_fit')).toEqual({ rule: 'segment_fit', label: 'Best segment match 80/100', points: 24 });
    expect(r.score).toBe(24);
  });

  it('gives full seniority points to a VP, a share to a manager, none to an intern', () => {
    expect(reason(assessReadiness(input({ prospect: { ...empty, seniority: 'vp' } })), 'seniority')?.points).toBe(10);
    expect(reason(assessReadiness(input({ prospect: { ...empty, seniority: 'manager' } })), 'seniority')?.points).toBe(5);
    expect(reason(assessReadiness(input({ prospect: { ...empty, seniority: 'intern' } })), 'seniority')).toBeUndefined();
  });

  it('counts each of email, phone, title and company towards completeness', () => {
    const half = assessReadiness(input({ prospect: { emails: ['a@example.com'], phones: [], title: 'CTO', company: ' ' } }));
    expect(reason(half, 'completeness')).toMatchObject({ label: 'Record has email, title (2/4)', points: 5 });
    const full = assessReadiness(input({ prospect: { emails: ['a@example.com'], phones: ['+12025550101'], title: 'CTO', company: 'Acme' } }));
    expect(reason(full, 'completeness')?.points).toBe(10);
  });
});

describe('assessReadiness: engagement', () => {
  it('gives a meeting booked today its full weight, labelled with its age', () => {
    const r = assessReadiness(input({ calls: [{ outcome: 'meeting_booked', startedAt: NOW - 1000 }] }));
    expect(reason(r, 'meeting_booked')).toEqual({ rule: 'meeting_booked', label: 'Meeting booked today', points: 30 });
  });

  it('fades a meeting to half after one half-life', () => {
    const r = assessReadiness(input({ calls: [{ outcome: 'meeting_booked', startedAt: NOW - 14 * DAY }] }));
    expect(reason(r, 'meeting_booked')).toMatchObject({ label: 'Meeting booked 14 days ago', points: 15 });
  });

  it('counts a connected call and a call back later as a connect, the latest one only', () => {
    const r = assessReadiness(input({ calls: [
      { outcome: 'connected', startedAt: NOW - 28 * DAY },
      { outcome: 'call_back_later', startedAt: NOW - 1 * DAY },
      { outcome: 'no_answer', startedAt: NOW },
    ] }));
    expect(r.reasons.map((x) => x.rule)).toEqual(['connected_call']);
    expect(reason(r, 'connected_call')).toMatchObject({ label: 'Connected call 1 day ago', points: 14.3 });
  });

  it('counts a copied message from the timeline', () => {
    const r = assessReadiness(input({ activities: [{ kind: 'message_copied', at: NOW - 3 * DAY }, { kind: 'note', at: NOW }] }));
    expect(reason(r, 'message_sent')).toMatchObject({ label: 'Message sent 3 days ago', points: 4.3 });
  });

  it('subtracts for "Not interested", never going below 0', () => {
    const r = assessReadiness(input({ bestMatchScore: 50, calls: [{ outcome: 'not_interested', startedAt: NOW }] }));
    expect(reason(r, 'not_interested')?.points).toBe(-30);
    expect(r.score).toBe(0);
  });

  it('treats an event in the future as new', () => {
    const r = assessReadiness(input({ calls: [{ outcome: 'meeting_booked', startedAt: NOW + DAY }] }));
    expect(reason(r, 'meeting_booked')).toMatchObject({ label: 'Meeting booked today', points: 30 });
  });
});

describe('assessReadiness: threshold and settings', () => {
  const strong: Partial<ReadinessInput> = {
    bestMatchScore: 100,
    prospect: { emails: ['a@example.com'], phones: ['+12025550101'], title: 'VP Sales', company: 'Acme', seniority: 'vp' },
  };

  it('a strong fit alone is not ready; a fresh meeting takes it over the threshold', () => {
    expect(assessReadiness(input(strong))).toMatchObject({ score: 50, ready: false });
    expect(assessReadiness(input({ ...strong, calls: [{ outcome: 'meeting_booked', startedAt: NOW }] }))).toMatchObject({ score: 80, ready: true });
  });

  it('is ready exactly at the threshold', () => {
    expect(assessReadiness(input({ ...strong, settings: { threshold: 50 } })).ready).toBe(true);
    expect(assessReadiness(input({ ...strong, settings: { threshold: 51 } })).ready).toBe(false);
  });

  it('a meeting long ago fades below the threshold', () => {
    const old = assessReadiness(input({ ...strong, calls: [{ outcome: 'meeting_booked', startedAt: NOW - 60 * DAY }] }));
    expect(old.ready).toBe(false);
    expect(old.score).toBe(52);
  });

  it('uses the segment weights and half-life, keeping defaults for the rest', () => {
    const r = assessReadiness(input({ calls: [{ outcome: 'meeting_booked', startedAt: NOW - 7 * DAY }], settings: { halfLifeDays: 7, weights: { meetingBooked: 40 } } }));
    expect(reason(r, 'meeting_booked')?.points).toBe(20);
    expect(readinessSettings({ weights: { meetingBooked: 40 } }).weights.connectedCall).toBe(DEFAULT_READINESS.weights.connectedCall);
  });

  it('caps the score at 100', () => {
    const r = assessReadiness(input({ ...strong, settings: { weights: { segmentFit: 100 } }, calls: [{ outcome: 'meeting_booked', startedAt: NOW }] }));
    expect(r.score).toBe(100);
  });

  it('is deterministic and independent of input order', () => {
    const calls = [{ outcome: 'connected', startedAt: NOW - 2 * DAY }, { outcome: 'meeting_booked', startedAt: NOW - 5 * DAY }];
    const a = assessReadiness(input({ ...strong, calls }));
    const b = assessReadiness(input({ ...strong, calls: [...calls].reverse() }));
    expect(b).toEqual(a);
    expect(assessReadiness(input({ ...strong, calls }))).toEqual(a);
  });
});

describe('fade', () => {
  it('halves every half-life', () => {
    expect(fade(0, 14)).toBe(1);
    expect(fade(14 * DAY, 14)).toBeCloseTo(0.5);
    expect(fade(28 * DAY, 14)).toBeCloseTo(0.25);
  });
});
