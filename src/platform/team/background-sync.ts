// One team sync while no Segue page is open: sign in, pull, push (calls queued in the replica included), mirror into
// Dexie, close. Runs in a worker of Chrome's offscreen document (team-sync-offscreen) or in Firefox's event page,
// never in a page that syncs live: it takes the team-sync lock only when free. While the server cannot be reached
// it tries again after 1 s, 2 s, …; each request gives up after requestTimeoutMs (a server that accepts the
// connection and never answers would otherwise keep the run, and the offscreen document, open).
import type { SegueDatabase } from '../../db/database';
import { TeamSyncError } from '../../domain/team/connection';
import type { BackgroundSyncRun, TeamSyncJob } from '../../domain/team/sync-schedule';
import type { FetchLike } from './couch-session';
import type { PouchStatic } from './pouch';
import { whenTeamSyncFree } from './sync-lock';
import { backOff, TeamSync } from './team-sync';

export interface SyncOnceDeps {
  fetch?: FetchLike;
  adapter?: string;
  pouch?: PouchStatic;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

function timedFetch(base: FetchLike, timeoutMs: number): FetchLike {
  return (input, init = {}) => base(input, { ...init, signal: init.signal ?? AbortSignal.timeout(timeoutMs) });
}

export async function syncTeamOnce(job: TeamSyncJob, database: SegueDatabase, deps: SyncOnceDeps = {}): Promise<BackgroundSyncRun> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const startedAt = now();
  const outcome = await whenTeamSyncFree(async (): Promise<BackgroundSyncRun> => {
    const sync = await TeamSync.open({
      connection: job.connection, database, ...(deps.adapter ? { adapter: deps.adapter } : {}), ...(deps.pouch ? { pouch: deps.pouch } : {}),
      fetch: timedFetch(deps.fetch ?? ((i, init) => fetch(i, init)), job.requestTimeoutMs),
    });
    let attempts = 0;
    let wait = 0;
    try {
      for (;;) {
        attempts++;
        try {
          const done = await sync.syncOnce();
          return { outcome: 'synced', startedAt, finishedAt: now(), attempts, pulled: done.pulled, pushed: done.pushed, mirrored: done.mirrored };
        } catch (err) {
          const kind = err instanceof TeamSyncError ? err.kind : 'server';
          if (kind !== 'unreachable' || attempts >= job.attempts) {
            return { outcome: 'failed', startedAt, finishedAt: now(), attempts, pulled: 0, pushed: 0, mirrored: 0, error: kind };
          }
          wait = backOff(wait);
          await sleep(wait);
        }
      }
    } finally {
      await sync.close().catch(() => undefined);
    }
  });
  if (outcome !== 'busy') return outcome;
  return { outcome: 'busy', startedAt, finishedAt: now(), attempts: 0, pulled: 0, pushed: 0, mirrored: 0 };
}
