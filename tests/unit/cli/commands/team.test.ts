// @vitest-environment node
// `team init` against a real CouchDB-compatible server (express-pouchdb in a child process), and the rules its
// design document makes the server enforce.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError, type Io } from '../../../../src/cli/command';
import { teamCommand } from '../../../../src/cli/commands/team';
import { startTeamServer, type TeamServer } from '../../../support/team-server/team-server';
import { couchAs } from '../../../support/team-server/couch-as';
import { handoffDoc, moved, packDoc } from '../../../support/team-server/team-docs';

function fakeIo() {
  const out: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: () => undefined, readStdin: async () => '', readFile: async () => '' };
  return { io, json: () => JSON.parse(out.join('')) as Record<string, unknown> };
}

let server: TeamServer;
const DB = 'acme-team';

async function init(extra: string[] = []) {
  const { io, json } = fakeIo();
  const code = await teamCommand.run(['init', '--url', server.url, '--admin', `${server.admin}:${server.password}`, '--db', DB,
    '--marketing', 'maria:m-pass', '--reps', 'rob:r-pass,rita:r2-pass', ...extra], io);
  return { code, result: json() };
}

const pack = (version: number, title = 'Fintech CFOs', publishedBy = 'maria') => packDoc('fintech', String(version), title, publishedBy);
const offered = handoffDoc('h1');
const accepted = moved(offered, 'accept');
const returned = moved(accepted, 'return');

beforeAll(async () => { server = await startTeamServer(); }, 30_000);
afterAll(async () => { await server?.stop(); });

describe('team init', () => {
  it('creates the database, the users, _security members and the design document, and is safe to run again', async () => {
    const first = await init();
    expect(first.code).toBe(0);
    expect(first.result).toMatchObject({
      database: DB, databaseCreated: true,
      users: [{ name: 'maria', role: 'marketing', created: true }, { name: 'rob', role: 'rep', created: true }, { name: 'rita', role: 'rep', created: true }],
      designDoc: { id: '_design/segue-team', updated: true },
    });
    const admin = couchAs(server.url, server.admin, server.password);
    expect((await admin('GET', `${DB}/_security`)).body).toEqual({
      admins: { names: [], roles: [] }, members: { names: [], roles: ['marketing', 'rep'] },
    });
    const session = await couchAs(server.url, 'rob', 'r-pass')('GET', '_session');
    expect(session.body.userCtx).toEqual({ name: 'rob', roles: ['rep'] });

    const again = await init();
    expect(again.result).toMatchObject({
      databaseCreated: false,
      users: [{ created: false }, { created: false }, { created: false }],
      designDoc: { updated: false },
    });
  });

  it('says clearly when the admin password is wrong, and when --url is missing', async () => {
    const { io } = fakeIo();
    await expect(teamCommand.run(['init', '--url', server.url, '--admin', `${server.admin}:wrong`], io))
      .rejects.toThrow(/refused the admin name or password/);
    await expect(teamCommand.run(['init', '--admin', 'a:b'], io)).rejects.toBeInstanceOf(CliError);
  });
});

describe('server-side rules of the team database', () => {
  const maria = () => couchAs(server.url, 'maria', 'm-pass');
  const rob = () => couchAs(server.url, 'rob', 'r-pass');
  const rita = () => couchAs(server.url, 'rita', 'r2-pass');

  beforeAll(async () => { await init(); });

  it('lets only marketing write packs, and only with a higher version', async () => {
    const created = await maria()('PUT', `${DB}/pack:fintech`, pack(1));
    expect(created.status).toBe(201);
    const rev = created.body.rev as string;

    const byRep = await rob()('PUT', `${DB}/pack:fintech`, { ...pack(2, 'Changed by a rep', 'rob'), _rev: rev });
    expect(byRep.status).toBe(403);
    expect(byRep.body.reason).toMatch(/Only marketing/);
    const newByRep = await rob()('PUT', `${DB}/pack:other`, packDoc('other', '1', 'Other', 'rob'));
    expect(newByRep.status).toBe(403);
    expect((await rob()('DELETE', `${DB}/pack:fintech?rev=${rev}`)).status).toBe(403);

    const sameVersion = await maria()('PUT', `${DB}/pack:fintech`, { ...pack(1, 'Retitled'), _rev: rev });
    expect(sameVersion.status).toBe(403);
    expect(sameVersion.body.reason).toMatch(/higher version/);
    expect((await maria()('PUT', `${DB}/pack:fintech`, { ...pack(2), _rev: rev })).status).toBe(201);
    expect(((await rob()('GET', `${DB}/pack:fintech`)).body.pack as { version: string }).version).toBe('2');
    const forged = await maria()('PUT', `${DB}/pack:forged`, packDoc('forged', '1', 'Forged', 'rob'));
    expect(forged.status).toBe(403);
    expect(forged.body.reason).toMatch(/your own user name/);
  });

  it('refuses a rep\'s pack change that arrives by replication (new_edits=false) too', async () => {
    const res = await rob()('POST', `${DB}/_bulk_docs`, {
      new_edits: false,
      docs: [{ ...pack(99, 'Replicated by a rep'), _rev: '9-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }],
    });
    const rows = res.body as unknown as { error?: string }[];
    expect(rows[0]?.error).toBe('forbidden');
    expect(((await rob()('GET', `${DB}/pack:fintech`)).body.pack as { version: string }).version).toBe('2');
    const forged = await maria()('PUT', `${DB}/pack:forged`, packDoc('forged', '1', 'Forged', 'rob'));
    expect(forged.status).toBe(403);
    expect(forged.body.reason).toMatch(/your own user name/);
  });

  it('stores a replicated update (new_edits=false) with its own revision history, as CouchDB does', async () => {
    const first = await maria()('PUT', `${DB}/pack:replicated`, packDoc('replicated', '1', 'Replicated'));
    const [, hash1] = (first.body.rev as string).split('-');
    const res = await maria()('POST', `${DB}/_bulk_docs`, {
      new_edits: false,
      docs: [{ ...packDoc('replicated', '2', 'Replicated 2'), _rev: '2-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', _revisions: { start: 2, ids: ['bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', hash1] } }],
    });
    expect(res.status).toBe(201);
    const stored = await maria()('GET', `${DB}/pack:replicated?conflicts=true`);
    expect(stored.body).toMatchObject({ _rev: '2-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', pack: { version: '2' } });
    expect(stored.body._conflicts).toBeUndefined();
  });

  it('lets only marketing write the team list', async () => {
    const list = { _id: 'team', type: 'team', name: 'Acme', members: [], privacy: 'outcomes' };
    expect((await rob()('PUT', `${DB}/team`, list)).status).toBe(403);
    expect((await maria()('PUT', `${DB}/team`, list)).status).toBe(201);
  });

  it('lets only marketing write the team settings (the privacy setting), under their own name and with a known privacy', async () => {
    const settings = { _id: 'settings', type: 'settings', privacy: 'name-company', updatedBy: 'maria', updatedAt: 5 };
    const byRep = await rob()('PUT', `${DB}/settings`, { ...settings, updatedBy: 'rob' });
    expect(byRep.status).toBe(403);
    expect(byRep.body.reason).toMatch(/Only marketing may change the team settings/);
    const unknown = await maria()('PUT', `${DB}/settings`, { ...settings, privacy: 'everything' });
    expect(unknown.status).toBe(403);
    expect(unknown.body.reason).toMatch(/must be one of outcomes, name-company, full/);
    expect((await maria()('PUT', `${DB}/settings`, { ...settings, updatedBy: 'rob' })).body.reason).toMatch(/your own user name/);
    expect((await maria()('PUT', `${DB}/team-settings`, { ...settings, _id: 'team-settings' })).status).toBe(403);
    const saved = await maria()('PUT', `${DB}/settings`, settings);
    expect(saved.status).toBe(201);
    const deleteByRep = await rob()('DELETE', `${DB}/settings?rev=${saved.body.rev as string}`);
    expect(deleteByRep.status).toBe(403);
    const changed = await maria()('PUT', `${DB}/settings`, { ...settings, privacy: 'full', _rev: saved.body.rev });
    expect(changed.status).toBe(201);
  });

  it('lets a rep append activity signed with their own name only, and never change or delete it', async () => {
    const activity = { _id: 'activity:rob:a1', type: 'activity', user: 'rob', activityId: 'a1', at: 5, kind: 'call', outcome: 'connected' };
    const created = await rob()('PUT', `${DB}/activity:rob:a1`, activity);
    expect(created.status).toBe(201);
    const forged = await rob()('PUT', `${DB}/activity:rita:a2`, { ...activity, _id: 'activity:rita:a2', user: 'rita' });
    expect(forged.status).toBe(403);
    expect(forged.body.reason).toMatch(/your own user name/);
    const misfiled = await rob()('PUT', `${DB}/activity:rita:a3`, { ...activity, _id: 'activity:rita:a3' });
    expect(misfiled.status).toBe(403);
    const changed = await rob()('PUT', `${DB}/activity:rob:a1`, { ...activity, outcome: 'meeting', _rev: created.body.rev });
    expect(changed.status).toBe(403);
    expect(changed.body.reason).toMatch(/append-only/);
    expect((await rob()('DELETE', `${DB}/activity:rob:a1?rev=${created.body.rev as string}`)).status).toBe(403);
  });

  it('accepts a rep\'s stage changes signed with their own name, append-only, and refuses unknown kinds', async () => {
    const move = { _id: 'activity:rob:s1', type: 'activity', user: 'rob', activityId: 's1', at: 6, kind: 'stage_change', fromStage: 'new', toStage: 'contacted', rule: 'first_call' };
    const created = await rob()('PUT', `${DB}/activity:rob:s1`, move);
    expect(created.status).toBe(201);
    expect((await rob()('PUT', `${DB}/activity:rita:s2`, { ...move, _id: 'activity:rita:s2', user: 'rita' })).status).toBe(403);
    expect((await rob()('PUT', `${DB}/activity:rob:s1`, { ...move, toStage: 'won', _rev: created.body.rev })).body.reason).toMatch(/append-only/);
    const noStage = await rob()('PUT', `${DB}/activity:rob:s3`, { ...move, _id: 'activity:rob:s3', toStage: undefined });
    expect(noStage.status).toBe(403);
    expect(noStage.body.reason).toMatch(/toStage/);
    const other = await rob()('PUT', `${DB}/activity:rob:s4`, { ...move, _id: 'activity:rob:s4', kind: 'email' });
    expect(other.status).toBe(403);
    expect(other.body.reason).toMatch(/one of call, stage_change/);
  });

  it('keeps the per-rep insights switch in the team settings, written by marketing only, true or false', async () => {
    const settings = { _id: 'settings', type: 'settings', privacy: 'outcomes', showPerRep: true, updatedBy: 'maria', updatedAt: 7 };
    const current = await maria()('GET', `${DB}/settings`);
    const rev = current.status === 200 ? { _rev: current.body._rev as string } : {};
    expect((await rob()('PUT', `${DB}/settings`, { ...settings, ...rev, updatedBy: 'rob' })).status).toBe(403);
    const odd = await maria()('PUT', `${DB}/settings`, { ...settings, ...rev, showPerRep: 'yes' });
    expect(odd.status).toBe(403);
    expect(odd.body.reason).toMatch(/showPerRep must be true or false/);
    expect((await maria()('PUT', `${DB}/settings`, { ...settings, ...rev })).status).toBe(201);
  });

  it('moves a hand-off only along the state machine (offered → accepted → returned), and only by its owner', async () => {
    expect((await maria()('PUT', `${DB}/handoff:h1`, accepted)).status).toBe(403);
    expect((await rob()('PUT', `${DB}/handoff:h1`, offered)).status).toBe(403); // from is maria, not rob
    expect((await maria()('PUT', `${DB}/handoff:h1`, { ...offered, state: 'accepted' })).status).toBe(403); // state disagrees with the record
    const put = await maria()('PUT', `${DB}/handoff:h1`, offered);
    expect(put.status).toBe(201);
    const rev = put.body.rev as string;

    const byOther = await rita()('PUT', `${DB}/handoff:h1`, { ...accepted, _rev: rev });
    expect(byOther.status).toBe(403);
    expect(byOther.body.reason).toMatch(/Only the owner/);
    expect((await maria()('PUT', `${DB}/handoff:h1`, { ...accepted, _rev: rev })).status).toBe(403);
    expect((await rob()('PUT', `${DB}/handoff:h1`, { ...accepted, owner: 'rita', _rev: rev })).status).toBe(403);

    const ok = await rob()('PUT', `${DB}/handoff:h1`, { ...accepted, _rev: rev });
    expect(ok.status).toBe(201);
    const back = await rob()('PUT', `${DB}/handoff:h1`, { ...returned, _rev: ok.body.rev });
    expect(back.status).toBe(201);
    const again = await rob()('PUT', `${DB}/handoff:h1`, { ...accepted, _rev: back.body.rev });
    expect(again.status).toBe(403);
    expect(again.body.reason).toMatch(/cannot go from returned to accepted/);
  });

  it('refuses writes from a user who is in neither role, and documents of unknown type', async () => {
    const admin = couchAs(server.url, server.admin, server.password);
    await admin('PUT', '_users/org.couchdb.user:eve', { name: 'eve', password: 'e', roles: [], type: 'user' });
    const eve = await couchAs(server.url, 'eve', 'e')('PUT', `${DB}/activity:eve:1`, { type: 'activity', user: 'eve' });
    expect([401, 403]).toContain(eve.status); // CouchDB says 403 to a non-member; express-pouchdb says 401
    const unknown = await maria()('PUT', `${DB}/note:1`, { type: 'note' });
    expect(unknown.status).toBe(403);
    expect(unknown.body.reason).toMatch(/Unknown team document type/);
  });

  it('answers a non-admin PUT /db and DELETE /db with 401 and keeps running', async () => {
    expect((await rob()('PUT', 'another-db')).status).toBe(401);
    expect((await rob()('DELETE', DB)).status).toBe(401);
    expect((await rob()('GET', DB)).status).toBe(200);
  });
});
