// The one place team documents reach the rep's own database: the replica's changes feed, already resolved to one
// revision per document, is written into the team tables. Idempotent: the same change applied twice, or changes
// applied out of order, leave the same rows (a pack never goes back to a lower version).
import type { Resolution } from '../domain/team/conflicts';
import type { HandoffDoc, TeamDoc, TeamListDoc } from '../domain/team/team-docs';
import type { SegueDatabase } from './database';
import type { TeamHandoffRow } from './team-rows';

export interface MirroredChange {
  id: string;
  deleted: boolean;
  resolution: Resolution<TeamDoc> | null;
}

export const TEAM_LIST_SETTING = 'teamList';

function strip<T extends { _id: string; _rev?: string; type: string }>(doc: T): Omit<T, '_id' | '_rev' | 'type'> {
  const { _id: _i, _rev: _r, type: _t, ...rest } = doc;
  return rest;
}

function handoffRow(resolution: Resolution<TeamDoc>): TeamHandoffRow {
  if (resolution.kind === 'winner') return strip(resolution.doc as HandoffDoc);
  const docs = resolution.docs as HandoffDoc[];
  return { ...strip(docs[0]!), unresolved: { states: docs.map((d) => d.state) } };
}

export async function mirrorTeamChanges(db: SegueDatabase, changes: readonly MirroredChange[]): Promise<number> {
  let written = 0;
  await db.transaction('rw', [db.teamPacks, db.teamHandoffs, db.teamActivity, db.settings], async () => {
    for (const change of changes) {
      const [kind, ...rest] = change.id.split(':');
      const key = rest.join(':');
      if (change.deleted || !change.resolution) {
        if (kind === 'pack') await db.teamPacks.delete(key);
        else if (kind === 'handoff') await db.teamHandoffs.delete(key);
        else if (change.id === 'team') await db.settings.delete(TEAM_LIST_SETTING);
        // Activity is append-only: a deletion never reaches a rep through the server's rules.
        written++;
        continue;
      }
      const resolution = change.resolution;
      const doc = resolution.kind === 'winner' ? resolution.doc : resolution.docs[0]!;
      if (doc.type === 'pack') {
        const stored = await db.teamPacks.get(doc.packId);
        if (stored && stored.version > doc.version) continue;
        await db.teamPacks.put(strip(doc));
      } else if (doc.type === 'handoff') {
        await db.teamHandoffs.put(handoffRow(resolution));
      } else if (doc.type === 'activity') {
        await db.teamActivity.put({ ...strip(doc), id: doc._id });
      } else if (doc.type === 'team') {
        await db.settings.put({ key: TEAM_LIST_SETTING, value: strip(doc as TeamListDoc) });
      } else {
        continue;
      }
      written++;
    }
  });
  return written;
}

/** "Leave team": the team's copies go; the rep's own prospects, calls and segments stay. */
export async function clearTeamCopies(db: SegueDatabase): Promise<void> {
  await db.transaction('rw', [db.teamPacks, db.teamHandoffs, db.teamActivity, db.settings], async () => {
    await db.teamPacks.clear();
    await db.teamHandoffs.clear();
    await db.teamActivity.clear();
    await db.settings.delete(TEAM_LIST_SETTING);
  });
}
