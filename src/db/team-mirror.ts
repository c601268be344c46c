// The one place team documents reach the rep's own database: the replica's changes feed, already resolved to one
// revision per document, is applied here. Packs are installed as read-only segments (PacksRepo), hand-offs become
// prospects, timeline entries and stage moves (HandoffsRepo.importFile, merged by the state machine), and team
// activity is kept for team insights. Idempotent: the same change applied twice, or changes applied out of order,
// leave the same rows (a pack never goes back to a lower version).
import { conflictSummary, type Resolution, type TeamConflict } from '../domain/team/conflicts';
import { HANDOFF_FILE_FORMAT, HANDOFF_FILE_VERSION, personRef, type HandoffFile, type TeamMember } from '../domain/handoff';
import { compareVersions } from '../domain/packs/pack-version';
import type { HandoffDoc, PackDoc, TeamDoc, TeamListDoc, TeamSettingsDoc } from '../domain/team/team-docs';
import { teamMembersFromList } from '../domain/team/team-members';
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
export const TEAM_SETTINGS_SETTING = 'teamSettings';
/** Conflicts the rules could not settle (TeamConflict[]), shown in Settings → Team until a new revision settles them. */
export const TEAM_CONFLICTS_SETTING = 'teamConflicts';

export interface MirrorOptions {
  now?: () => number;
  /** The signed-in user: "this is me" in the team list the hand-off code reads. */
  user?: string;
}

async function mirrorTeamList(db: SegueDatabase, doc: TeamListDoc, user: string | undefined): Promise<void> {
  const { _id: _i, _rev: _r, type: _t, ...rest } = doc;
  await db.settings.put({ key: TEAM_LIST_SETTING, value: rest });
  // The server's list becomes the list the hand-off form, the badge and Accept/Return read.
  await db.settings.put({ key: 'team', value: teamMembersFromList(doc, user) });
  await alignHandoffPeople(db, (await db.teamHandoffs.toArray()).map((r) => r.handoffId));
}

/**
 * Team hand-offs name their owner and sender by server user (the team document's `owner`, `from`); the hand-off
 * record names them as people, which the badge and Accept compare with "this is me". When marketing renames
 * someone in the team list, the record's names follow, so a hand-off never stops being its owner's.
 */
async function alignHandoffPeople(db: SegueDatabase, handoffIds: readonly string[]): Promise<void> {
  const team = ((await db.settings.get('team'))?.value as TeamMember[] | undefined) ?? [];
  const byUser = new Map(team.filter((m) => m.user).map((m) => [m.user!, personRef(m)]));
  for (const id of handoffIds) {
    const row = await db.teamHandoffs.get(id);
    const handoff = row && await db.handoffs.get(id);
    if (!row || !handoff) continue;
    const owner = byUser.get(row.owner);
    const from = byUser.get(row.from);
    const next = { ...handoff, ...(owner ? { owner } : {}), ...(from ? { from } : {}) };
    if (JSON.stringify(next.owner) !== JSON.stringify(handoff.owner) || JSON.stringify(next.from) !== JSON.stringify(handoff.from)) await db.handoffs.put(next);
  }
}

async function noteConflicts(db: SegueDatabase, settled: readonly string[], open: readonly TeamConflict[]): Promise<void> {
  if (settled.length === 0 && open.length === 0) return;
  const before = ((await db.settings.get(TEAM_CONFLICTS_SETTING))?.value as TeamConflict[] | undefined) ?? [];
  const gone = new Set([...settled, ...open.map((c) => c.id)]);
  const after = [...before.filter((c) => !gone.has(c.id)), ...open];
  if (after.length === 0 && before.length === 0) return;
  await db.settings.put({ key: TEAM_CONFLICTS_SETTING, value: after });
}

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
  await alignHandoffPeople(db, [doc.handoffId]);
}

export async function mirrorTeamChanges(db: SegueDatabase, changes: readonly MirroredChange[], options: MirrorOptions | (() => number) = {}): Promise<number> {
  const { now = Date.now, user } = typeof options === 'function' ? { now: options, user: undefined } : options;
  let written = 0;
  const settled: string[] = [];
  const open: TeamConflict[] = [];
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
      } else if (change.id === 'settings') {
        await db.settings.delete(TEAM_SETTINGS_SETTING);
      }
      settled.push(change.id);
      // Activity is append-only: the server's rules never let a deletion through.
      written++;
      continue;
    }
    const resolution = change.resolution;
    let doc: TeamDoc;
    if (resolution.kind === 'unresolved') {
      // Shown to the rep; meanwhile the revision the server itself picked (the first) keeps the page current.
      open.push(conflictSummary(change.id, resolution.docs, now()));
      doc = resolution.docs[0]!;
    } else {
      settled.push(change.id);
      doc = resolution.doc;
    }
    if (doc.type === 'pack') await mirrorPack(db, doc);
    else if (doc.type === 'handoff') await mirrorHandoff(db, doc, now);
    else if (doc.type === 'activity') {
      const { _id, _rev: _r, type: _t, ...rest } = doc;
      activity.push({ ...rest, id: _id });
    } else if (doc.type === 'team') {
      await mirrorTeamList(db, doc, user);
    } else if (doc.type === 'settings') {
      const { _id: _i, _rev: _r, type: _t, ...rest } = doc as TeamSettingsDoc;
      await db.settings.put({ key: TEAM_SETTINGS_SETTING, value: rest });
    } else continue;
    written++;
  }
  if (activity.length) await db.teamActivity.bulkPut(activity);
  await noteConflicts(db, settled, open);
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
    await db.settings.bulkDelete([TEAM_LIST_SETTING, TEAM_SETTINGS_SETTING, TEAM_CONFLICTS_SETTING]);
    // The server's team list stood in for the rep's own; drop the members that came from it.
    const team = ((await db.settings.get('team'))?.value as { user?: string }[] | undefined) ?? [];
    if (team.some((m) => m.user)) await db.settings.put({ key: 'team', value: team.filter((m) => !m.user) });
  });
}
