// Team insights: what every rep reported through team sync (activity documents) and what became of the team's
// hand-offs, per segment, template and pack version, and per rep when the team's settings allow it. Pure, and no
// new math: the rep's own insights (domain/insights), the hand-off figures (handoff/handoff-insights) and the pack
// version figures (packs/pack-insights) do the counting; this module only feeds them the team's data.
//
// - A call's hand-off is the team hand-off its activity names (handoffId): time to first call is measured from the
//   hand-off to the first call any rep reported for it.
// - A rep's hand-offs are those the team hand-off document names them the owner of.
import { CALL_OUTCOMES, callStats, type CallOutcome, type CallOutcomeOption } from '../calls';
import type { Handoff } from '../handoff';
import { computeHandoffInsights, packKey, type HandoffFigures, type HandoffInsights } from '../handoff/handoff-insights';
import { computeInsights, insightsCsvRows, type Insights, type InsightsCall, type InsightsSegment } from '../insights';
import { packVersionFigures, type PackVersionFigures } from '../packs/pack-insights';
import type { Stage } from '../prospect';
import type { ActivityDoc } from './team-docs';

export type TeamActivity = Pick<ActivityDoc, 'user' | 'at' | 'kind'> & Partial<Pick<ActivityDoc, 'outcome' | 'segmentId' | 'templateId' | 'packId' | 'packVersion' | 'handoffId'>> & { id: string };

export interface TeamInsightsInput {
  activity: readonly TeamActivity[];
  /** The team's hand-offs (mirrored from the team database) and, per hand-off id, the owner's user name. */
  handoffs: readonly Handoff[];
  owners: ReadonlyMap<string, string>;
  segments: readonly InsightsSegment[];
  outcomes?: readonly CallOutcomeOption[];
  /** Current stage of the prospects the hand-offs name, where known (won / lost). */
  stages?: ReadonlyMap<string, Stage>;
  /** Only activity and hand-offs at or after this time (epoch ms). */
  from?: number;
  /** The team's settings allow figures per rep. */
  perRep: boolean;
}

export interface PackVersionRow extends PackVersionFigures {
  /** The hand-offs made with this pack version; undefined when none. */
  handoffs?: HandoffFigures;
}

export interface RepFigures {
  user: string;
  calls: number;
  connects: number;
  connectRate: number;
  meetings: number;
  stageChanges: number;
  /** The hand-offs this rep owns. */
  handoffs: HandoffFigures;
}

export interface TeamInsights {
  insights: Insights;
  handoffs: HandoffInsights;
  packs: PackVersionRow[];
  /** Undefined unless the team's settings allow figures per rep. */
  reps?: RepFigures[];
  repCount: number;
  stageChanges: number;
}

export function computeTeamInsights(input: TeamInsightsInput): TeamInsights {
  const inPeriod = (at: number) => input.from === undefined || at >= input.from;
  const activity = input.activity.filter((a) => inPeriod(a.at));
  const calls = activity.filter((a) => a.kind === 'call');
  const handoffById = new Map(input.handoffs.map((h) => [h.id, h]));
  // Calls are tied to a prospect only through the hand-off they name; others count once, under their own id.
  const asCalls: InsightsCall[] = calls.map((a) => ({
    prospectId: (a.handoffId && handoffById.get(a.handoffId)?.prospectId) || a.id,
    outcome: (a.outcome ?? '') as CallOutcome, startedAt: a.at, durationSec: 0,
    ...(a.segmentId ? { segmentId: a.segmentId } : {}), ...(a.templateId ? { templateId: a.templateId } : {}),
  }));
  const outcomes = input.outcomes?.length ? input.outcomes : CALL_OUTCOMES;
  const insights = computeInsights([], asCalls, { segments: input.segments, outcomes });
  const handoffCalls = asCalls.filter((_, i) => calls[i]!.handoffId && handoffById.has(calls[i]!.handoffId!));
  const stages = input.stages ?? new Map<string, Stage>();
  const handoffFigures = (handoffs: readonly Handoff[]) => computeHandoffInsights({
    handoffs, calls: handoffCalls, stages, segments: input.segments, ...(input.from !== undefined ? { from: input.from } : {}),
  });
  const handoffs = handoffFigures(input.handoffs);

  // One row per pack and version (over all segments): the pack figures with the segment left out.
  const byPackKey = new Map(handoffs.packs.map((f) => [f.key, f]));
  const packs: PackVersionRow[] = packVersionFigures(calls.map(({ segmentId: _s, ...rest }) => ({ ...rest, outcome: (rest.outcome ?? '') as CallOutcome, durationSec: 0 })), outcomes)
    .map((row) => {
      const handed = byPackKey.get(packKey({ packId: row.packId, packVersion: row.version }));
      return handed ? { ...row, handoffs: handed } : row;
    });
  // Pack versions with hand-offs but no calls yet still show.
  for (const f of handoffs.packs) {
    if (!f.key || packs.some((p) => packKey({ packId: p.packId, packVersion: p.version }) === f.key)) continue;
    const [packId, version = ''] = f.key.split('@');
    packs.push({ packId: packId!, version, segmentId: '', calls: 0, connects: 0, connectRate: 0, meetings: 0, meetingRate: 0, handoffs: f });
  }

  const users = [...new Set([...activity.map((a) => a.user), ...input.owners.values()])].sort();
  const reps = input.perRep
    ? users.map((user): RepFigures => {
      const own = calls.filter((a) => a.user === user).map((a) => ({ outcome: a.outcome ?? '', durationSec: 0 }));
      const stats = callStats(own, outcomes);
      return {
        user, calls: stats.calls, connects: stats.connects, connectRate: stats.connectRate, meetings: stats.meetings,
        stageChanges: activity.filter((a) => a.user === user && a.kind === 'stage_change').length,
        handoffs: handoffFigures(input.handoffs.filter((h) => input.owners.get(h.id) === user)).totals,
      };
    }).filter((r) => r.calls > 0 || r.stageChanges > 0 || r.handoffs.handed > 0)
    : undefined;

  return {
    insights, handoffs, packs, ...(reps ? { reps } : {}),
    repCount: new Set(activity.map((a) => a.user)).size,
    stageChanges: activity.filter((a) => a.kind === 'stage_change').length,
  };
}

const pct = (ratio: number) => (Math.round(ratio * 1000) / 10).toFixed(1);
const hoursText = (f: HandoffFigures | undefined) => (f?.medianHoursToFirstCall === undefined ? '' : String(f.medianHoursToFirstCall));

/**
 * The team figures as CSV rows: the same per-segment and per-template rows as the rep's own insights export, then
 * one table of calls and hand-offs per segment, pack version and (when allowed) rep, after a blank row.
 */
export function teamInsightsCsvRows(team: TeamInsights, names: { pack: (packId: string) => string; segment: (segmentId: string) => string }): string[][] {
  const header = ['Kind', 'Group', 'Version', 'Calls', 'Connects', 'Connect rate (%)', 'Meetings booked', 'Stage changes', 'Handed', 'Accepted', 'Returned', 'Median hours to first call'];
  const handoffCells = (f: HandoffFigures | undefined) => (f ? [String(f.handed), String(f.accepted), String(f.returned), hoursText(f)] : ['0', '0', '0', '']);
  const bySegment = new Map(team.handoffs.segments.map((f) => [f.key, f]));
  const rows: string[][] = [header];
  for (const s of team.insights.segments.filter((s) => s.calls > 0 || bySegment.has(s.segmentId))) {
    rows.push(['segment', s.segmentId ? names.segment(s.segmentId) : '(no segment)', '', String(s.calls), String(s.connects), pct(s.connectRate), String(s.meetings), '', ...handoffCells(bySegment.get(s.segmentId))]);
  }
  for (const p of team.packs) {
    rows.push(['pack', names.pack(p.packId), p.version, String(p.calls), String(p.connects), pct(p.connectRate), String(p.meetings), '', ...handoffCells(p.handoffs)]);
  }
  for (const r of team.reps ?? []) {
    rows.push(['rep', r.user, '', String(r.calls), String(r.connects), pct(r.connectRate), String(r.meetings), String(r.stageChanges), ...handoffCells(r.handoffs)]);
  }
  return [...insightsCsvRows(team.insights), [], ...rows];
}
