import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SegueDatabase } from '../../../src/db/database';
import { clearTeamCopies, mirrorTeamChanges, TEAM_LIST_SETTING, type MirroredChange } from '../../../src/db/team-mirror';
import type { ActivityDoc, HandoffDoc, PackDoc } from '../../../src/domain/team/team-docs';

let db: SegueDatabase;
let n = 0;
afterEach(async () => { db.close(); await Dexie.delete(db.name); });

const pack = (version: number): PackDoc => ({
  _id: 'pack:fin', _rev: `${version}-x`, type: 'pack', packId: 'fin', version, title: `Fintech v${version}`, segments: [], publishedBy: 'maria', publishedAt: version,
});
const handoff = (state: HandoffDoc['state']): HandoffDoc => ({
  _id: 'handoff:h1', type: 'handoff', handoffId: 'h1', state, from: 'maria', owner: 'rob', prospect: { fullName: 'Ada', emails: [], phones: [] }, offeredAt: 1,
});
const activity: ActivityDoc = { _id: 'activity:rob:c1', _rev: '1-a', type: 'activity', user: 'rob', activityId: 'c1', at: 7, kind: 'call', outcome: 'connected', segmentId: 'fin' };
const winner = (doc: PackDoc | HandoffDoc | ActivityDoc): MirroredChange => ({ id: doc._id, deleted: false, resolution: { kind: 'winner', doc } });

describe('mirrorTeamChanges', () => {
  it('writes each kind into its team table, and applying the same changes again changes nothing', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    const changes = [winner(pack(2)), winner(handoff('offered')), winner(activity)];
    await mirrorTeamChanges(db, changes);
    await mirrorTeamChanges(db, changes);
    expect(await db.teamPacks.toArray()).toEqual([{ packId: 'fin', version: 2, title: 'Fintech v2', segments: [], publishedBy: 'maria', publishedAt: 2 }]);
    expect(await db.teamHandoffs.toArray()).toMatchObject([{ handoffId: 'h1', state: 'offered', owner: 'rob' }]);
    expect(await db.teamActivity.toArray()).toEqual([{ id: 'activity:rob:c1', user: 'rob', activityId: 'c1', at: 7, kind: 'call', outcome: 'connected', segmentId: 'fin' }]);
  });

  it('never moves a pack back to a lower version when changes arrive out of order', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    await mirrorTeamChanges(db, [winner(pack(3))]);
    await mirrorTeamChanges(db, [winner(pack(2))]);
    expect((await db.teamPacks.get('fin'))?.version).toBe(3);
  });

  it('marks a hand-off with two different decisions as unresolved, and removes deleted documents', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    await mirrorTeamChanges(db, [{ id: 'handoff:h1', deleted: false, resolution: { kind: 'unresolved', docs: [handoff('accepted'), handoff('returned')] } }]);
    expect((await db.teamHandoffs.get('h1'))?.unresolved).toEqual({ states: ['accepted', 'returned'] });
    await mirrorTeamChanges(db, [winner(pack(1)), { id: 'pack:fin', deleted: true, resolution: null }]);
    expect(await db.teamPacks.count()).toBe(0);
  });

  it('clearTeamCopies empties the team tables and leaves the rep\'s own data', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    await db.segments.put({ id: 'mine', name: 'Mine', priority: 1 } as never);
    await db.settings.put({ key: TEAM_LIST_SETTING, value: { name: 'Acme' } });
    await mirrorTeamChanges(db, [winner(pack(1)), winner(handoff('offered')), winner(activity)]);
    await clearTeamCopies(db);
    expect([await db.teamPacks.count(), await db.teamHandoffs.count(), await db.teamActivity.count()]).toEqual([0, 0, 0]);
    expect(await db.settings.get(TEAM_LIST_SETTING)).toBeUndefined();
    expect(await db.segments.count()).toBe(1);
  });
});
