import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handoffHandlers } from '../../../src/background/handoff-handlers';
import type { SegueDatabase } from '../../../src/db/database';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { SegmentsRepo } from '../../../src/db/segments-repo';
import { SettingsRepo } from '../../../src/db/settings-repo';
import { starterSegments } from '../../../src/domain/segments/starter-segments';
import { makeDraft } from '../../support/db/drafts';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';

let db: SegueDatabase;
let badges = 0;
const sam = { name: 'Sam Rivera', email: 'sam@example.com' };
const handlers = () => handoffHandlers({ db: () => db, now: () => 1_760_000_000_000, refreshBadge: async () => { badges++; } });
const call = <K extends keyof ReturnType<typeof handlers>>(name: K, request: Parameters<ReturnType<typeof handlers>[K]>[0]) =>
  (handlers()[name] as (r: typeof request, s: never) => Promise<unknown>)(request, undefined as never);

beforeEach(async () => {
  db = await freshDatabase();
  badges = 0;
});
afterEach(closeDatabases);

describe('hand-off messages', () => {
  it('refuses a team with problems, saves nothing, and names the problem', async () => {
    await expect(call('settings.setTeam', { team: [{ id: 'a', name: 'Sam', role: 'rep' }, { id: 'b', name: ' sam ', role: 'rep' }] })).rejects.toThrow('"sam" is already on the team');
    expect(await new SettingsRepo(db).get('team')).toEqual([]);
    const { team } = await call('settings.setTeam', { team: [{ id: '', name: ' Sam Rivera ', email: ' ', role: 'rep', isMe: true }] }) as { team: unknown[] };
    expect(team).toEqual([{ id: expect.any(String), name: 'Sam Rivera', role: 'rep', isMe: true }]);
    expect(badges).toBe(1);
  });

  it('keys new return reasons from their labels and refuses an empty list', async () => {
    const { reasons } = await call('settings.setReturnReasons', { reasons: [{ key: '', label: 'Gone quiet' }, { key: 'later', label: 'Later' }] }) as { reasons: unknown[] };
    expect(reasons).toEqual([{ key: 'gone_quiet', label: 'Gone quiet' }, { key: 'later', label: 'Later' }]);
    await expect(call('settings.setReturnReasons', { reasons: [] })).rejects.toThrow('Keep at least one reason');
  });

  it('previews and imports a file, matching its prospects to the segments; a damaged file writes nothing', async () => {
    const segment = { ...starterSegments()[0]!, id: 'vp-sales', name: 'VPs of sales', rules: { op: 'and' as const, rules: [{ type: 'seniority_in' as const, values: ['vp' as const], weight: 60 }] }, threshold: 50 };
    await new SegmentsRepo(db).save(segment);
    const { prospect } = await new ProspectsRepo(db).saveDraft(makeDraft({ fullName: 'Dana Lee', title: 'VP of Sales', company: 'Northwind' }));
    await call('handoff.offer', { prospectId: prospect.id, owner: sam, note: 'Hot', segmentId: segment.id });
    const { file } = await call('handoff.export', { owner: sam }) as { file: Record<string, unknown> };

    const other = db;
    db = await freshDatabase();
    const damaged = JSON.stringify({ ...file, handoffs: [{ ...(file.handoffs as object[])[0], state: 'lost' }] });
    expect(await call('handoff.preview', { text: damaged })).toMatchObject({ ok: false, issues: [{ path: 'handoffs[0].state' }] });
    expect(await call('handoff.import', { text: damaged })).toMatchObject({ ok: false });
    expect(await db.handoffs.count()).toBe(0);
    expect(await db.prospects.count()).toBe(0);

    const text = JSON.stringify(file);
    expect(await call('handoff.preview', { text })).toMatchObject({ ok: true, preview: { add: 1, newProspects: ['Dana Lee'], newSegments: [segment.name], rows: [{ prospectName: 'Dana Lee', state: 'offered', effect: 'add' }] } });
    expect(await call('handoff.import', { text })).toMatchObject({ ok: true, summary: { added: 1, prospects: 1, segments: 1 } });
    expect((await new ProspectsRepo(db).get(prospect.id))!.segmentIds).toContain(segment.id);
    expect(other).not.toBe(db);
  });

  it('says so when nothing is handed to the owner asked for', async () => {
    await expect(call('handoff.export', { owner: sam })).rejects.toThrow('Nothing is handed to Sam Rivera yet.');
  });
});
