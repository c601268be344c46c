// The background's one-shot team sync (no Segue page open) against the CouchDB-compatible test server: retries with
// backoff while the server is stopped, then picks up what marketing published and the calls queued in the replica.
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type SegueDatabase } from '../../../../src/db/database';
import type { TeamConnection } from '../../../../src/domain/team/connection';
import { packDocId } from '../../../../src/domain/team/team-docs';
import type { TeamSyncJob } from '../../../../src/domain/team/sync-schedule';
import { syncTeamOnce } from '../../../../src/platform/team/background-sync';
import { packDoc } from '../../../support/team-server/team-docs';
import type { TeamServer } from '../../../support/team-server/team-server';
import { startTeam } from '../../../support/team-server/team-fixture';
import { cookieFetch } from '../../../support/team-server/cookie-fetch';

const DB = 'acme-team';
let server: TeamServer;
const dbs: SegueDatabase[] = [];

beforeAll(async () => {
  server = await startTeam(DB);
}, 30_000);
afterAll(async () => { await server?.stop(); });
afterEach(async () => {
  for (const db of dbs.splice(0)) { db.close(); await Dexie.delete(db.name); }
});

const job = (password = 'r-pass'): TeamSyncJob => ({
  connection: { server: server.url, database: DB, user: 'rob', password } satisfies TeamConnection, requestTimeoutMs: 400, attempts: 3,
});

describe('background team sync (one run)', () => {
  it('retries after 1 s, then 2 s while the server is stopped, gives up after 3 tries, and syncs on the next run', async () => {
    const db = await openDatabase('bg-sync-1');
    dbs.push(db);
    const transport = cookieFetch();
    const waits: number[] = [];
    server.pause();
    let failed;
    try {
      failed = await syncTeamOnce(job(), db, { fetch: transport.fetch, adapter: 'idb', sleep: async (ms) => { waits.push(ms); } });
    } finally {
      server.resume();
    }
    expect(failed).toMatchObject({ outcome: 'failed', error: 'unreachable', attempts: 3 });
    expect(waits).toEqual([1000, 2000]);

    const published = await cookieFetch().fetch(`${server.url}/${DB}/${packDocId('fintech')}`, {
      method: 'PUT', body: JSON.stringify(packDoc('fintech', '3', 'Fintech CFOs')),
      headers: { 'content-type': 'application/json', authorization: `Basic ${btoa('maria:m-pass')}` },
    });
    expect(published.status).toBe(201);
    const synced = await syncTeamOnce(job(), db, { fetch: transport.fetch, adapter: 'idb' });
    expect(synced).toMatchObject({ outcome: 'synced', attempts: 1 });
    expect(synced.pulled).toBeGreaterThanOrEqual(1);
    expect(await db.teamPacks.get('fintech')).toMatchObject({ version: '3', title: 'Fintech CFOs' });
    // The next run starts from the checkpoint: nothing new to read.
    expect(await syncTeamOnce(job(), db, { fetch: transport.fetch, adapter: 'idb' })).toMatchObject({ outcome: 'synced', pulled: 0 });
  }, 60_000);

  it('does not retry a refused password within the run', async () => {
    const db = await openDatabase('bg-sync-2');
    dbs.push(db);
    const waits: number[] = [];
    const run = await syncTeamOnce(job('wrong'), db, { fetch: cookieFetch().fetch, adapter: 'idb', sleep: async (ms) => { waits.push(ms); } });
    expect(run).toMatchObject({ outcome: 'failed', error: 'wrong-password', attempts: 1 });
    expect(waits).toEqual([]);
  });
});
