// Team sync against a real CouchDB-compatible server (express-pouchdb in a child process): PouchDB replicas on
// the idb adapter (fake-indexeddb here), mirrored into Segue's Dexie database.
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, toStored, type SegueDatabase } from '../../../../src/db/database';
import { generateProspects } from '../../../support/db/generate';
import { CallsRepo } from '../../../../src/db/calls-repo';
import { ProspectsRepo } from '../../../../src/db/prospects-repo';
import { TEAM_SETTINGS_SETTING } from '../../../../src/db/team-mirror';
import { saveTeamPerRep, saveTeamPrivacy } from '../../../../src/platform/team/team-publish';
import { type TeamConnection } from '../../../../src/domain/team/connection';
import { activityDocId, packDocId, type ActivityDoc, type PackDoc } from '../../../../src/domain/team/team-docs';
import { backOff, TeamSync, type TeamSyncOptions } from '../../../../src/platform/team/team-sync';
import { packDoc } from '../../../support/team-server/team-docs';
import type { TeamServer } from '../../../support/team-server/team-server';
import { startTeam } from '../../../support/team-server/team-fixture';
import { cookieFetch, type CookieFetch } from '../../../support/team-server/cookie-fetch';

const DB = 'acme-team';
let server: TeamServer;
let n = 0;
const open: { sync: TeamSync; db: SegueDatabase }[] = [];

beforeAll(async () => {
  server = await startTeam(DB);
}, 30_000);
afterAll(async () => { await server?.stop(); });
afterEach(async () => {
  for (const { sync, db } of open.splice(0)) {
    await sync.destroy().catch(() => undefined);
    db.close();
    await Dexie.delete(db.name);
  }
});

async function member(user: string, password: string, transport: CookieFetch = cookieFetch(), options: Partial<TeamSyncOptions> = {}) {
  const connection: TeamConnection = { server: server.url, database: DB, user, password };
  const db = await openDatabase(`team-sync-${user}-${++n}`);
  const sync = await TeamSync.open({ connection, database: db, fetch: transport.fetch, adapter: 'idb', ...options });
  // Each test gets its own replica: the name is per server, database and user, so make it per test too.
  open.push({ sync, db });
  return { sync, db, transport };
}

const pack = (version: number, title: string, rev?: string, publishedBy = 'maria'): PackDoc =>
  ({ ...packDoc('fintech', String(version), title, publishedBy), ...(rev ? { _rev: rev } : {}) });
const call = (i: number): ActivityDoc => ({
  _id: activityDocId('rob', `c${i}`), type: 'activity', user: 'rob', activityId: `c${i}`, at: 1000 + i, kind: 'call', outcome: 'connected', segmentId: 'fintech',
});

async function changePassword(user: string, password: string) {
  const admin = cookieFetch();
  const auth = { authorization: `Basic ${btoa(`${server.admin}:${server.password}`)}` };
  const url = `${server.url}/_users/org.couchdb.user:${user}`;
  const doc = await (await admin.fetch(url, { headers: auth })).json() as Record<string, unknown>;
  const res = await admin.fetch(url, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ ...doc, password }) });
  expect(res.status).toBe(201);
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('team sync', () => {
  it('brings a pack marketing publishes to a rep\'s live replica and into Segue\'s team tables, with a session cookie and no basic auth', async () => {
    const maria = await member('maria', 'm-pass');
    const rob = await member('rob', 'r-pass');
    await rob.sync.startLive();

    await maria.sync.write(pack(1, 'Fintech CFOs'));
    expect((await maria.sync.syncOnce()).pushed).toBe(1);

    const row = await until(() => rob.db.teamPacks.get('fintech'), (r) => r !== undefined);
    expect(row).toMatchObject({ packId: 'fintech', version: '1', title: 'Fintech CFOs' });
    // Installed as a read-only pack segment in the rep's own segments.
    expect(await rob.db.segments.get('fintech-leaders')).toMatchObject({ pack: { id: 'fintech', version: '1' } });
    expect(rob.sync.current().state).toBe('live');
    expect(rob.transport.cookies.has('AuthSession')).toBe(true);
    expect(rob.transport.log.filter((r) => r.basicAuth)).toEqual([]);
    expect(rob.transport.log.filter((r) => r.path === '/_session' && r.method === 'POST')).toHaveLength(1);
  });

  it('has the server refuse a rep\'s pack change, and keeps the published pack everywhere', async () => {
    const maria = await member('maria', 'm-pass');
    await maria.sync.write(pack(1, 'Fintech CFOs'));
    await maria.sync.syncOnce();
    const rob = await member('rob', 'r-pass');
    await rob.sync.syncOnce();
    const mine = await rob.sync.replica.get(packDocId('fintech'));
    await rob.sync.write(pack(7, 'Changed by a rep', mine._rev, 'rob'));
    const result = await rob.sync.syncOnce();
    expect(result.denied).toBe(1);
    expect(rob.sync.current().denied).toBe(1);
    const onServer = await maria.transport.fetch(`${server.url}/${DB}/${packDocId('fintech')}`);
    expect(await onServer.json()).toMatchObject({ pack: { version: '1', name: 'Fintech CFOs' } });
  });

  it('says "wrong-password" for a refused sign-in, and signs in again by itself when the session expires', async () => {
    const wrong = await member('rob', 'not-his-password');
    await expect(wrong.sync.syncOnce()).rejects.toMatchObject({ kind: 'wrong-password' });
    expect(wrong.sync.current()).toMatchObject({ state: 'error', error: 'wrong-password' });

    const rob = await member('rob', 'r-pass');
    await rob.sync.syncOnce();
    rob.transport.cookies.set('AuthSession', 'expired-cookie');
    await rob.sync.write(call(900));
    expect((await rob.sync.syncOnce()).pushed).toBeGreaterThanOrEqual(1);
    expect(rob.transport.log.filter((r) => r.path === '/_session' && r.method === 'POST').length).toBeGreaterThanOrEqual(2);
  });

  it('says "session-expired" when the session ran out and the password no longer signs in', async () => {
    const rob = await member('rob', 'r-pass');
    await rob.sync.syncOnce();
    await changePassword('rob', 'r-pass-2');
    try {
      rob.transport.cookies.set('AuthSession', 'expired-cookie');
      await expect(rob.sync.syncOnce()).rejects.toMatchObject({ kind: 'session-expired' });
      expect(rob.sync.current().error).toBe('session-expired');
    } finally {
      await changePassword('rob', 'r-pass');
    }
  });

  it('says "session-expired" during live sync when the password changed, though no change arrives, and stops signing in again', async () => {
    const rob = await member('rob', 'r-pass', cookieFetch(), { sessionCheckMs: 300 });
    await rob.sync.startLive();
    await until(async () => rob.sync.current().state, (s) => s === 'live');
    // A new password gives the user a new salt: the session cookie stops working at once, as on CouchDB. The live
    // pull's long poll stays open (nothing changes in the database), so only a session check can notice.
    await changePassword('rob', 'r-pass-2');
    try {
      const status = await until(async () => rob.sync.current(), (s) => s.state === 'error', 10_000);
      expect(status).toMatchObject({ state: 'error', error: 'session-expired' });
      const signIns = () => rob.transport.log.filter((r) => r.path === '/_session' && r.method === 'POST').length;
      const before = signIns();
      await new Promise((r) => setTimeout(r, 1500));
      expect(rob.sync.current()).toMatchObject({ state: 'error', error: 'session-expired' });
      expect(signIns()).toBe(before);
    } finally {
      await changePassword('rob', 'r-pass');
    }
  });

  it('says "session-expired" during live sync when the next change arrives after the password changed', async () => {
    const maria = await member('maria', 'm-pass');
    const rob = await member('rob', 'r-pass', cookieFetch(), { sessionCheckMs: 600_000 });
    await rob.sync.startLive();
    await until(async () => rob.sync.current().state, (s) => s === 'live');
    await changePassword('rob', 'r-pass-2');
    try {
      await maria.sync.session.signIn();
      const existing = await (await maria.transport.fetch(`${server.url}/${DB}/${packDocId('fintech')}`)).json() as { _rev?: string };
      const put = await maria.transport.fetch(`${server.url}/${DB}/${packDocId('fintech')}`, {
        method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pack(7, 'Fintech CFOs 7', existing._rev)),
      });
      expect(put.status).toBe(201);
      const status = await until(async () => rob.sync.current(), (s) => s.state === 'error', 10_000);
      expect(status).toMatchObject({ state: 'error', error: 'session-expired' });
    } finally {
      await changePassword('rob', 'r-pass');
    }
  });

  it('resumes from its checkpoint after the server stops mid-sync: every call arrives once, none lost or doubled', async () => {
    const rob = await member('rob', 'r-pass');
    const maria = await member('maria', 'm-pass');
    await maria.sync.session.signIn();
    await rob.sync.startLive();
    for (let i = 0; i < 20; i++) await rob.sync.write(call(i));
    server.pause();
    for (let i = 20; i < 40; i++) await rob.sync.write(call(i));
    await new Promise((r) => setTimeout(r, 1500));
    server.resume();

    const all = await until(async () => (await (await maria.transport.fetch(`${server.url}/${DB}/_all_docs?startkey="activity:rob:c"&endkey="activity:rob:c\uffff"`)).json()) as { rows: unknown[] },
      (b) => b.rows.length >= 40 + 1, 30_000);
    // c900 from an earlier test is there too: exactly 41 distinct activity documents, no duplicate ids.
    const ids = (all.rows as { id: string }[]).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /^activity:rob:c\d{1,2}$/.test(id))).toHaveLength(40);

    await maria.sync.syncOnce();
    expect(await maria.db.teamActivity.where('user').equals('rob').count()).toBe(41);
    // Syncing again reads nothing new: the checkpoint holds.
    const again = await maria.sync.syncOnce();
    expect([again.pulled, again.pushed]).toEqual([0, 0]);
    expect(await maria.db.teamActivity.count()).toBe(41);
  }, 60_000);
});

describe('team activity from the rep\'s calls', () => {
  it('publishes calls logged after joining (queued while the server is stopped), once each, outcomes only', async () => {
    const rob = await member('rob', 'r-pass');
    const maria = await member('maria', 'm-pass');
    await rob.sync.syncOnce(); // joining: calls from before now stay the rep's own
    const [person] = generateProspects(1, 9);
    await rob.db.prospects.put(toStored({ ...person!, id: 'p-ada', segmentIds: [] }));
    await rob.db.calls.add({ id: 'old-call', prospectId: 'p-ada', startedAt: 1, durationSec: 5, outcome: 'connected', notes: '', createdAt: 1 });
    server.pause();
    try {
      const at = Date.now() + 1000;
      await rob.db.calls.bulkAdd([
        { id: 'call-a', prospectId: 'p-ada', segmentId: 'fintech-leaders', packId: 'fintech', packVersion: '2', startedAt: at, durationSec: 60, outcome: 'connected', notes: 'private words', createdAt: at },
        { id: 'call-b', prospectId: 'p-ada', startedAt: at + 1, durationSec: 0, outcome: 'no_answer', notes: '', createdAt: at + 1 },
      ]);
      expect(await rob.sync.publishCalls()).toBe(2); // into the replica only: the server is stopped
    } finally {
      server.resume();
    }
    expect(await rob.sync.publishCalls()).toBe(0);
    expect((await rob.sync.syncOnce()).pushed).toBe(2);
    await maria.sync.syncOnce();
    const rows = await maria.db.teamActivity.where('user').equals('rob').filter((r) => r.activityId.startsWith('call-')).toArray();
    expect(rows.map(({ id, outcome, segmentId, packVersion, prospect }) => ({ id, outcome, segmentId, packVersion, prospect }))).toEqual([
      { id: 'activity:rob:call-a', outcome: 'connected', segmentId: 'fintech-leaders', packVersion: '2', prospect: undefined },
      { id: 'activity:rob:call-b', outcome: 'no_answer', segmentId: undefined, packVersion: undefined, prospect: undefined },
    ]);
    expect(JSON.stringify(rows)).not.toContain('private words');
  });
});

describe('team activity from the rep\'s stage moves', () => {
  it('publishes the stage changes the call-log rules and the rep make, signed by the rep, under the privacy setting, once each', async () => {
    const rob = await member('rob', 'r-pass');
    const maria = await member('maria', 'm-pass');
    await rob.sync.syncOnce();
    const [person] = generateProspects(1, 11);
    await rob.db.prospects.put(toStored({ ...person!, id: 'p-moved', stage: 'new', segmentIds: [] }));
    await new Promise((r) => setTimeout(r, 5));
    const { call: logged } = await new CallsRepo(rob.db).log({ prospectId: 'p-moved', startedAt: Date.now(), outcome: 'no_answer', segmentId: 'fintech-leaders', templateId: 'opener' });
    await new ProspectsRepo(rob.db).updateStage('p-moved', 'qualified');
    expect(await rob.sync.publishCalls()).toBe(3);
    expect(await rob.sync.publishCalls()).toBe(0);
    await rob.sync.syncOnce();
    await maria.sync.syncOnce();
    const moves = await maria.db.teamActivity.where('user').equals('rob').filter((r) => r.kind === 'stage_change').sortBy('at');
    expect(moves.map(({ fromStage, toStage, rule, segmentId, templateId, prospect }) => ({ fromStage, toStage, rule, segmentId, templateId, prospect }))).toEqual([
      { fromStage: 'new', toStage: 'contacted', rule: 'first_call_contacts', segmentId: 'fintech-leaders', templateId: 'opener', prospect: undefined },
      { fromStage: 'contacted', toStage: 'qualified', rule: undefined, segmentId: undefined, templateId: undefined, prospect: undefined },
    ]);
    expect(moves.every((m) => m.id.startsWith('activity:rob:'))).toBe(true);
    expect(await maria.db.teamActivity.get(activityDocId('rob', logged.id))).toMatchObject({ kind: 'call', outcome: 'no_answer' });
  });
});

describe('the team\'s per-rep insights switch', () => {
  it('is saved by marketing next to the privacy setting (each keeps the other) and reaches the rep', async () => {
    const maria = await member('maria', 'm-pass');
    const rob = await member('rob', 'r-pass');
    await saveTeamPrivacy(maria.sync, 'name-company', 1);
    await saveTeamPerRep(maria.sync, true, 2);
    await maria.sync.syncOnce();
    await rob.sync.syncOnce();
    expect((await rob.db.settings.get(TEAM_SETTINGS_SETTING))?.value).toMatchObject({ privacy: 'name-company', showPerRep: true, updatedBy: 'maria' });
    await saveTeamPrivacy(maria.sync, 'outcomes', 3);
    await maria.sync.syncOnce();
    await rob.sync.syncOnce();
    expect((await rob.db.settings.get(TEAM_SETTINGS_SETTING))?.value).toMatchObject({ privacy: 'outcomes', showPerRep: true });
  });
});

describe('backOff', () => {
  it('waits a second first, then doubles up to a minute', () => {
    expect([0, 1000, 2000, 32_000, 60_000].map(backOff)).toEqual([1000, 2000, 4000, 60_000, 60_000]);
  });
});
