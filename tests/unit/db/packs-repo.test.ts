import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SegueDatabase } from '../../../src/db/database';
import { CallsRepo } from '../../../src/db/calls-repo';
import { PacksRepo } from '../../../src/db/packs-repo';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { SegmentsRepo } from '../../../src/db/segments-repo';
import { SettingsRepo } from '../../../src/db/settings-repo';
import { buildPack, type SegmentPack } from '../../../src/domain/packs/pack';
import type { Segment } from '../../../src/domain/segments/segment-schema';
import { makeDraft } from '../../support/db/drafts';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';

let db: SegueDatabase;
let now: number;
const clock = () => now;
beforeEach(async () => {
  db = await freshDatabase();
  now = Date.UTC(2026, 11, 7, 9);
});
afterEach(closeDatabases);

const segment = (id: string, extra: Partial<Segment> = {}): Segment => ({
  id, name: `Segment ${id}`, description: '', priority: 1, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 60 }] }, talkingPoints: [], templates: [], ...extra,
});
const meta = { id: 'acme-playbook', name: 'Acme playbook', publisher: 'Acme marketing', releaseNotes: '' };
const pack = (version: string, segments: Segment[], extra: Partial<SegmentPack> = {}): SegmentPack => ({ ...buildPack({ ...meta, version }, segments, now), ...extra });
const stored = async () => (await db.segments.toArray()).map((s) => [s.id, s.pack?.version ?? 'local', s.threshold]);

describe('PacksRepo', () => {
  it('installs, updates, rolls back (keeping the newer version) and updates again', async () => {
    const repo = new PacksRepo(db, clock);
    await new SegmentsRepo(db).save(segment('mine'));
    await repo.install(pack('1.0.0', [segment('a'), segment('b')]), 'file');
    expect(await stored()).toEqual([['a', '1.0.0', 50], ['b', '1.0.0', 50], ['mine', 'local', 50]]);

    const update = await repo.install(pack('1.1.0', [{ ...segment('a'), threshold: 70 }, segment('c')]), 'file');
    expect(update.diff).toMatchObject({ kind: 'update', from: '1.0.0', to: '1.1.0' });
    expect(await stored()).toEqual([['a', '1.1.0', 70], ['c', '1.1.0', 50], ['mine', 'local', 50]]);
    expect((await repo.get('acme-playbook'))!.previous!.version).toBe('1.0.0');

    const back = await repo.rollback('acme-playbook');
    expect(back.diff).toMatchObject({ kind: 'older', from: '1.1.0', to: '1.0.0' });
    expect(await stored()).toEqual([['a', '1.0.0', 50], ['b', '1.0.0', 50], ['mine', 'local', 50]]);
    expect((await repo.get('acme-playbook'))!.previous!.version).toBe('1.1.0');

    await repo.rollback('acme-playbook');
    expect(await stored()).toEqual([['a', '1.1.0', 70], ['c', '1.1.0', 50], ['mine', 'local', 50]]);
  });

  it('refuses a pack whose segment another pack owns, and writes nothing', async () => {
    const repo = new PacksRepo(db, clock);
    await repo.install(pack('1', [segment('a')]), 'file');
    await expect(repo.install({ ...pack('1', [segment('a'), segment('z')]), id: 'other' }, 'file')).rejects.toThrow(/belongs to the pack Acme playbook 1/);
    expect(await stored()).toEqual([['a', '1', 50]]);
    await expect(repo.install({ ...pack('1', [segment('a')]), version: 'latest' }, 'file')).rejects.toThrow(/version: Version must be numbers/);
  });

  it('sets the call-outcome list when the pack carries one', async () => {
    const outcomes = [{ key: 'connected', label: 'Connected', connect: true }, { key: 'demo_booked', label: 'Demo booked', connect: true }];
    await new PacksRepo(db, clock).install(pack('1', [segment('a')], { callOutcomes: outcomes }), 'file');
    expect(await new SettingsRepo(db).get('callOutcomes')).toEqual(outcomes);
  });

  it('keeps pack segments read-only; "Edit a copy" makes a local segment', async () => {
    await new PacksRepo(db, clock).install(pack('2.0', [segment('a')]), 'file');
    const segments = new SegmentsRepo(db);
    const result = await segments.save({ ...segment('a'), threshold: 10 });
    expect(result).toEqual({ ok: false, issues: [{ path: 'id', message: expect.stringMatching(/From the pack Acme playbook 2\.0: this segment is read-only/) }] });
    await expect(segments.delete('a')).rejects.toThrow(/read-only/);
    expect((await segments.importAll([segment('a')], now)).ok).toBe(false);
    const copy = await segments.copy('a', now);
    expect(copy).toMatchObject({ id: 'a-copy', name: 'Segment a (copy)' });
    expect(copy.pack).toBeUndefined();
    expect((await segments.save({ ...copy, threshold: 10 })).ok).toBe(true);
    expect((await segments.copy('a', now)).id).toBe('a-copy-2');
  });

  it('follows the policy: installs its packs read-only, a file cannot replace them, and drops what it no longer lists', async () => {
    const repo = new PacksRepo(db, clock);
    expect(await repo.syncPolicy([pack('3', [segment('a')])])).toEqual({ changed: ['acme-playbook'], removed: [], problems: [] });
    expect((await db.segments.get('a'))!.pack).toEqual({ id: 'acme-playbook', name: 'Acme playbook', version: '3', managed: true });
    expect((await new SegmentsRepo(db).save(segment('a'))).ok).toBe(false);
    await expect(repo.install(pack('4', [segment('a')]), 'file')).rejects.toThrow(/organization's policy/);
    await expect(repo.rollback('acme-playbook')).rejects.toThrow();
    expect((await repo.syncPolicy([pack('3', [segment('a')])])).changed).toEqual([]);
    expect(await repo.syncPolicy([])).toEqual({ changed: [], removed: ['acme-playbook'], problems: [] });
    expect(await db.segments.count()).toBe(0);
  });

  it('a call logged with a pack segment keeps the pack version it used', async () => {
    await new PacksRepo(db, clock).install(pack('1.2.0', [segment('a')]), 'file');
    const prospect = (await new ProspectsRepo(db, clock).saveDraft(makeDraft({ fullName: 'Cleo Dunmore', company: 'Foxglove' }))).prospect;
    const { call } = await new CallsRepo(db, clock).log({ prospectId: prospect.id, outcome: 'connected', startedAt: now, segmentId: 'a' });
    expect(call).toMatchObject({ segmentId: 'a', packId: 'acme-playbook', packVersion: '1.2.0' });
    await new SegmentsRepo(db).save(segment('local'));
    const { call: plain } = await new CallsRepo(db, clock).log({ prospectId: prospect.id, outcome: 'connected', startedAt: now, segmentId: 'local' });
    expect(plain.packId).toBeUndefined();
  });
});
