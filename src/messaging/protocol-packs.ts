// Segment packs (part of the one protocol map, see protocol.ts). Every pack write goes through the background, which
// matches the prospects again afterwards.
import type { InstalledPack } from '../domain/packs/installed-pack';
import type { PackDiff } from '../domain/packs/pack-diff';
import type { Segment } from '../domain/segments/segment-schema';

export interface PackChangeResponse {
  pack: InstalledPack;
  diff: PackDiff;
  /** Prospects matched again. */
  rematched: number;
}

export interface PacksProtocol {
  /** Install a pack file's pack, or update (or go back) to its version; it is validated again. Throws with the reason. */
  'packs.install': { request: { pack: unknown }; response: PackChangeResponse };
  /** Swap to the version installed before (the newer one stays stored). Not for a pack set by policy. */
  'packs.rollback': { request: { id: string }; response: PackChangeResponse };
  /** Remove a pack the rep installed, with its segments. */
  'packs.remove': { request: { id: string }; response: { removed: InstalledPack | null; rematched: number } };
  /** "Edit a copy": a local segment made from a pack's segment. */
  'packs.copySegment': { request: { id: string }; response: { segment: Segment } };
}
