// Matching again after segments change, without re-scoring what cannot have changed.
//
// A prospect's stored segment ids are its matched segments in score order (matcher.matchedIds). After an edit, only
// the changed segments (added, edited, removed) can enter or leave that list: the others score exactly as before.
// So each prospect is scored against the changed segments only; only when one of them now matches is the full order
// needed, and then the prospect is matched against every segment. Both matchers answer from per-signature caches
// (see test-groups.ts), so prospects that share the fields the rules read cost a few map lookups.
import type { ProspectFields } from '../prospect';
import { compileSegments, type SegmentMatcher } from './match';
import type { Segment } from './segment-schema';

/** What decides a segment's matches and their order; two segments with the same fingerprint match alike. */
function fingerprint(segment: Segment): string {
  return JSON.stringify([segment.rules, segment.threshold, segment.priority, segment.name]);
}

export interface SegmentChange {
  /** Segments added or edited in a way that can change who matches or the order. */
  changed: Set<string>;
  /** Ids no longer in the list. */
  removed: Set<string>;
}

export function segmentChange(before: readonly Segment[], after: readonly Segment[]): SegmentChange {
  const old = new Map(before.map((s) => [s.id, fingerprint(s)]));
  const changed = new Set<string>();
  for (const s of after) if (old.get(s.id) !== fingerprint(s)) changed.add(s.id);
  const current = new Set(after.map((s) => s.id));
  const removed = new Set(before.map((s) => s.id).filter((id) => !current.has(id)));
  return { changed, removed };
}

export interface Rematcher {
  change: SegmentChange;
  /** False when nothing that matching reads has changed: every stored list stays as it is. */
  needed: boolean;
  /** The prospect's segment ids under the new segments, given its ids under the old ones. */
  matchedIds(prospect: ProspectFields, oldIds: readonly string[]): string[];
}

/**
 * A re-matcher from the segments as they were to the segments as they are. `oldIds` must be what a full match
 * against `before` gave (as stored); the answer is then exactly what a full match against `after` gives.
 */
export function rematcher(before: readonly Segment[], after: readonly Segment[]): Rematcher {
  const change = segmentChange(before, after);
  const needed = change.changed.size > 0 || change.removed.size > 0;
  const full: SegmentMatcher = compileSegments(after);
  const changedOnly = compileSegments(after.filter((s) => change.changed.has(s.id)));
  const unchanged = new Set(after.filter((s) => !change.changed.has(s.id)).map((s) => s.id));
  return {
    change,
    needed,
    matchedIds(prospect, oldIds) {
      if (!needed) return [...oldIds];
      if (change.changed.size > 0 && changedOnly.matchedIds(prospect).length > 0) return full.matchedIds(prospect);
      // No changed segment matches: the unchanged ones keep their scores, so their order, minus the others.
      return oldIds.filter((id) => unchanged.has(id));
    },
  };
}
