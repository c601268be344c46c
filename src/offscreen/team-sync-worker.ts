// The worker of the team-sync offscreen document: one sync of the team replica (PouchDB, loaded here on demand),
// mirrored into Segue's database. No extension API here: the job, credentials included, comes in a message.
import { database } from '../db/default-database';
import type { BackgroundSyncRun, TeamSyncJob } from '../domain/team/sync-schedule';
import { syncTeamOnce } from '../platform/team/background-sync';

const post = (run: BackgroundSyncRun) => (globalThis as unknown as { postMessage(message: unknown): void }).postMessage(run);

globalThis.addEventListener('message', (event) => {
  const job = (event as MessageEvent<TeamSyncJob>).data;
  const startedAt = Date.now();
  void syncTeamOnce(job, database()).then(post, (err: unknown) => {
    console.error('Segue: team sync failed', err);
    post({ outcome: 'failed', startedAt, finishedAt: Date.now(), attempts: 1, pulled: 0, pushed: 0, mirrored: 0, error: 'server' });
  });
});
