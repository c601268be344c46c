// What travels with one hand-off to the team server: the prospect, marketing's notes on it and the segment named
// (the same parts a hand-off file carries, for one hand-off).
import Dexie from 'dexie';
import type { Handoff, HandoffFileNote } from '../domain/handoff';
import { isNote, noteText } from '../domain/notes';
import type { Prospect } from '../domain/prospect';
import type { Segment } from '../domain/segments/segment-schema';
import { fromStored, type SegueDatabase } from './database';

export interface HandoffBundle { prospects: Prospect[]; notes: HandoffFileNote[]; segments: Segment[] }

export async function handoffBundle(db: SegueDatabase, handoff: Handoff): Promise<HandoffBundle> {
  const row = await db.prospects.get(handoff.prospectId);
  const prospects: Prospect[] = [];
  if (row) {
    const { segmentIds: _s, noteTokens: _n, nextFollowUpAt: _f, ...record } = fromStored(row);
    prospects.push(record);
  }
  const entries = await db.activities.where('[prospectId+at]').between([handoff.prospectId, Dexie.minKey], [handoff.prospectId, Dexie.maxKey]).toArray();
  const notes = entries.filter(isNote).map((e) => ({ id: e.id, prospectId: handoff.prospectId, at: e.at, text: noteText(e) }));
  const segment = handoff.segmentId ? await db.segments.get(handoff.segmentId) : undefined;
  return { prospects, notes, segments: segment ? [segment] : [] };
}
