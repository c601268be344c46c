// prospectSearch holds exactly one row per prospect, with its current tokens and time, after every kind of write:
// single and bulk puts and adds (a bulk add's duplicates leave their rows alone), updates, modify, deletes, clear,
// repository writes inside explicit transactions, and an import that fails half-way (nothing of it stays).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toStored, type SegueDatabase } from '../../../../src/db/database';
import { prospectTokens } from '../../../../src/db/search/search-tokens';
import { previewImport } from '../../../../src/db/import/preview';
import { runImport } from '../../../../src/db/import/run-import';
import { NotesRepo } from '../../../../src/db/notes-repo';
import { ProspectsRepo } from '../../../../src/db/prospects-repo';
import { makeDraft } from '../../../support/db/drafts';
import { generateProspects, toCsv } from '../../../support/db/generate';
import { closeDatabases, freshDatabase } from '../../../support/db/test-db';

let db: SegueDatabase;
beforeEach(async () => { db = await freshDatabase(); });
afterEach(closeDatabases);

async function expectMirrored(label: string): Promise<void> {
  const rows = await db.prospects.toArray();
  const expected = rows.map((r) => ({ id: r.id, tokens: prospectTokens(r), updatedAt: r.updatedAt })).sort((a, b) => a.id.localeCompare(b.id));
  const mirror = (await db.prospectSearch.toArray()).sort((a, b) => a.id.localeCompare(b.id));
  expect(mirror, label).toEqual(expected);
}

const stored = (n: number, seed: number, prefix: string) => generateProspects(n, seed).map((p, i) => toStored({ ...p, id: `${prefix}-${i}`, segmentIds: [] }));

describe('prospectSearch', () => {
  it('follows every kind of prospects write', async () => {
    await db.prospects.bulkAdd(stored(80, 1, 'a'));
    await expectMirrored('bulkAdd');
    const [one] = stored(1, 2, 'a');
    await db.prospects.put({ ...one!, id: 'a-3' });
    await expectMirrored('put over a row');
    // A bulk add with duplicates outside a transaction: the new rows are added, the duplicates' rows stay as they were.
    await db.prospects.bulkAdd([...stored(3, 3, 'b'), ...stored(2, 4, 'a')]).catch(() => undefined);
    await expectMirrored('bulkAdd with duplicates');
    await db.prospects.update('a-5', { updatedAt: 42, fullName: 'Renamed Person' });
    await db.prospects.where('id').startsWith('a-1').modify((row) => { row.company = 'Modified Works'; });
    await expectMirrored('update and modify');
    await db.prospects.delete('a-7');
    await db.prospects.bulkDelete(['a-8', 'a-9', 'b-0']);
    await db.prospects.where('id').startsWith('a-2').delete();
    await expectMirrored('deletes');

    const repo = new ProspectsRepo(db);
    const saved = await repo.saveDraft(makeDraft({ fullName: 'Ada Quillfeather', company: 'Wrenfield Labs', emails: ['ada@wrenfield.example'] }));
    await repo.update(saved.prospect.id, { fullName: 'Ada Marchmont' });
    await new NotesRepo(db).add(saved.prospect.id, 'Met at the Lisbon expo');
    await expectMirrored('repository writes');

    // An import whose second chunk fails leaves nothing of itself, in either table.
    const before = await db.prospectSearch.count();
    let writes = 0;
    const failing = runImport(db, previewImport(toCsv(generateProspects(30, 9))).rows, { chunkSize: 10, segmentIdsOf: () => { if (++writes > 15) throw new Error('boom'); return []; } });
    await expect(failing).rejects.toThrow('boom');
    expect(await db.prospectSearch.count()).toBe(before);
    await expectMirrored('failed import');

    await db.prospects.clear();
    await expectMirrored('clear');
    expect(await db.prospectSearch.count()).toBe(0);
  });

  it('is written together with the prospects, not after them: no round trip between the two writes', async () => {
    const rows = stored(50, 11, 'c');
    let prospectsDone = 0;
    let doneWhenSearchIssued: number | undefined;
    const spies = (['add', 'put'] as const).map((method) => {
      const original = IDBObjectStore.prototype[method];
      return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        const request = original.apply(this, args);
        if (this.name === 'prospects') request.addEventListener('success', () => { prospectsDone++; });
        else if (this.name === 'prospectSearch') doneWhenSearchIssued ??= prospectsDone;
        return request;
      });
    });
    try {
      await db.prospects.bulkAdd(rows);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(doneWhenSearchIssued).toBe(0);
    await expectMirrored('bulkAdd');
  });
});
