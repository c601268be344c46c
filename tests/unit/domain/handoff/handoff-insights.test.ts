import { describe, expect, it } from 'vitest';
import { acceptHandoff, offerHandoff, returnHandoff, type Handoff } from '../../../../src/domain/handoff';
import { computeHandoffInsights, handoffInsightsCsvRows, NO_PACK } from '../../../../src/domain/handoff/handoff-insights';
import type { Stage } from '../../../../src/domain/prospect';

const H = 3_600_000;
const T0 = Date.UTC(2026, 11, 1, 9);
const rep = { name: 'Sam' };
const offer = (id: string, prospectId: string, at: number, extra: { segmentId?: string; packId?: string; packVersion?: string } = {}): Handoff =>
  offerHandoff({ id, prospectId, from: { name: 'Mia' }, owner: rep, note: '', now: at, ...extra });

const handoffs: Handoff[] = [
  acceptHandoff(offer('h1', 'p1', T0, { segmentId: 'saas', packId: 'emea', packVersion: '1.0.0' }), rep, T0 + H),
  returnHandoff(acceptHandoff(offer('h2', 'p2', T0, { segmentId: 'saas', packId: 'emea', packVersion: '1.1.0' }), rep, T0 + H), rep, 'no_budget', '', T0 + 10 * H),
  returnHandoff(offer('h3', 'p3', T0, { segmentId: 'retail' }), rep, 'wrong_person', '', T0 + 2 * H),
  offer('h4', 'p4', T0 - 100 * H, { segmentId: 'retail' }),
];
const calls = [
  { prospectId: 'p1', startedAt: T0 - H, outcome: 'connected' }, // before the hand-off: not counted
  { prospectId: 'p1', startedAt: T0 + 2 * H, outcome: 'no_answer' },
  { prospectId: 'p1', startedAt: T0 + 5 * H, outcome: 'meeting_booked' },
  { prospectId: 'p2', startedAt: T0 + 4 * H, outcome: 'meeting_booked' },
  { prospectId: 'p2', startedAt: T0 + 20 * H, outcome: 'meeting_booked' }, // after it was returned: not this hand-off's
];
const stages = new Map<string, Stage>([['p1', 'won'], ['p2', 'qualified'], ['p3', 'lost'], ['p4', 'handed_to_sales']]);
const segments = [{ id: 'saas', name: 'SaaS founders' }, { id: 'retail', name: 'Retail' }];

describe('computeHandoffInsights', () => {
  const insights = computeHandoffInsights({ handoffs, calls, stages, segments, from: T0 - H });

  it('counts handed, accepted, returned with reasons, in the period', () => {
    expect(insights.totals).toMatchObject({ handed: 3, accepted: 2, returned: 2, reasons: { no_budget: 1, wrong_person: 1 }, won: 1, lost: 1 });
  });

  it('measures time to first call after the hand-off and meetings per hand-off', () => {
    const saas = insights.segments.find((s) => s.key === 'saas')!;
    expect(saas).toMatchObject({ label: 'SaaS founders', handed: 2, callsFollowed: 2, medianHoursToFirstCall: 3, meetings: 2, meetingsPerHandoff: 1 });
    expect(insights.segments.find((s) => s.key === 'retail')).toMatchObject({ handed: 1, callsFollowed: 0, meetings: 0, reasons: { wrong_person: 1 } });
    expect(insights.segments.find((s) => s.key === 'retail')!.medianHoursToFirstCall).toBeUndefined();
  });

  it('groups by pack version, with hand-offs of local segments under "no pack"', () => {
    expect(insights.packs.map((p) => [p.key, p.label, p.handed, p.returned])).toEqual([
      ['emea@1.0.0', 'emea 1.0.0', 1, 0],
      ['emea@1.1.0', 'emea 1.1.0', 1, 1],
      [NO_PACK, '', 1, 1],
    ]);
  });

  it('writes CSV rows with one column per return reason', () => {
    const rows = handoffInsightsCsvRows(insights, (k) => (k === 'no_budget' ? 'No budget' : k));
    expect(rows[0]).toEqual(['Kind', 'Group', 'Handed', 'Accepted', 'Returned', 'Returned: No budget', 'Returned: wrong_person',
      'Called after hand-off', 'Median hours to first call', 'Meetings booked', 'Meetings per hand-off', 'Won', 'Lost']);
    expect(rows[1]).toEqual(['total', 'All hand-offs', '3', '2', '2', '1', '1', '2', '3', '2', '0.67', '1', '1']);
    expect(rows.find((r) => r[0] === 'pack' && r[1] === '(no pack)')).toBeDefined();
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });
});
