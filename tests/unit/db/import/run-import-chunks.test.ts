// An import validates the file a chunk at a time while the database writes the previous chunk (planImport's
// RowSource), instead of validating every row before its first write; it stays one all-or-nothing transaction,
// and it imports exactly what the fully validated preview would.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable } from 'dexie';
import { SegueDatabase } from '../../../../src/db/database';
import { planImport, previewImport, type RowSource } from '../../../../src/db/import/preview';
import { runImport } from '../../../../src/db/import/run-import';
import { generateProspects, toCsv } from '../../../support/db/generate';

const opened: SegueDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});

/** A fresh database whose prospects writes go through `around`, which calls `write` to let one through. */
async function databaseAroundWrites(around: (req: DBCoreMutateRequest, write: () => Promise<DBCoreMutateResponse>) => Promise<DBCoreMutateResponse>): Promise<SegueDatabase> {
  const db = new SegueDatabase(`chunks-${Date.now()}-${opened.length}`);
  opened.push(db);
  db.use({
    stack: 'dbcore', name: 'test-around-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return name === 'prospects' ? { ...table, mutate: (req) => around(req, () => table.mutate(req)) } : table;
      },
    }),
  });
  await db.open();
  return db;
}

/** A database that records how many rows `validated()` says were validated when the first prospects write was issued. */
async function watchedDatabase(validated: () => number, failOnWrite?: number): Promise<{ db: SegueDatabase; atFirstWrite: () => number | undefined }> {
  let atFirstWrite: number | undefined;
  let writes = 0;
  const db = await databaseAroundWrites((_req, write) => {
    atFirstWrite ??= validated();
    if (++writes === failOnWrite) return Promise.reject(new DOMException('Simulated full disk', 'QuotaExceededError'));
    return write();
  });
  return { db, atFirstWrite: () => atFirstWrite };
}

function counted(source: RowSource): { source: RowSource; validated: () => number } {
  let validated = 0;
  return {
    source: { total: source.total, read: (start, end) => { const rows = source.read(start, end); validated += rows.length; return rows; } },
    validated: () => validated,
  };
}

const csv = toCsv(generateProspects(2500, 9)) + 'Nobody,not-an-email,,,\n';

describe('a chunked import', () => {
  it('has validated one chunk, not the whole file, when it issues its first write, and imports what the preview would', async () => {
    const { source, validated } = counted(planImport(csv).rows);
    const { db, atFirstWrite } = await watchedDatabase(validated);
    const summary = await runImport(db, source, { fileName: 'big.csv', now: 1, chunkSize: 1000 });
    expect(atFirstWrite()).toBe(1000);
    expect(validated()).toBe(2501);

    const preview = previewImport(csv);
    const { db: reference } = await watchedDatabase(() => 0);
    const expected = await runImport(reference, preview.rows, { fileName: 'big.csv', now: 1, chunkSize: 1000 });
    expect({ ...summary, durationMs: 0 }).toEqual({ ...expected, durationMs: 0 });
    const names = async (d: SegueDatabase) => (await d.prospects.toArray()).map((p) => `${p.fullName}|${p.emails.join()}`).sort();
    expect(await names(db)).toEqual(await names(reference));
  });

  it('writes nothing when a later chunk fails', async () => {
    const { source, validated } = counted(planImport(csv).rows);
    const { db } = await watchedDatabase(validated, 2);
    await expect(runImport(db, source, { fileName: 'big.csv', chunkSize: 1000 })).rejects.toThrow();
    expect(await db.prospects.count()).toBe(0);
  });

  it('reads rows in order only', () => {
    const { rows } = planImport(csv);
    rows.read(0, 10);
    expect(() => rows.read(20, 30)).toThrow(/in order/);
  });

  it('queues the next chunks at the database without waiting for the earlier ones, and reports progress in order as each is stored', async () => {
    let pending = 0;
    let mostPending = 0;
    const stored: number[] = [];
    const db = await databaseAroundWrites(async (req, write) => {
      mostPending = Math.max(mostPending, ++pending);
      try { return await write(); } finally { pending--; stored.push(req.type === 'add' ? req.values.length : 0); }
    });
    // Seen in the progress callback: how many rows had been stored when each chunk was reported.
    const reports: { done: number; storedRows: number }[] = [];
    const rows = planImport(toCsv(generateProspects(6000, 3))).rows;
    const summary = await runImport(db, rows, {
      chunkSize: 1000,
      onProgress: (p) => reports.push({ done: p.done, storedRows: stored.reduce((a, b) => a + b, 0) }),
    });
    expect(summary.created).toBe(6000);
    expect(mostPending).toBeGreaterThanOrEqual(2);
    expect(mostPending).toBeLessThanOrEqual(4);
    expect(reports.map((r) => r.done)).toEqual([1000, 2000, 3000, 4000, 5000, 6000]);
    for (const report of reports) expect(report.storedRows).toBeGreaterThanOrEqual(report.done);
    expect(await db.prospects.count()).toBe(6000);
  });
});
