// An installed pack as stored: the version in use and the one before it (kept so the rep can roll back), where it
// came from, and when. Pure planning of install, update, rollback and removal: which segments to write and delete.
import type { Segment } from '../segments/segment-schema';
import { installedSegments, type SegmentPack } from './pack';

/** `file`: the rep imported it; `policy`: the administrator's policy installed it (read-only, no rollback). */
export type PackSource = 'file' | 'policy';

export interface InstalledPack {
  /** The pack id (primary key). */
  id: string;
  current: SegmentPack;
  /** The version installed before `current`; rolling back swaps the two. */
  previous?: SegmentPack;
  source: PackSource;
  /** Epoch milliseconds of the last install, update or rollback. */
  installedAt: number;
}

export interface PackPlan {
  row: InstalledPack;
  /** Segments to write, each marked with the pack. */
  put: Segment[];
  /** Ids of this pack's segments the new version no longer has. */
  remove: string[];
}

function plan(row: InstalledPack, before: SegmentPack | undefined): PackPlan {
  const keep = new Set(row.current.segments.map((s) => s.id));
  return {
    row,
    put: installedSegments(row.current, row.source === 'policy'),
    remove: (before?.segments ?? []).map((s) => s.id).filter((id) => !keep.has(id)),
  };
}

/** Installs `pack` over what is installed (any version, newer or older); the version it replaces becomes `previous`. */
export function planInstall(existing: InstalledPack | undefined, pack: SegmentPack, source: PackSource, now: number): PackPlan {
  const sameVersion = existing && existing.current.version === pack.version;
  const previous = sameVersion ? existing.previous : existing?.current;
  return plan({ id: pack.id, current: pack, ...(previous ? { previous } : {}), source, installedAt: now }, existing?.current);
}

/** Goes back to the previous version; the newer one stays stored as `previous`, so it can be updated to again. */
export function planRollback(existing: InstalledPack, now: number): PackPlan {
  if (!existing.previous) throw new Error(`${existing.current.name} has no previous version to roll back to.`);
  if (existing.source === 'policy') throw new Error(`${existing.current.name} is set by your organization's policy.`);
  return plan({ ...existing, current: existing.previous, previous: existing.current, installedAt: now }, existing.current);
}
