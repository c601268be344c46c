import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, toStored, type SegueDatabase } from '../../../src/db/database';
import { CALLS_PUBLISHED_SETTING, callsToPublish } from '../../../src/db/team-outbox';
import { TEAM_SETTINGS_SETTING } from '../../../src/db/team-mirror';
import { offerHandoff } from '../../../src/domain/handoff';
import { generateProspects } from '../../support/db/generate';

let db: SegueDatabase;
let n = 0;
beforeEach(async () => { db = await openDatabase(`team-outbox-${++n}`); });
afterEach(async () => { db.close(); await Dexie.delete(db.name); });

describe('callsToPublish: the rep\'s activity for the team', () => {
  it('takes calls and stage moves since joining, leaves out the moves a hand-off made, and names the team hand-off', async () => {
    const [person] = generateProspects(1, 3);
    await db.prospects.put(toStored({ ...person!, id: 'p1', fullName: 'Ada Example', company: 'Acme', segmentIds: [] }));
    await db.settings.put({ key: CALLS_PUBLISHED_SETTING, value: 100 });
    await db.settings.put({ key: TEAM_SETTINGS_SETTING, value: { privacy: 'name-company' } });
    await db.handoffs.put(offerHandoff({ id: 'h1', prospectId: 'p1', from: { name: 'Maria' }, owner: { name: 'Rob' }, note: '', now: 50 }));
    await db.teamHandoffs.put({ handoffId: 'h1', state: 'offered', from: 'maria', owner: 'rob', prospectName: 'Ada Example' });
    await db.calls.bulkAdd([
      { id: 'old', prospectId: 'p1', startedAt: 90, durationSec: 0, outcome: 'no_answer', notes: '', createdAt: 90 },
      { id: 'c1', prospectId: 'p1', segmentId: 's1', startedAt: 200, durationSec: 0, outcome: 'meeting_booked', notes: '', createdAt: 200 },
    ]);
    await db.activities.bulkAdd([
      { id: 'before', prospectId: 'p1', at: 80, kind: 'stage_change', summary: '', data: { from: 'new', to: 'contacted' } },
      { id: 'handed', prospectId: 'p1', at: 150, kind: 'stage_change', summary: '', data: { from: 'new', to: 'handed_to_sales', byHandoff: true } },
      { id: 'rule', prospectId: 'p1', at: 201, kind: 'stage_change', summary: '', data: { from: 'contacted', to: 'qualified', rule: 'meeting_qualifies', callId: 'c1' } },
      { id: 'manual', prospectId: 'p1', at: 300, kind: 'stage_change', summary: '', data: { from: 'qualified', to: 'won' } },
    ]);
    const out = await callsToPublish(db, 1000);
    expect(out.privacy).toBe('name-company');
    expect(out.calls.map((c) => [c.call.id, c.handoffId, c.prospect?.fullName])).toEqual([['c1', 'h1', 'Ada Example']]);
    expect(out.stageChanges.map((s) => [s.entry.id, s.call?.id, s.handoffId])).toEqual([['rule', 'c1', 'h1'], ['manual', undefined, 'h1']]);
    expect(out.upTo).toBe(300);
  });
});
