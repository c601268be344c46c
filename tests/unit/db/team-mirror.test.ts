import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SegueDatabase } from '../../../src/db/database';
import { clearTeamCopies, mirrorTeamChanges, TEAM_LIST_SETTING, type MirroredChange } from '../../../src/db/team-mirror';
import type { ActivityDoc, HandoffDoc, PackDoc, TeamListDoc, TeamSettingsDoc } from '../../../src/domain/team/team-docs';
import { HandoffsRepo } from '../../../src/db/handoffs-repo';
import { teamPrivacy } from '../../../src/db/team-outbox';
import { handoffDoc, moved, packDoc } from '../../support/team-server/team-docs';

let db: SegueDatabase;
let n = 0;
afterEach(async () => { db.close(); await Dexie.delete(db.name); });

const activity: ActivityDoc = { _id: 'activity:rob:c1', _rev: '1-a', type: 'activity', user: 'rob', activityId: 'c1', at: 7, kind: 'call', outcome: 'connected', segmentId: 'fin' };
const winner = (doc: PackDoc | HandoffDoc | ActivityDoc): MirroredChange => ({ id: doc._id, deleted: false, resolution: { kind: 'winner', doc } });

describe('mirrorTeamChanges', () => {
  it('installs a pack as read-only segments, turns a hand-off into a prospect, keeps activity; the same changes again change nothing', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    const handoff = handoffDoc('h1');
    const changes = [winner(packDoc('fin', '2', 'Fintech CFOs')), winner(handoff), winner(activity)];
    await mirrorTeamChanges(db, changes);
    const snapshot = async () => ({
      packs: await db.packs.toArray(), segments: await db.segments.toArray(), prospects: await db.prospects.count(),
      handoffs: await db.handoffs.toArray(), timeline: await db.activities.count(),
      team: [await db.teamPacks.toArray(), await db.teamHandoffs.toArray(), await db.teamActivity.toArray()],
    });
    const first = await snapshot();
    await mirrorTeamChanges(db, changes);
    expect(await snapshot()).toEqual(first);

    expect(first.packs.map((p) => [p.id, p.current.version])).toEqual([['fin', '2']]);
    expect(first.segments).toMatchObject([{ id: 'fin-leaders', pack: { id: 'fin', version: '2' } }]);
    expect(first.prospects).toBe(1);
    expect(first.handoffs).toMatchObject([{ id: 'h1', state: 'offered', prospectId: handoff.handoff.prospectId }]);
    expect(first.team).toEqual([
      [{ packId: 'fin', version: '2', title: 'Fintech CFOs', publishedBy: 'maria' }],
      [{ handoffId: 'h1', state: 'offered', from: 'maria', owner: 'rob', prospectName: handoff.prospects[0]!.fullName }],
      [{ id: 'activity:rob:c1', user: 'rob', activityId: 'c1', at: 7, kind: 'call', outcome: 'connected', segmentId: 'fin' }],
    ]);
  });

  it('never moves a pack back to a lower version when changes arrive out of order', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    await mirrorTeamChanges(db, [winner(packDoc('fin', '1.10', 'Fintech'))]);
    await mirrorTeamChanges(db, [winner(packDoc('fin', '1.9', 'Fintech'))]);
    expect((await db.teamPacks.get('fin'))?.version).toBe('1.10');
    expect((await db.packs.get('fin'))?.current.version).toBe('1.10');
  });

  it('moves a mirrored hand-off along its state machine and never back', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    const offered = handoffDoc('h2');
    const accepted = moved(offered, 'accept');
    await mirrorTeamChanges(db, [winner(accepted)]);
    await mirrorTeamChanges(db, [winner(offered)]);
    expect((await db.handoffs.get('h2'))?.state).toBe('accepted');
  });

  it('removes a deleted pack and its segments', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    await mirrorTeamChanges(db, [winner(packDoc('fin', '1', 'Fintech')), { id: 'pack:fin', deleted: true, resolution: null }]);
    expect([await db.teamPacks.count(), await db.packs.count(), await db.segments.count()]).toEqual([0, 0, 0]);
  });

  it('clearTeamCopies empties the team tables and the team\'s packs, and leaves the rep\'s own data', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    await db.segments.put({ id: 'mine', name: 'Mine', priority: 1 } as never);
    await db.settings.put({ key: TEAM_LIST_SETTING, value: { name: 'Acme' } });
    await mirrorTeamChanges(db, [winner(packDoc('fin', '1', 'Fintech')), winner(handoffDoc('h3')), winner(activity)]);
    await clearTeamCopies(db);
    expect([await db.teamPacks.count(), await db.teamHandoffs.count(), await db.teamActivity.count(), await db.packs.count()]).toEqual([0, 0, 0, 0]);
    expect(await db.settings.get(TEAM_LIST_SETTING)).toBeUndefined();
    expect((await db.segments.toArray()).map((s) => s.id)).toEqual(['mine']);
  });
});

describe('mirrorTeamChanges: the team list and settings', () => {
  const list = (members: TeamListDoc['members']): TeamListDoc => ({ _id: 'team', _rev: '1-a', type: 'team', name: 'Acme', members });
  const change = (doc: TeamListDoc | TeamSettingsDoc | HandoffDoc): MirroredChange => ({ id: doc._id, deleted: false, resolution: { kind: 'winner', doc } });

  it('makes the server\'s list the hand-off team, "this is me" on the signed-in user, and a renamed owner keeps their hand-off', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    await mirrorTeamChanges(db, [change(list([{ name: 'maria', role: 'marketing' }, { name: 'rob', role: 'rep', displayName: 'Rob Rep', email: 'rob@example.com' }]))], { user: 'rob' });
    const offered = handoffDoc('h9', { owner: 'rob' });
    const doc: HandoffDoc = { ...offered, handoff: { ...offered.handoff, owner: { name: 'Rob Rep', email: 'rob@example.com' } } };
    await mirrorTeamChanges(db, [change(doc)], { user: 'rob' });
    expect((await new HandoffsRepo(db).offeredToMe()).map((h) => h.id)).toEqual(['h9']);
    // Marketing renames Rob and drops his email: the hand-off is still his.
    await mirrorTeamChanges(db, [change({ ...list([{ name: 'maria', role: 'marketing' }, { name: 'rob', role: 'rep', displayName: 'Robert Turner' }]), _rev: '2-b' })], { user: 'rob' });
    expect((await new HandoffsRepo(db).offeredToMe()).map((h) => [h.id, h.owner.name])).toEqual([['h9', 'Robert Turner']]);
  });

  it('keeps the team\'s privacy setting from the settings document for the activity outbox', async () => {
    db = await openDatabase(`team-mirror-${++n}`);
    expect(await teamPrivacy(db)).toBe('outcomes');
    await mirrorTeamChanges(db, [change({ _id: 'settings', _rev: '1-s', type: 'settings', privacy: 'full', updatedBy: 'maria', updatedAt: 3 })]);
    expect(await teamPrivacy(db)).toBe('full');
    await mirrorTeamChanges(db, [{ id: 'settings', deleted: true, resolution: null }]);
    expect(await teamPrivacy(db)).toBe('outcomes');
  });
});
