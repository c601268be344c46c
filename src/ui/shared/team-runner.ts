// Runs team sync in an open Segue page (live while it is open). Team sync code, PouchDB included, is imported
// only here and only when a team is configured, so a page without a team never loads it.
import type { SegueDatabase } from '../../db/database';
import { TeamSyncError, type TeamConnection, type TeamErrorKind } from '../../domain/team/connection';
import type { TeamSync, TeamSyncStatus } from '../../platform/team/team-sync';
import { send } from '../../messaging/client';

type Listener = (status: TeamSyncStatus) => void;
type RolesListener = (roles: readonly string[] | null) => void;

let running: TeamSync | null = null;
/** The signed-in user's CouchDB roles (the session's userCtx); null while no team is signed in. */
let currentRoles: readonly string[] | null = null;
const rolesListeners = new Set<RolesListener>();

const publishRoles = (roles: readonly string[] | null) => {
  currentRoles = roles;
  for (const listener of rolesListeners) listener(roles);
};

export function onTeamRoles(listener: RolesListener): () => void {
  rolesListeners.add(listener);
  listener(currentRoles);
  return () => rolesListeners.delete(listener);
}

/** The running team sync, to write through (publish a pack, save the team list); an error when none runs. */
export function teamWriter(): TeamSync {
  if (!running) throw new TeamSyncError('unreachable', 'team sync is not running on this page');
  return running;
}

let lastStatus: TeamSyncStatus = { state: 'idle', denied: 0 };
const listeners = new Set<Listener>();

const publish = (status: TeamSyncStatus) => {
  lastStatus = status;
  for (const listener of listeners) listener(status);
};

export function onTeamStatus(listener: Listener): () => void {
  listeners.add(listener);
  listener(lastStatus);
  return () => listeners.delete(listener);
}

async function open(connection: TeamConnection, database: SegueDatabase): Promise<TeamSync> {
  const { TeamSync } = await import('../../platform/team/team-sync');
  // Mirrored hand-offs change the toolbar badge, which only the background sets.
  const onMirrored = () => void send('teamSync.mirrored', {}).catch(() => undefined);
  return TeamSync.open({ connection, database, onStatus: publish, onMirrored });
}

/** Signs in and syncs once (the check behind "Join team"); throws a TeamSyncError the form can explain. */
export async function joinTeam(connection: TeamConnection, database: SegueDatabase): Promise<{ roles: string[] }> {
  await stopTeamSync();
  const sync = await open(connection, database);
  try {
    const { roles } = await sync.session.signIn();
    await sync.syncOnce();
    running = sync;
    await sync.startLive();
    publishRoles(roles);
    return { roles };
  } catch (err) {
    await sync.destroy().catch(() => undefined);
    throw err;
  }
}

/**
 * The rep's new password for the team they are in: signs in and resumes live sync. Unlike a failed join, a refused
 * password here keeps the replica, so calls queued while signed out are still sent once signed in.
 */
export async function signInAgain(connection: TeamConnection, database: SegueDatabase): Promise<void> {
  const previous = lastStatus;
  await stopTeamSync();
  const sync = await open(connection, database);
  try {
    const { roles } = await sync.session.signIn();
    running = sync;
    await sync.startLive();
    publishRoles(roles);
  } catch (err) {
    running = null;
    await sync.close().catch(() => undefined);
    publish(previous);
    throw err;
  }
}

/** Starts live sync for a stored connection (a dashboard page opening). */
export async function resumeTeamSync(connection: TeamConnection, database: SegueDatabase): Promise<void> {
  if (running) return;
  const sync = await open(connection, database);
  running = sync;
  await sync.startLive().catch((err: unknown) => {
    if (!(err instanceof TeamSyncError)) throw err;
  });
  if (sync.roles.length) publishRoles(sync.roles);
}

export async function stopTeamSync(): Promise<void> {
  const sync = running;
  running = null;
  publishRoles(null);
  await sync?.stop();
}

/** "Leave team": stops, signs out and deletes the replica (the caller clears credentials and the team tables). */
export async function leaveTeam(connection: TeamConnection | null, database: SegueDatabase): Promise<void> {
  const sync = running ?? (connection ? await open(connection, database) : null);
  running = null;
  publishRoles(null);
  await sync?.destroy();
  publish({ state: 'idle', denied: 0 });
}

export function errorKindOf(err: unknown): TeamErrorKind | null {
  return err instanceof TeamSyncError ? err.kind : null;
}
