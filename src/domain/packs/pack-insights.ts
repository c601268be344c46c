// Insights per pack version: calls logged with a pack's segment, grouped by pack, version and segment, so marketing
// can compare how a version of its message did against the one before. Pure.
import { callStats, type Call, type CallOutcomeOption } from '../calls';
import { compareVersions } from './pack-version';

export interface PackVersionFigures {
  packId: string;
  version: string;
  segmentId: string;
  calls: number;
  connects: number;
  connectRate: number;
  meetings: number;
  /** meetings ÷ calls; 0 when there are no calls. */
  meetingRate: number;
}

type PackCall = Pick<Call, 'outcome' | 'durationSec'> & Partial<Pick<Call, 'packId' | 'packVersion' | 'segmentId'>>;

/** One row per pack, version and segment that has calls; by pack id, newest version first, then segment id. */
export function packVersionFigures(calls: Iterable<PackCall>, outcomes: readonly CallOutcomeOption[]): PackVersionFigures[] {
  const groups = new Map<string, { packId: string; version: string; segmentId: string; calls: PackCall[] }>();
  for (const call of calls) {
    if (!call.packId || !call.packVersion) continue;
    const segmentId = call.segmentId ?? '';
    const key = JSON.stringify([call.packId, call.packVersion, segmentId]);
    const group = groups.get(key) ?? { packId: call.packId, version: call.packVersion, segmentId, calls: [] };
    group.calls.push(call);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ calls: list, ...key }) => {
      const stats = callStats(list, outcomes);
      return { ...key, calls: stats.calls, connects: stats.connects, connectRate: stats.connectRate, meetings: stats.meetings, meetingRate: stats.calls ? stats.meetings / stats.calls : 0 };
    })
    .sort((a, b) => a.packId.localeCompare(b.packId) || safeCompare(b.version, a.version) || a.segmentId.localeCompare(b.segmentId));
}

function safeCompare(a: string, b: string): number {
  try {
    return compareVersions(a, b);
  } catch {
    return a.localeCompare(b);
  }
}
