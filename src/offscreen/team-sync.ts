// Chrome's offscreen document for team sync while no Segue page is open: an MV3 service worker cannot import()
// PouchDB on demand, so the background opens this document on its alarm (reason WORKERS). It asks the background
// for the job, runs it in a module worker (which loads PouchDB), reports the run, and the background closes it.
import { send } from '../messaging/client';
import type { BackgroundSyncRun } from '../domain/team/sync-schedule';

async function run(): Promise<void> {
  const startedAt = Date.now();
  let result: BackgroundSyncRun;
  try {
    const { job } = await send('teamSync.job', {});
    if (!job) {
      result = { outcome: 'busy', startedAt, finishedAt: Date.now(), attempts: 0, pulled: 0, pushed: 0, mirrored: 0 };
    } else {
      const worker = new Worker(new URL('./team-sync-worker.ts', import.meta.url), { type: 'module', name: 'segue-team-sync' });
      result = await new Promise<BackgroundSyncRun>((done, fail) => {
        worker.addEventListener('message', (event: MessageEvent<BackgroundSyncRun>) => done(event.data));
        worker.addEventListener('error', (event) => fail(new Error(event.message || 'the team sync worker failed')));
        worker.postMessage(job);
      });
      worker.terminate();
    }
  } catch (err) {
    console.error('Segue: background team sync failed', err);
    result = { outcome: 'failed', startedAt, finishedAt: Date.now(), attempts: 0, pulled: 0, pushed: 0, mirrored: 0, error: 'server' };
  }
  await send('teamSync.finished', { run: result });
}

void run();
