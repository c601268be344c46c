import { describe, expect, it } from 'vitest';
import { acceptHandoff, offerHandoff, returnHandoff, type Handoff } from '../../../../src/domain/handoff';
import { computeTeamInsights, teamInsightsCsvRows, type TeamActivity } from '../../../../src/domain/team/team-insights';

const H = 3_600_000;
const T0 = Date.UTC(2026, 11, 1, 9);
const segments = [
  { id: 'saas', name: 'SaaS founders', templates: [{ id: 'opener', name: 'Opener', channel: 'call_opener' as const }] },
  { id: 'retail', name: 'Retail', templates: [] },
];
const offer = (id: string, prospectId: string, owner: string, extra: { segmentId?: string; packId?: string; packVersion?: string }): Handoff =>
  offerHandoff({ id, prospectId, from: { name: 'Maria' }, owner: { name: owner }, note: '', now: T0, ...extra });

const handoffs: Handoff[] = [
  acceptHandoff(offer('h1', 'p1', 'Rob', { segmentId: 'saas', packId: 'emea', packVersion: '1.0.0' }), { name: 'Rob' }, T0 + H),
  returnHandoff(acceptHandoff(offer('h2', 'p2', 'Rita', { segmentId: 'saas', packId: 'emea', packVersion: '1.1.0' }), { name: 'Rita' }, T0 + H), { name: 'Rita' }, 'no_budget', '', T0 + 9 * H),
  offer('h3', 'p3', 'Rob', { segmentId: 'retail' }),
];
const owners = new Map([['h1', 'rob'], ['h2', 'rita'], ['h3', 'rob']]);

let n = 0;
const call = (user: string, at: number, outcome: string, extra: Partial<TeamActivity> = {}): TeamActivity =>
  ({ id: `activity:${user}:${++n}`, user, at, kind: 'call', outcome, ...extra });
const activity: TeamActivity[] = [
  call('rob', T0 + 2 * H, 'no_answer', { segmentId: 'saas', templateId: 'opener', packId: 'emea', packVersion: '1.0.0', handoffId: 'h1' }),
  call('rob', T0 + 6 * H, 'meeting_booked', { segmentId: 'saas', templateId: 'opener', packId: 'emea', packVersion: '1.0.0', handoffId: 'h1' }),
  call('rita', T0 + 4 * H, 'connected', { segmentId: 'saas', templateId: 'opener', packId: 'emea', packVersion: '1.1.0', handoffId: 'h2' }),
  call('rita', T0 + 5 * H, 'no_answer', { segmentId: 'retail' }),
  { id: 'activity:rob:s1', user: 'rob', at: T0 + 6 * H, kind: 'stage_change', segmentId: 'saas' },
];

describe('computeTeamInsights', () => {
  const team = computeTeamInsights({ activity, handoffs, owners, segments, perRep: true });

  it('counts calls, connects and meetings per segment and per template across reps', () => {
    const saas = team.insights.segments.find((s) => s.segmentId === 'saas')!;
    expect(saas).toMatchObject({ calls: 3, connects: 2, meetings: 1 });
    expect(saas.connectRate).toBeCloseTo(2 / 3);
    expect(team.insights.segments.find((s) => s.segmentId === 'retail')).toMatchObject({ calls: 1, connects: 0 });
    expect(team.insights.templates).toEqual([expect.objectContaining({ templateId: 'opener', segmentId: 'saas', calls: 3, connects: 2, meetings: 1 })]);
    expect(team.insights.totals).toMatchObject({ calls: 4, connects: 2, meetings: 1 });
    expect(team.repCount).toBe(2);
    expect(team.stageChanges).toBe(1);
  });

  it('has one row per pack version (all segments), with the hand-offs made with it', () => {
    const v1 = team.packs.find((p) => p.version === '1.0.0')!;
    const v11 = team.packs.find((p) => p.version === '1.1.0')!;
    expect(v1).toMatchObject({ packId: 'emea', calls: 2, connects: 1, meetings: 1 });
    expect(v1.handoffs).toMatchObject({ handed: 1, accepted: 1, returned: 0, medianHoursToFirstCall: 2 });
    expect(v11).toMatchObject({ calls: 1, connects: 1, meetings: 0 });
    expect(v11.handoffs).toMatchObject({ handed: 1, accepted: 1, returned: 1, medianHoursToFirstCall: 4 });
  });

  it('measures hand-offs accepted and returned, and the median time to first call, per segment', () => {
    const saas = team.handoffs.segments.find((f) => f.key === 'saas')!;
    expect(saas).toMatchObject({ handed: 2, accepted: 2, returned: 1, callsFollowed: 2, medianHoursToFirstCall: 3 });
    expect(team.handoffs.segments.find((f) => f.key === 'retail')).toMatchObject({ handed: 1, accepted: 0, callsFollowed: 0 });
    expect(team.handoffs.totals.medianHoursToFirstCall).toBe(3);
  });

  it('gives each rep their calls, stage changes and the hand-offs they own, only when the team allows it', () => {
    expect(team.reps).toEqual([
      expect.objectContaining({ user: 'rita', calls: 2, connects: 1, meetings: 0, stageChanges: 0, handoffs: expect.objectContaining({ handed: 1, returned: 1, medianHoursToFirstCall: 4 }) }),
      expect.objectContaining({ user: 'rob', calls: 2, connects: 1, meetings: 1, stageChanges: 1, handoffs: expect.objectContaining({ handed: 2, accepted: 1, returned: 0, medianHoursToFirstCall: 2 }) }),
    ]);
    expect(computeTeamInsights({ activity, handoffs, owners, segments, perRep: false }).reps).toBeUndefined();
  });

  it('counts only activity and hand-offs from `from` on', () => {
    const later = computeTeamInsights({ activity, handoffs, owners, segments, perRep: false, from: T0 + 5 * H });
    expect(later.insights.totals.calls).toBe(2);
    expect(later.handoffs.totals.handed).toBe(0);
  });

  it('exports the segment, pack-version and rep rows after the usual per-segment and per-template rows', () => {
    const rows = teamInsightsCsvRows(team, { pack: (id) => (id === 'emea' ? 'EMEA pack' : id), segment: (id) => segments.find((s) => s.id === id)?.name ?? id });
    const blank = rows.findIndex((r) => r.length === 0);
    expect(rows[0]![0]).toBe('Kind');
    expect(rows.slice(1, blank).map((r) => r[0])).toEqual(['segment', 'segment', 'template']);
    const team2 = rows.slice(blank + 1);
    expect(team2[0]).toEqual(['Kind', 'Group', 'Version', 'Calls', 'Connects', 'Connect rate (%)', 'Meetings booked', 'Stage changes', 'Handed', 'Accepted', 'Returned', 'Median hours to first call']);
    expect(team2).toContainEqual(['segment', 'SaaS founders', '', '3', '2', '66.7', '1', '', '2', '2', '1', '3']);
    expect(team2).toContainEqual(['pack', 'EMEA pack', '1.1.0', '1', '1', '100.0', '0', '', '1', '1', '1', '4']);
    expect(team2).toContainEqual(['rep', 'rob', '', '2', '1', '50.0', '1', '1', '2', '1', '0', '2']);
  });
});
