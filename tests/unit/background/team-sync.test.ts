// The background's side of team sync while no Segue page is open: the alarm exists exactly while a team is
// configured; on Chrome each tick opens the offscreen document (once), which asks for its job and reports its run;
// failed runs hold back later ticks. chrome.offscreen is stood in for here (the fake browser has none).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from '../../../src/platform/browser';
import { forgetTeamConnection, saveTeamConnection } from '../../../src/platform/team/team-store';
import { readSyncState } from '../../../src/platform/team/background-runner';
import { holdTeamSyncShared } from '../../../src/platform/team/sync-lock';
import { onTeamSyncAlarm, scheduleTeamSync, TEAM_SYNC_ALARM, teamSyncHandlers } from '../../../src/background/team-sync';
import type { BackgroundSyncRun } from '../../../src/domain/team/sync-schedule';

const connection = { server: 'https://couch.example.com', database: 'acme', user: 'rob', password: 'r-pass' };
const sender = {} as never;
let documents: string[] = [];
let open = false;

const run = (outcome: BackgroundSyncRun['outcome'], finishedAt: number): BackgroundSyncRun =>
  ({ outcome, startedAt: finishedAt - 500, finishedAt, attempts: outcome === 'failed' ? 3 : 1, pulled: 0, pushed: 0, mirrored: 0, ...(outcome === 'failed' ? { error: 'unreachable' as const } : {}) });

beforeEach(async () => {
  documents = [];
  open = false;
  (globalThis as { chrome?: unknown }).chrome = {
    offscreen: {
      createDocument: async ({ url }: { url: string }) => { documents.push(url); open = true; },
      closeDocument: async () => { open = false; },
      hasDocument: async () => open,
    },
  };
  await browser.storage.local.clear();
  await browser.alarms.clearAll();
});
afterEach(() => { delete (globalThis as { chrome?: unknown }).chrome; });

describe('background team sync', () => {
  it('keeps a periodic alarm exactly while a team is configured', async () => {
    await scheduleTeamSync();
    expect(await browser.alarms.get(TEAM_SYNC_ALARM)).toBeUndefined();
    await saveTeamConnection(connection);
    await scheduleTeamSync();
    expect(await browser.alarms.get(TEAM_SYNC_ALARM)).toMatchObject({ periodInMinutes: 5 });
    await forgetTeamConnection();
    await scheduleTeamSync();
    expect(await browser.alarms.get(TEAM_SYNC_ALARM)).toBeUndefined();
  });

  it('opens the offscreen document on a tick, hands it the job, and closes it when the run is reported', async () => {
    await saveTeamConnection(connection);
    const now = Date.now();
    await onTeamSyncAlarm(now);
    expect(documents).toEqual(['src/offscreen/team-sync.html']);
    await onTeamSyncAlarm(now + 6_000); // still running: not a second document
    expect(documents).toHaveLength(1);

    const handlers = teamSyncHandlers();
    expect(await handlers['teamSync.job']({}, sender)).toEqual({ job: { connection, requestTimeoutMs: 30_000, attempts: 3 } });
    await handlers['teamSync.finished']({ run: run('synced', now + 1000) }, sender);
    expect(open).toBe(false);
    expect((await readSyncState()).runs.map((r) => r.outcome)).toEqual(['synced']);
  });

  it('holds back ticks after failed runs, longer after each', async () => {
    await saveTeamConnection(connection);
    const handlers = teamSyncHandlers();
    const period = 5 * 60_000;
    const t0 = Date.now();
    await handlers['teamSync.finished']({ run: run('failed', t0) }, sender);
    await handlers['teamSync.finished']({ run: run('failed', t0 + period) }, sender);
    expect((await readSyncState()).failures).toBe(2);
    await onTeamSyncAlarm(t0 + 2 * period); // within the 10-minute wait
    expect(documents).toEqual([]);
    await onTeamSyncAlarm(t0 + 3 * period);
    expect(documents).toHaveLength(1);
  });

  it('closes a document that never reported and opens a new one', async () => {
    await saveTeamConnection(connection);
    const t0 = Date.now();
    await onTeamSyncAlarm(t0);
    await onTeamSyncAlarm(t0 + 60 * 60_000);
    expect(documents).toHaveLength(2);
  });

  it('skips a tick while a page syncs live (it holds the team-sync lock)', async () => {
    await saveTeamConnection(connection);
    const held: { name: string }[] = [];
    Object.defineProperty(globalThis.navigator, 'locks', {
      configurable: true,
      value: {
        query: async () => ({ held: [...held] }),
        request: async (name: string, _options: unknown, run: (lock: unknown) => unknown) => { held.push({ name }); return run({ name }); },
      },
    });
    try {
      holdTeamSyncShared();
      await new Promise((r) => setTimeout(r, 0));
      await onTeamSyncAlarm(Date.now());
      expect(documents).toEqual([]);
    } finally {
      delete (globalThis.navigator as { locks?: unknown }).locks;
    }
  });

  it('answers no job once the rep left the team, and forgets the runs', async () => {
    await saveTeamConnection(connection);
    await teamSyncHandlers()['teamSync.finished']({ run: run('failed', Date.now()) }, sender);
    await forgetTeamConnection();
    expect(await teamSyncHandlers()['teamSync.job']({}, sender)).toEqual({ job: null });
    await onTeamSyncAlarm(Date.now());
    expect(documents).toEqual([]);
    expect((await readSyncState()).runs).toEqual([]);
  });
});
