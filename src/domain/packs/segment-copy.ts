// "Edit a copy": a pack's segment becomes the rep's own, under a new id and name, no longer tied to the pack.
import type { Segment } from '../segments/segment-schema';
import { withoutPack } from './pack';

/** The copy of `source` with an id not in `takenIds` ("sales-leaders-copy", "-copy-2", …) and "(copy)" after its name. */
export function copyOfPackSegment(source: Segment, takenIds: ReadonlySet<string>): Segment {
  const base = `${source.id}-copy`.slice(0, 74).replace(/[-_]+$/, '');
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  const name = `${source.name} (copy)`.slice(0, 200);
  return { ...withoutPack(source), id, name };
}
