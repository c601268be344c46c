// What installing a pack does: its segments added, changed and removed against the installed version of the same
// pack, the rep's own segments it would take the place of, and segments another pack owns (which block it).
import type { CallOutcomeOption } from '../calls';
import { diffSegments, type SegmentChange } from '../segments/segment-file';
import type { Segment } from '../segments/segment-schema';
import type { PackRef } from './pack-ref';
import { withoutPack, type SegmentPack } from './pack';
import { compareVersions } from './pack-version';

/** install: not installed yet; update: newer; older: a rollback or an older file; same: this very version. */
export type PackInstallKind = 'install' | 'update' | 'older' | 'same';

export interface OutcomeListChange {
  added: string[];
  removed: string[];
  /** Keys whose label or "connect" differ. */
  changed: string[];
}

export interface PackDiff {
  kind: PackInstallKind;
  /** The installed version, when there is one. */
  from?: string;
  to: string;
  added: Segment[];
  changed: SegmentChange[];
  removed: Segment[];
  unchanged: Segment[];
  /** The rep's own segments with the id of one of the pack's: the pack's segment takes their place. */
  replacesLocal: Segment[];
  /** Segments with the id of one of the pack's that another pack installed: the pack cannot go in beside them. */
  conflicts: { segment: Segment; pack: PackRef }[];
  /** Only when the pack carries a call-outcome list and it differs from the rep's. */
  outcomes?: OutcomeListChange;
}

export interface PackDiffContext {
  /** The version of this pack installed now, if any. */
  installed?: SegmentPack;
  /** Every segment stored now (local ones and those of every installed pack). */
  stored?: readonly Segment[];
  /** The rep's call-outcome list now. */
  outcomes?: readonly CallOutcomeOption[];
}

export function diffOutcomes(current: readonly CallOutcomeOption[], incoming: readonly CallOutcomeOption[]): OutcomeListChange {
  const before = new Map(current.map((o) => [o.key, o]));
  const after = new Map(incoming.map((o) => [o.key, o]));
  return {
    added: incoming.filter((o) => !before.has(o.key)).map((o) => o.key),
    removed: current.filter((o) => !after.has(o.key)).map((o) => o.key),
    changed: incoming.filter((o) => before.has(o.key) && (before.get(o.key)!.label !== o.label || before.get(o.key)!.connect !== o.connect)).map((o) => o.key),
  };
}

export function diffPack(incoming: SegmentPack, context: PackDiffContext = {}): PackDiff {
  const { installed, stored = [], outcomes } = context;
  const previous = installed ? installed.segments.map(withoutPack) : [];
  const segments = diffSegments(previous, incoming.segments.map(withoutPack));
  const incomingIds = new Set(incoming.segments.map((s) => s.id));
  const kind: PackInstallKind = !installed ? 'install' : Math.sign(compareVersions(incoming.version, installed.version)) === 1 ? 'update' : compareVersions(incoming.version, installed.version) === 0 ? 'same' : 'older';

  const replacesLocal: Segment[] = [];
  const conflicts: PackDiff['conflicts'] = [];
  for (const segment of stored) {
    if (!incomingIds.has(segment.id)) continue;
    if (!segment.pack) replacesLocal.push(segment);
    else if (segment.pack.id !== incoming.id) conflicts.push({ segment, pack: segment.pack });
  }

  const outcomeChange = incoming.callOutcomes && outcomes ? diffOutcomes(outcomes, incoming.callOutcomes) : undefined;
  const outcomesDiffer = outcomeChange && (outcomeChange.added.length || outcomeChange.removed.length || outcomeChange.changed.length);

  return {
    kind,
    ...(installed ? { from: installed.version } : {}),
    to: incoming.version,
    added: segments.added,
    changed: segments.changed,
    removed: previous.filter((s) => !incomingIds.has(s.id)),
    unchanged: segments.unchanged,
    replacesLocal,
    conflicts,
    ...(outcomesDiffer ? { outcomes: outcomeChange } : {}),
  };
}

/** True when installing changes nothing at all (the same version, the same segments and outcomes). */
export function isEmptyDiff(diff: PackDiff): boolean {
  return diff.kind === 'same' && !diff.added.length && !diff.changed.length && !diff.removed.length && !diff.replacesLocal.length && !diff.outcomes;
}
