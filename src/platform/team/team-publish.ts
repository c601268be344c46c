// Marketing's and the owner's writes to the team database, through the replica (queued there while offline, sent by
// the live or the next sync; the server's validate_doc_update has the last word): a segment pack, the team list,
// the team settings, hand-offs and their answers. Also the clean-up of conflicts the rules settled, which only
// marketing may do (deleting a losing revision is a change to a pack or a hand-off).
import type { SegueDatabase } from '../../db/database';
import { handoffBundle } from '../../db/team-handoff-bundle';
import { TEAM_LIST_SETTING } from '../../db/team-mirror';
import { teamPrivacy } from '../../db/team-outbox';
import { compareVersions } from '../../domain/packs/pack-version';
import type { SegmentPack } from '../../domain/packs/pack';
import { handoffOutboxDecision } from '../../domain/team/handoff-outbox';
import {
  handoffDocId, packDocId, TEAM_LIST_ID, TEAM_SETTINGS_ID, type ActivityPrivacy, type HandoffDoc, type PackDoc, type TeamDoc, type TeamListDoc,
  type TeamListMember, type TeamSettingsDoc,
} from '../../domain/team/team-docs';
import { handoffDocFor, teamListDoc, teamListProblems } from '../../domain/team/team-members';
import type { PouchDatabase, PouchDoc } from './pouch';

export const HANDOFFS_PUBLISHED_SINCE_SETTING = 'teamHandoffsSince';

export class TeamPublishError extends Error {
  override name = 'TeamPublishError';
}

export interface TeamWriter {
  replica: PouchDatabase;
  user: string;
  database: SegueDatabase;
}

async function current(replica: PouchDatabase, id: string): Promise<PouchDoc | undefined> {
  try {
    return await replica.get(id, { conflicts: true });
  } catch (err) {
    if ((err as { status?: number }).status === 404) return undefined;
    throw err;
  }
}

/** Deletes the other live revisions of a document, so the one just written stands on every machine. */
async function dropConflicts(replica: PouchDatabase, doc: PouchDoc | undefined): Promise<void> {
  for (const rev of doc?._conflicts ?? []) await replica.put({ _id: doc!._id, _rev: rev, _deleted: true });
}

/** Publishes a pack (a new one, or a new version: it must be higher than the team's). */
export async function publishPack(writer: TeamWriter, pack: SegmentPack): Promise<string> {
  const id = packDocId(pack.id);
  const before = await current(writer.replica, id);
  const had = before && !before._deleted ? (before as unknown as PackDoc).pack.version : undefined;
  if (had && compareVersions(pack.version, had) <= 0) {
    throw new TeamPublishError(`The team already has version ${had} of this pack: publish a higher version.`);
  }
  const doc: PackDoc = { _id: id, ...(before?._rev ? { _rev: before._rev } : {}), type: 'pack', packId: pack.id, publishedBy: writer.user, pack };
  const saved = await writer.replica.put(doc as unknown as PouchDoc);
  await dropConflicts(writer.replica, before);
  return saved.rev;
}

export async function saveTeamList(writer: TeamWriter, name: string, members: readonly TeamListMember[]): Promise<TeamListDoc> {
  const problems = teamListProblems(members);
  if (problems.length) throw new TeamPublishError(problems.map((p) => p.message).join('; '));
  const before = await current(writer.replica, TEAM_LIST_ID);
  const doc = teamListDoc(name, members, before?._rev);
  // An older list kept the privacy setting here: carry it, so reps that read it see no change.
  if (before && (before as unknown as TeamListDoc).privacy) doc.privacy = (before as unknown as TeamListDoc).privacy!;
  await writer.replica.put(doc as unknown as PouchDoc);
  await dropConflicts(writer.replica, before);
  return doc;
}

/** Writes the team settings document, keeping what the change does not touch (privacy, the per-rep switch). */
async function saveTeamSettings(writer: TeamWriter, change: Partial<Pick<TeamSettingsDoc, 'privacy' | 'showPerRep'>>, now: number): Promise<void> {
  const before = await current(writer.replica, TEAM_SETTINGS_ID) as unknown as TeamSettingsDoc | undefined;
  const kept = before && !(before as { _deleted?: boolean })._deleted ? before : undefined;
  // No settings document yet: the privacy an older team list carried (what reps obey today) stays.
  const privacy = change.privacy ?? kept?.privacy ?? await teamPrivacy(writer.database);
  const showPerRep = change.showPerRep ?? kept?.showPerRep;
  const doc: TeamSettingsDoc = {
    _id: TEAM_SETTINGS_ID, ...(before?._rev ? { _rev: before._rev } : {}), type: 'settings', privacy,
    ...(showPerRep !== undefined ? { showPerRep } : {}), updatedBy: writer.user, updatedAt: now,
  };
  await writer.replica.put(doc as unknown as PouchDoc);
  await dropConflicts(writer.replica, before as unknown as PouchDoc | undefined);
}

export async function saveTeamPrivacy(writer: TeamWriter, privacy: ActivityPrivacy, now: number): Promise<void> {
  await saveTeamSettings(writer, { privacy }, now);
}

/** Marketing's choice whether team insights show each rep's own figures. */
export async function saveTeamPerRep(writer: TeamWriter, showPerRep: boolean, now: number): Promise<void> {
  await saveTeamSettings(writer, { showPerRep }, now);
}

/**
 * Sends this machine's hand-offs the team has not seen in their state: marketing's new offers to team members, and
 * the owner's Accept or Return. Returns how many documents were written to the replica.
 */
export async function publishHandoffs(writer: TeamWriter, now: number): Promise<number> {
  const db = writer.database;
  let since = (await db.settings.get(HANDOFFS_PUBLISHED_SINCE_SETTING))?.value as number | undefined;
  if (since === undefined) {
    since = now;
    await db.settings.put({ key: HANDOFFS_PUBLISHED_SINCE_SETTING, value: since });
  }
  const list = (await db.settings.get(TEAM_LIST_SETTING))?.value as Pick<TeamListDoc, 'members'> | undefined;
  let written = 0;
  for (const local of await db.handoffs.toArray()) {
    const remote = await current(writer.replica, handoffDocId(local.id)) as unknown as HandoffDoc | undefined;
    const decision = handoffOutboxDecision({ local, remote, me: writer.user, list, since });
    if (decision.kind === 'skip') continue;
    const doc = decision.kind === 'answer'
      ? decision.doc
      : handoffDocFor({ handoff: local, from: decision.from, owner: decision.owner, ...(await handoffBundle(db, local)) });
    try {
      await writer.replica.put(doc as unknown as PouchDoc);
      written++;
    } catch (err) {
      if ((err as { status?: number }).status !== 409) throw err;
    }
  }
  return written;
}

/** Marketing's clean-up after the rules settled a conflict: the losing revisions are deleted everywhere. */
export async function pruneSettledConflict(replica: PouchDatabase, revisions: readonly TeamDoc[], winner: TeamDoc): Promise<number> {
  let pruned = 0;
  for (const doc of revisions) {
    if (doc === winner || !doc._rev || doc._rev === winner._rev) continue;
    await replica.put({ _id: doc._id, _rev: doc._rev, _deleted: true });
    pruned++;
  }
  return pruned;
}


