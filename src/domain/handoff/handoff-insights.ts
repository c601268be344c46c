// The loop back, measured: per segment and per pack version, what became of the hand-offs. Pure.
//
// Definitions (each hand-off created in the period counts once):
// - handed = hand-offs made; accepted = those the owner accepted (also when returned later); returned = those returned,
//   with a count per reason;
// - time to first call = from the hand-off to the first call logged to its prospect after it (median, hours), over
//   the hand-offs that had one; callsFollowed = how many had one;
// - meetings per hand-off = calls logged as "meeting booked" after the hand-off (until it was returned) ÷ handed;
// - won / lost = hand-offs whose prospect is now won / lost.
// A hand-off without a pack groups under NO_PACK ("no pack"): local segments, or data from before packs existed.
import type { Stage } from '../prospect';
import type { Handoff } from './handoff';

export const NO_PACK = '';
const HOUR = 3_600_000;

export interface HandoffFigures {
  /** Segment id, or `packId@version` (NO_PACK for none). */
  key: string;
  label: string;
  handed: number;
  accepted: number;
  returned: number;
  /** Return reason key → count. */
  reasons: Record<string, number>;
  /** Hand-offs followed by at least one call. */
  callsFollowed: number;
  /** Median hours from hand-off to first call, undefined when none was called. */
  medianHoursToFirstCall?: number;
  meetings: number;
  meetingsPerHandoff: number;
  won: number;
  lost: number;
}

export interface HandoffInsights {
  totals: HandoffFigures;
  segments: HandoffFigures[];
  packs: HandoffFigures[];
}

export interface HandoffInsightsInput {
  handoffs: readonly Handoff[];
  calls: readonly { prospectId: string; startedAt: number; outcome: string }[];
  /** Current stage of each prospect a hand-off names. */
  stages: ReadonlyMap<string, Stage>;
  segments: readonly { id: string; name: string }[];
  /** Only hand-offs made at or after this time (epoch ms). */
  from?: number;
  meetingOutcome?: string;
}

interface Tally {
  handoffs: Handoff[];
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function packKey(handoff: Pick<Handoff, 'packId' | 'packVersion'>): string {
  return handoff.packId ? `${handoff.packId}@${handoff.packVersion ?? ''}` : NO_PACK;
}

export function computeHandoffInsights(input: HandoffInsightsInput): HandoffInsights {
  const meeting = input.meetingOutcome ?? 'meeting_booked';
  const callsBy = new Map<string, { startedAt: number; outcome: string }[]>();
  for (const c of input.calls) callsBy.set(c.prospectId, [...(callsBy.get(c.prospectId) ?? []), c]);
  for (const list of callsBy.values()) list.sort((a, b) => a.startedAt - b.startedAt);
  const names = new Map(input.segments.map((s) => [s.id, s.name]));
  const handoffs = input.handoffs.filter((h) => input.from === undefined || h.createdAt >= input.from);

  const figures = (key: string, label: string, group: readonly Handoff[]): HandoffFigures => {
    const reasons: Record<string, number> = {};
    const hoursToFirst: number[] = [];
    let meetings = 0;
    let won = 0;
    let lost = 0;
    for (const h of group) {
      if (h.state === 'returned') reasons[h.returnReason ?? ''] = (reasons[h.returnReason ?? ''] ?? 0) + 1;
      const after = (callsBy.get(h.prospectId) ?? []).filter((c) => c.startedAt >= h.createdAt);
      if (after[0]) hoursToFirst.push((after[0].startedAt - h.createdAt) / HOUR);
      const until = h.state === 'returned' ? h.returnedAt ?? h.updatedAt : Infinity;
      meetings += after.filter((c) => c.outcome === meeting && c.startedAt <= until).length;
      const stage = input.stages.get(h.prospectId);
      if (stage === 'won') won++;
      if (stage === 'lost') lost++;
    }
    const middle = median(hoursToFirst);
    return {
      key, label, handed: group.length,
      accepted: group.filter((h) => h.acceptedAt !== undefined).length,
      returned: group.filter((h) => h.state === 'returned').length,
      reasons, callsFollowed: hoursToFirst.length,
      ...(middle !== undefined ? { medianHoursToFirstCall: Math.round(middle * 10) / 10 } : {}),
      meetings, meetingsPerHandoff: group.length ? Math.round((meetings / group.length) * 100) / 100 : 0, won, lost,
    };
  };
  const groupBy = (keyOf: (h: Handoff) => string) => {
    const groups = new Map<string, Handoff[]>();
    for (const h of handoffs) groups.set(keyOf(h), [...(groups.get(keyOf(h)) ?? []), h]);
    return groups;
  };
  const bySegment = [...groupBy((h) => h.segmentId ?? '')].map(([key, group]) => figures(key, key ? names.get(key) ?? key : '', group));
  const byPack = [...groupBy(packKey)].map(([key, group]) => figures(key, key === NO_PACK ? '' : `${group[0]!.packId} ${group[0]!.packVersion ?? ''}`.trim(), group));
  // The ungrouped row ("no segment", "no pack") comes last; the others by hand-offs, then name.
  const order = (a: HandoffFigures, b: HandoffFigures) => Number(a.key === '') - Number(b.key === '') || b.handed - a.handed || a.label.localeCompare(b.label);
  return { totals: figures('all', 'All', handoffs), segments: bySegment.sort(order), packs: byPack.sort(order) };
}

/** The figures as CSV rows (header first): totals, then per segment, then per pack version. */
export function handoffInsightsCsvRows(insights: HandoffInsights, reasonLabel: (key: string) => string = (k) => k): string[][] {
  const reasonKeys = [...new Set([insights.totals, ...insights.segments, ...insights.packs].flatMap((f) => Object.keys(f.reasons)))].sort();
  const header = ['Kind', 'Group', 'Handed', 'Accepted', 'Returned', ...reasonKeys.map((k) => `Returned: ${reasonLabel(k)}`),
    'Called after hand-off', 'Median hours to first call', 'Meetings booked', 'Meetings per hand-off', 'Won', 'Lost'];
  const row = (kind: string, label: string, f: HandoffFigures) => [
    kind, label, String(f.handed), String(f.accepted), String(f.returned), ...reasonKeys.map((k) => String(f.reasons[k] ?? 0)),
    String(f.callsFollowed), f.medianHoursToFirstCall === undefined ? '' : String(f.medianHoursToFirstCall), String(f.meetings),
    String(f.meetingsPerHandoff), String(f.won), String(f.lost),
  ];
  return [
    header,
    row('total', 'All hand-offs', insights.totals),
    ...insights.segments.map((f) => row('segment', f.key ? f.label : '(no segment)', f)),
    ...insights.packs.map((f) => row('pack', f.key === NO_PACK ? '(no pack)' : f.label, f)),
  ];
}
