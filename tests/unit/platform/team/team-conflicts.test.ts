// Real conflicts against the CouchDB-compatible test server: two replicas change the same document while apart,
// then sync. The server keeps both revisions (a CouchDB conflict); every machine settles on the same one by rule
// (packs: highest version; hand-offs: the state machine's order), marketing's Segue deletes the losers, activity
// never conflicts (the server refuses a second revision), and what no rule settles is kept for Settings → Team.
import Dexie from 'dexie';
import PouchDB from 'pouchdb-browser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, toStored, type SegueDatabase } from '../../../../src/db/database';
import { HandoffsRepo } from '../../../../src/db/handoffs-repo';
import { TEAM_CONFLICTS_SETTING } from '../../../../src/db/team-mirror';
import type { TeamConflict } from '../../../../src/domain/team/conflicts';
import type { TeamConnection } from '../../../../src/domain/team/connection';
import { activityDocId, handoffDocId, packDocId, type ActivityDoc, type TeamListMember } from '../../../../src/domain/team/team-docs';
import type { PouchStatic } from '../../../../src/platform/team/pouch';
import { publishPack, saveTeamList } from '../../../../src/platform/team/team-publish';
import { TeamSync } from '../../../../src/platform/team/team-sync';
import { generateProspects } from '../../../support/db/generate';
import { packDoc } from '../../../support/team-server/team-docs';
import type { TeamServer } from '../../../support/team-server/team-server';
import { MARIA, ROB, startTeam } from '../../../support/team-server/team-fixture';
import { cookieFetch } from '../../../support/team-server/cookie-fetch';

const DB = 'conflict-team';
let server: TeamServer;
let n = 0;
const open: { sync: TeamSync; db: SegueDatabase }[] = [];

beforeAll(async () => {
  server = await startTeam(DB, [
      MARIA, { name: 'mia', password: 'mi-pass', role: 'marketing' },
      ROB,
    ]);
}, 30_000);
afterAll(async () => { await server?.stop(); });
afterEach(async () => {
  for (const { sync, db } of open.splice(0)) {
    await sync.destroy().catch(() => undefined);
    db.close();
    await Dexie.delete(db.name);
  }
});

/** One machine of `user`: its own Dexie database and its own replica (two machines of one user need two names). */
async function machine(user: string, password: string) {
  const connection: TeamConnection = { server: server.url, database: DB, user, password };
  const db = await openDatabase(`team-conflicts-${user}-${++n}`);
  const tag = n;
  const Base = PouchDB as unknown as PouchStatic;
  const Pouch = class extends (Base as unknown as new (name: string, options?: object) => object) {
    constructor(name: string, options?: object) { super(name.startsWith('http') ? name : `${name}#${tag}`, options); }
  } as unknown as PouchStatic;
  const sync = await TeamSync.open({ connection, database: db, fetch: cookieFetch().fetch, adapter: 'idb', pouch: Pouch });
  open.push({ sync, db });
  return { sync, db };
}

const members: TeamListMember[] = [
  { name: 'maria', role: 'marketing', displayName: 'Maria Marketing' },
  { name: 'mia', role: 'marketing' },
  { name: 'rob', role: 'rep', displayName: 'Rob Rep', email: 'rob@example.com' },
];

async function serverDoc(id: string) {
  const res = await cookieFetch().fetch(`${server.url}/${DB}/${encodeURIComponent(id)}?conflicts=true`, {
    headers: { authorization: `Basic ${btoa(`${server.admin}:${server.password}`)}` },
  });
  return await res.json() as { _rev: string; _conflicts?: string[]; [k: string]: unknown };
}

describe('conflicts made on the test server', () => {
  it('packs: two marketers publish while apart; the server keeps both, every machine shows the highest version, marketing clears the loser', async () => {
    const maria = await machine('maria', 'm-pass');
    const mia = await machine('mia', 'mi-pass');
    const rob = await machine('rob', 'r-pass');
    await maria.sync.syncOnce();
    await publishPack(maria.sync, packDoc('conf', '1', 'Conflicted pack').pack);
    await maria.sync.syncOnce();
    await mia.sync.syncOnce();
    // Publishing the same or a lower version is refused before it reaches the server.
    await expect(publishPack(mia.sync, packDoc('conf', '1', 'Again').pack)).rejects.toThrow('The team already has version 1 of this pack: publish a higher version.');
    // Apart: maria publishes 1.1 then 1.2 (a longer revision history, which CouchDB's own pick prefers), mia 2.
    await publishPack(maria.sync, packDoc('conf', '1.1', 'Maria 1.1').pack);
    await publishPack(maria.sync, packDoc('conf', '1.2', 'Maria 1.2').pack);
    await publishPack(mia.sync, packDoc('conf', '2', 'Mia 2', 'mia').pack);
    await maria.sync.syncOnce();
    await mia.sync.syncOnce();

    const onServer = await serverDoc(packDocId('conf'));
    expect(onServer._conflicts).toHaveLength(1); // a real conflict
    expect((onServer.pack as { version: string }).version).toBe('1.2'); // CouchDB's pick: the longer history

    await rob.sync.syncOnce();
    expect((await rob.sync.replica.get(packDocId('conf'), { conflicts: true }))._conflicts).toHaveLength(1);
    expect(await rob.db.teamPacks.get('conf')).toMatchObject({ version: '2', title: 'Mia 2' });
    expect((await rob.db.packs.get('conf'))?.current.version).toBe('2');
    expect(((await rob.db.settings.get(TEAM_CONFLICTS_SETTING))?.value as TeamConflict[] | undefined) ?? []).toEqual([]);

    // Marketing's Segue deletes the losing revision; then the server holds one: version 2.
    await maria.sync.syncOnce();
    await maria.sync.syncOnce();
    const settled = await serverDoc(packDocId('conf'));
    expect(settled._conflicts ?? []).toEqual([]);
    expect((settled.pack as { version: string }).version).toBe('2');
    await rob.sync.syncOnce();
    expect(await rob.db.teamPacks.get('conf')).toMatchObject({ version: '2' });
  }, 60_000);

  it('hand-offs: the owner accepts on one machine and returns on another while apart; "returned" wins everywhere', async () => {
    const maria = await machine('maria', 'm-pass');
    const robLaptop = await machine('rob', 'r-pass');
    const robDesk = await machine('rob', 'r-pass');
    await maria.sync.syncOnce();
    await saveTeamList(maria.sync, 'Acme', members);
    await maria.sync.syncOnce();
    const [person] = generateProspects(1, 5);
    await maria.db.prospects.put(toStored({ ...person!, id: 'p-conflict', segmentIds: [] }));
    const offered = await new HandoffsRepo(maria.db).offer({ prospectId: 'p-conflict', owner: { name: 'Rob Rep', email: 'rob@example.com' }, note: 'Call this week' });
    expect(await maria.sync.publishHandoffs()).toBe(1);
    await maria.sync.syncOnce();
    expect(await serverDoc(handoffDocId(offered.id))).toMatchObject({ from: 'maria', owner: 'rob', state: 'offered' });

    await robLaptop.sync.syncOnce();
    await robDesk.sync.syncOnce();
    // Apart: accepted on the laptop, returned on the desk.
    await new HandoffsRepo(robLaptop.db).accept(offered.id);
    await new HandoffsRepo(robDesk.db).giveBack(offered.id, 'not_a_fit', 'Wrong region');
    expect(await robLaptop.sync.publishHandoffs()).toBe(1);
    expect(await robDesk.sync.publishHandoffs()).toBe(1);
    await robLaptop.sync.syncOnce();
    await robDesk.sync.syncOnce();
    expect((await serverDoc(handoffDocId(offered.id)))._conflicts).toHaveLength(1);

    await robLaptop.sync.syncOnce();
    expect((await robLaptop.db.handoffs.get(offered.id))?.state).toBe('returned');
    await maria.sync.syncOnce();
    expect((await maria.db.handoffs.get(offered.id))).toMatchObject({ state: 'returned', returnReason: 'not_a_fit' });
    await maria.sync.syncOnce();
    const settled = await serverDoc(handoffDocId(offered.id));
    expect(settled._conflicts ?? []).toEqual([]);
    expect(settled.state).toBe('returned');
  }, 60_000);

  it('activity never conflicts: the same activity written on two machines keeps the first, the second is refused', async () => {
    const a = await machine('rob', 'r-pass');
    const b = await machine('rob', 'r-pass');
    const doc = (outcome: string): ActivityDoc => ({ _id: activityDocId('rob', 'twice'), type: 'activity', user: 'rob', activityId: 'twice', at: 9, kind: 'call', outcome });
    await a.sync.write(doc('connected'));
    await b.sync.write(doc('no_answer'));
    expect((await a.sync.syncOnce()).denied).toBe(0);
    expect((await b.sync.syncOnce()).denied).toBe(1);
    const onServer = await serverDoc(activityDocId('rob', 'twice'));
    expect(onServer._conflicts ?? []).toEqual([]);
    expect(onServer.outcome).toBe('connected');
  }, 60_000);

  it('the team list edited by two marketers while apart is kept for a person: the rep sees it, marketing\'s next save settles it', async () => {
    const maria = await machine('maria', 'm-pass');
    const mia = await machine('mia', 'mi-pass');
    const rob = await machine('rob', 'r-pass');
    await maria.sync.syncOnce();
    await saveTeamList(maria.sync, 'Acme', members);
    await maria.sync.syncOnce();
    await mia.sync.syncOnce();
    await saveTeamList(maria.sync, 'Acme', [...members, { name: 'rita', role: 'rep' }]);
    await saveTeamList(mia.sync, 'Acme', members.filter((m) => m.name !== 'rob'));
    await maria.sync.syncOnce();
    await mia.sync.syncOnce();
    expect((await serverDoc('team'))._conflicts).toHaveLength(1);

    await rob.sync.syncOnce();
    const conflicts = (await rob.db.settings.get(TEAM_CONFLICTS_SETTING))?.value as TeamConflict[];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ id: 'team', kind: 'team-list' });
    expect(conflicts[0]!.revisions.map((r) => r.summary).sort()).toEqual([
      '2 members: Maria Marketing (marketing), mia (marketing)',
      '4 members: Maria Marketing (marketing), mia (marketing), Rob Rep (rep), rita (rep)',
    ]);

    await maria.sync.syncOnce();
    await saveTeamList(maria.sync, 'Acme', members);
    await maria.sync.syncOnce();
    expect((await serverDoc('team'))._conflicts ?? []).toEqual([]);
    await rob.sync.syncOnce();
    expect((await rob.db.settings.get(TEAM_CONFLICTS_SETTING))?.value).toEqual([]);
    // The rep's team list comes from the server's, with "this is me" on the signed-in user.
    expect((await rob.db.settings.get('team'))?.value).toContainEqual(expect.objectContaining({ name: 'Rob Rep', user: 'rob', isMe: true }));
  }, 60_000);
});
