import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toStored, type SegueDatabase } from '../../../../src/db/database';
import { ActivitiesRepo } from '../../../../src/db/activities-repo';
import { ProspectsRepo } from '../../../../src/db/prospects-repo';
import { makeDraft } from '../../../support/db/drafts';
import { generateProspects, toCsv } from '../../../support/db/generate';
import { closeDatabases, freshDatabase } from '../../../support/db/test-db';
import { countRowsRead } from '../../../support/db/row-counter';
import { previewImport } from '../../../../src/db/import/preview';
import { runImport, type ImportProgress } from '../../../../src/db/import/run-import';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../fixtures/import', name), 'utf8');

let db: SegueDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(closeDatabases);

describe('runImport', () => {
  it('creates prospects with their stage and an import timeline entry; skips error rows', async () => {
    const preview = previewImport(fixture('mixed-errors.csv'));
    const summary = await runImport(db, preview.rows, { fileName: 'mixed.csv', now: 5_000 });
    expect(summary).toMatchObject({ total: 2, created: 1, merged: 1, unchanged: 0, skipped: 4 });
    const [esme] = await db.prospects.toArray();
    expect(esme).toMatchObject({
      fullName: 'Esme Galloway', emails: ['esme@juniper.example'], companySize: 25,
      profiles: { linkedin: 'https://www.linkedin.com/in/esme-galloway' },
      source: { url: 'import:mixed.csv', site: 'import', capturedAt: 5_000 },
    });
    expect(esme!.sources).toHaveLength(1);
    expect(esme!.fieldSources).toMatchObject({ fullName: 'import', emails: 'import', profiles: 'import' });
    const timeline = await new ActivitiesRepo(db).timeline(esme!.id);
    expect(timeline.map((a) => [a.kind, a.summary, a.at])).toEqual([
      ['import', 'Updated profiles from mixed.csv', 5_000], ['import', 'Imported from mixed.csv', 5_000],
    ]);
    // Only the merge is stored (with what it changed, for Undo); the creation is read from the import source.
    expect((await db.activities.where('prospectId').equals(esme!.id).toArray()).map((a) => a.summary)).toEqual(['Updated profiles from mixed.csv']);

    const hub = previewImport(fixture('hubspot-contacts.csv'));
    await runImport(db, hub.rows, { now: 6_000 });
    // Keys computed once per row (preview, then reused) are exactly what toStored derives.
    for (const row of await db.prospects.toArray()) expect(row).toEqual(toStored(row));
    const stages = (await db.prospects.toArray()).map((p) => [p.fullName, p.stage]).sort();
    expect(stages).toEqual([['Avery Hartwell', 'qualified'], ['Esme Galloway', 'new'], ['Gideon Marchetti', 'won'], ['Nadia Okonkwo', 'new']]);
  });

  it('a prospect an older version imported (with its stored "Imported from" row) shows that entry once', async () => {
    await runImport(db, previewImport(fixture('apollo-people.csv')).rows, { fileName: 'old.csv', now: 3_000 });
    const [first] = await db.prospects.toArray();
    await db.activities.add({ id: 'stored-import', prospectId: first!.id, at: 3_000, kind: 'import', summary: 'Imported from old.csv' });
    const timeline = await new ActivitiesRepo(db).timeline(first!.id);
    expect(timeline.map((a) => [a.id, a.summary])).toEqual([['stored-import', 'Imported from old.csv']]);
    // Paging back past the creation, and a page that is full, never add it.
    expect(await new ActivitiesRepo(db).timeline(first!.id, 50, 3_000)).toEqual([]);
  });

  it('re-importing the same file merges instead of duplicating', async () => {
    const preview = previewImport(fixture('apollo-people.csv'));
    const first = await runImport(db, preview.rows, { now: 1_000 });
    expect(first.created).toBe(2);
    const before = await db.prospects.toArray();
    const again = await runImport(db, previewImport(fixture('apollo-people.csv')).rows, { now: 2_000 });
    expect(again).toMatchObject({ created: 0, merged: 0, unchanged: 2 });
    expect(await db.prospects.toArray()).toEqual(before);
  });

  it('looks stored duplicates up in bulk: each stored match is read once per chunk, however many keys it shares', async () => {
    const people = generateProspects(300, 31);
    const csv = toCsv(people);
    await runImport(db, previewImport(csv).rows, { now: 1_000, chunkSize: 100 });
    const stored = await db.prospects.count();
    // The counter is a middleware: Dexie takes it in when the database opens.
    db.close();
    const counter = countRowsRead(db);
    await db.open();
    const again = await runImport(db, previewImport(csv).rows, { now: 2_000, chunkSize: 100 });
    expect(again.created).toBe(0);
    expect(again.unchanged + again.merged).toBe(again.total);
    // Rows with several identity keys (email, profile, name and company) are found by each: read once all the same.
    expect(counter.rows.prospects).toBe(stored);
  });

  it('writes each created or merged row with the segment ids given, and leaves unchanged rows alone', async () => {
    const segmentIdsOf = (record: { title?: string; company?: string }) =>
      [record.title?.includes('VP') ? 'vp-sales' : null, record.company ? 'has-company' : null].filter((id): id is string => id !== null);
    const preview = previewImport(fixture('apollo-people.csv'));
    await runImport(db, preview.rows, { now: 1_000, segmentIdsOf });
    const stored = await db.prospects.toArray();
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) expect(row.segmentIds).toEqual(segmentIdsOf(row));
    const calls: string[] = [];
    const again = await runImport(db, previewImport(fixture('apollo-people.csv')).rows, { now: 2_000, segmentIdsOf: (r) => { calls.push(r.id); return []; } });
    expect(again.unchanged).toBe(stored.length);
    expect(calls).toEqual([]);
    expect(await db.prospects.toArray()).toEqual(stored);
  });

  it('merges into a prospect captured earlier, keeping its stage and adding what is new', async () => {
    const repo = new ProspectsRepo(db, () => 500);
    const { prospect } = await repo.saveDraft(makeDraft({
      fullName: 'Rosa Sandoval', company: 'Redwood Capital', profiles: { linkedin: 'https://www.linkedin.com/in/rosa-sandoval-rc/' },
    }, { capturedAt: 500 }));
    await repo.updateStage(prospect.id, 'contacted');
    const summary = await runImport(db, previewImport(fixture('apollo-people.csv')).rows, { now: 1_000 });
    expect(summary).toMatchObject({ created: 1, merged: 1 });
    const rosa = await repo.get(prospect.id);
    expect(rosa).toMatchObject({ stage: 'contacted', emails: ['rosa.sandoval@redwoodcap.example'], title: 'Chief Financial Officer' });
    expect(rosa!.sources.map((s) => s.site)).toEqual(['linkedin', 'import']);
    expect(rosa!.company).toBe('Redwood Capital Partners, LLC');
  });

  it('a failure mid-way leaves nothing written', async () => {
    const csv = toCsv(generateProspects(250, 4));
    const rows = previewImport(csv).rows;
    // New prospects are written with bulkAdd: the third chunk's write fails.
    const realBulkAdd = db.prospects.bulkAdd.bind(db.prospects);
    let calls = 0;
    const spy = vi.spyOn(db.prospects, 'bulkAdd').mockImplementation(((items: never[]) => {
      calls++;
      if (calls === 3) throw new Error('Injected failure in chunk 3');
      return realBulkAdd(items);
    }) as never);
    const progress: number[] = [];
    await expect(runImport(db, rows, { chunkSize: 50, onProgress: (p) => progress.push(p.done) })).rejects.toThrow('Injected failure in chunk 3');
    spy.mockRestore();
    // Chunks 1 and 2 may still be in flight when chunk 3 fails: nothing from chunk 3 on is ever reported.
    expect(progress.filter((done) => done > 100)).toEqual([]);
    expect(await db.prospects.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
  });

  it('a failing write is noticed even while the next chunk is being worked out: nothing is written', async () => {
    const rows = previewImport(toCsv(generateProspects(120, 8))).rows;
    const realBulkAdd = db.prospects.bulkAdd.bind(db.prospects);
    let calls = 0;
    // The first chunk's write fails in the database, after the call returned.
    const spy = vi.spyOn(db.prospects, 'bulkAdd').mockImplementation(((items: never[]) => {
      calls++;
      return calls === 1 ? Promise.reject(new Error('Disk gone')) : realBulkAdd(items);
    }) as never);
    await expect(runImport(db, rows, { chunkSize: 40 })).rejects.toThrow('Disk gone');
    spy.mockRestore();
    expect(await db.prospects.count()).toBe(0);
  });

  it('10,000 rows: imported in chunks with progress; timings reported', async () => {
    const csv = toCsv(generateProspects(10_000, 42));
    const t0 = performance.now();
    const preview = previewImport(csv);
    const previewMs = performance.now() - t0;
    expect(preview.validCount).toBe(10_000);
    expect(preview.duplicatesInFile).toBe(0);

    const progress: ImportProgress[] = [];
    const summary = await runImport(db, preview.rows, { chunkSize: 1000, onProgress: (p) => progress.push(p) });
    expect(summary).toMatchObject({ total: 10_000, created: 10_000, merged: 0 });
    expect(progress.map((p) => p.done)).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000]);
    expect(await db.prospects.count()).toBe(10_000);

    // Re-importing is checked on small files above; `npx tsx src/db/testing/bench-import.ts 10000` times it at scale.
    console.info(`10k CSV (${(csv.length / 1024 / 1024).toFixed(1)} MB): preview ${previewMs.toFixed(0)} ms, import ${summary.durationMs} ms`);
  }, 240_000);
});
