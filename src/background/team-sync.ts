// Team sync while no Segue page is open ("live while awake, on an alarm otherwise"). Pages sync live; the
// background's periodic alarm runs one sync when no page does (the team-sync lock), skips ticks after failed runs
// (domain/team/sync-schedule.ts), and refreshes the hand-off badge after every run.
import {
  afterRun, shouldRunAt, TEAM_SYNC_PERIOD_MINUTES, type BackgroundSyncRun, type TeamSyncJob,
} from '../domain/team/sync-schedule';
import type { Handlers } from '../messaging/router';
import type { TeamSyncProtocol } from '../messaging/protocol-team-sync';
import {
  clearAlarm, closeTeamSyncDocument, ensurePeriodicAlarm, forgetSyncState, openTeamSyncDocument, readSyncState, syncInBackgroundPage,
  syncsOffscreen, writeSyncState,
} from '../platform/team/background-runner';
import { isTeamSyncHeld } from '../platform/team/sync-lock';
import { readTeamConnection } from '../platform/team/team-store';
import { refreshBadge } from './calls';

export const TEAM_SYNC_ALARM = 'team-sync';

const config = { periodMinutes: TEAM_SYNC_PERIOD_MINUTES, requestTimeoutMs: 30_000, attempts: 3 };

/** The test build's service worker shortens these (tests/support/background-test-entry.ts); nothing else calls it. */
export function configureTeamSync(patch: Partial<typeof config>): void {
  Object.assign(config, patch);
}

/** A run takes at most its attempts' timeouts and waits; an offscreen document open for much longer is stale. */
const staleAfterMs = () => config.attempts * (config.requestTimeoutMs * 4 + 8_000) + 60_000;

/** The alarm exists exactly while a team is configured. */
export async function scheduleTeamSync(): Promise<void> {
  if (await readTeamConnection()) {
    await ensurePeriodicAlarm(TEAM_SYNC_ALARM, config.periodMinutes);
    return;
  }
  await clearAlarm(TEAM_SYNC_ALARM);
  await closeTeamSyncDocument();
  await forgetSyncState();
}

export async function teamSyncJob(): Promise<TeamSyncJob | null> {
  const connection = await readTeamConnection();
  return connection ? { connection, requestTimeoutMs: config.requestTimeoutMs, attempts: config.attempts } : null;
}

export async function onTeamSyncAlarm(now = Date.now()): Promise<void> {
  const job = await teamSyncJob();
  if (!job) {
    await scheduleTeamSync();
    return;
  }
  if (!shouldRunAt(await readSyncState(), now)) return;
  // A Segue page syncs live (it holds the team-sync lock): nothing to do but make sure the badge is current.
  if (await isTeamSyncHeld()) {
    await refreshBadge();
    return;
  }
  // Chrome: the offscreen document asks for the job and reports back ('teamSync.finished').
  if (syncsOffscreen()) await openTeamSyncDocument(now, staleAfterMs());
  else await finishTeamSync(await syncInBackgroundPage(job));
}

export async function finishTeamSync(run: BackgroundSyncRun): Promise<void> {
  await writeSyncState(afterRun(await readSyncState(), run, config.periodMinutes * 60_000));
  await closeTeamSyncDocument();
  await refreshBadge();
}

export function teamSyncHandlers(): Pick<Handlers, keyof TeamSyncProtocol> {
  return {
    'teamSync.job': async () => ({ job: await teamSyncJob() }),
    'teamSync.finished': async ({ run }) => { await finishTeamSync(run); return { recorded: true }; },
    'teamSync.mirrored': async () => { await refreshBadge(); return { refreshed: true }; },
  };
}
