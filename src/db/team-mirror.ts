// The one place team documents reach the rep's own database: the replica's changes feed, already resolved to one
// revision per document, is applied here. Packs are installed as read-only segments (PacksRepo), hand-offs become
// prospects, timeline entries and stage moves (HandoffsRepo.importFile, merged by the state machine), and team
// activity is kept for team insights. Idempotent: the same change applied twice, or changes applied out of order,
// leave the same rows (a pack never goes back to a lower version).
import type { Resolution } from '../domain/team/conflicts';
import { HANDOFF_FILE_FORMAT, HANDOFF_FILE_VERSION, type HandoffFile } from '../domain/handoff';
import { compareVersions } from '../domain/packs/pack-version';
import type { HandoffDoc, PackDoc, TeamDoc, TeamListDoc } from '../domain/team/team-docs';
import type { SegueDatabase } from './database';
import type { TeamActivityRow } from './team-rows';
import { HandoffsRepo } from './handoffs-repo';
import { PacksRepo } from './packs-repo';

export interface MirroredChange {
  id: string;
  deleted: boolean;
  resolution: Resolution<TeamDoc> | null;
}

export const TEAM_LIST_SETTING = 'teamList';

async function mirrorPack(db: SegueDatabase, doc: PackDoc): Promise<void> {
  const shown = await db.teamPacks.get(doc.packId);
  if (shown && compareVersions(shown.version, doc.pack.version) > 0) return;
  const row = { packId: doc.packId, version: doc.pack.version, title: doc.pack.name, publishedBy: doc.publishedBy };
  const installed = await db.packs.get(doc.packId);
  try {
    if (!installed || compareVersions(installed.current.version, doc.pack.version) < 0) await new PacksRepo(db).install(doc.pack, 'file');
    await db.teamPacks.put(row);
  } catch (error) {
    await db.teamPacks.put({ ...row, installError: (error as Error).message });
  }
}

async function mirrorHandoff(db: SegueDatabase, doc: HandoffDoc, now: () => number): Promise<void> {
  const file: HandoffFile = {
    format: HANDOFF_FILE_FORMAT, version: HANDOFF_FILE_VERSION, exportedAt: new Date(now()).toISOString(),
    owner: doc.handoff.owner, handoffs: [doc.handoff], prospects: doc.prospects, notes: doc.notes, segments: doc.segments,
  };
  await new HandoffsRepo(db, now).importFile(file);
  await db.teamHandoffs.put({
    handoffId: doc.handoffId, state: doc.handoff.state, from: doc.from, owner: doc.owner,
    prospectName: doc.prospects.find((p) => p.id === doc.handoff.prospectId)?.fullName ?? '',
  });
}

export async function mirrorTeamChanges(db: SegueDatabase, changes: readonly MirroredChange[], now: () => number = Date.now): Promise<number> {
  let written = 0;
  // Activity is the bulk of a team's documents: written in one go per batch, not one transaction each.
  const activity: TeamActivityRow[] = [];
  for (const change of changes) {
    const [kind, ...rest] = change.id.split(':');
    const key = rest.join(':');
    if (change.deleted || !change.resolution) {
      if (kind === 'pack') {
        await new PacksRepo(db).remove(key).catch(() => undefined);
        await db.teamPacks.delete(key);
      } else if (kind === 'handoff') {
        await db.teamHandoffs.delete(key);
      } else if (change.id === 'team') {
        await db.settings.delete(TEAM_LIST_SETTING);
      }
      // Activity is append-only: the server's rules never let a deletion through.
      written++;
      continue;
    }
    const resolution = change.resolution;
    if (resolution.kind === 'unresolved') continue;
    const doc = resolution.doc;
    if (doc.type === 'pack') await mirrorPack(db, doc);
    else if (doc.type === 'handoff') await mirrorHandoff(db, doc, now);
    else if (doc.type === 'activity') {
      const { _id, _rev: _r, type: _t, ...rest } = doc;
      activity.push({ ...rest, id: _id });
    } else if (doc.type === 'team') {
      const { _id: _i, _rev: _r, type: _t, ...rest } = doc as TeamListDoc;
      await db.settings.put({ key: TEAM_LIST_SETTING, value: rest });
    } else continue;
    written++;
  }
  if (activity.length) await db.teamActivity.bulkPut(activity);
  return written;
}

/**
 * "Leave team": the team's copies go (the team tables, and the packs the team installed); the rep's own prospects,
 * calls and segments stay, and so do prospects that came with hand-offs (the rep has worked them: they are theirs).
 */
export async function clearTeamCopies(db: SegueDatabase): Promise<void> {
  const packs = await db.teamPacks.toArray();
  for (const pack of packs) await new PacksRepo(db).remove(pack.packId).catch(() => undefined);
  await db.transaction('rw', [db.teamPacks, db.teamHandoffs, db.teamActivity, db.settings], async () => {
    await db.teamPacks.clear();
    await db.teamHandoffs.clear();
    await db.teamActivity.clear();
    await db.settings.delete(TEAM_LIST_SETTING);
  });
}
