// Search follows every kind of write (capture, merge, edit, notes, delete, undo, import, restore), and answers
// exactly what a scan of every row would, on every path (rare word, common words, a common lead read further, pages).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toStored, type SegueDatabase, type StoredProspect } from '../../../src/db/database';
import { exportBackupText } from '../../../src/db/export/backup-export';
import { importBackup } from '../../../src/db/import/backup-import';
import { previewImport } from '../../../src/db/import/preview';
import { runImport } from '../../../src/db/import/run-import';
import { NotesRepo } from '../../../src/db/notes-repo';
import { scanSearchTable } from '../../../src/db/prospect-search';
import { prospectTokens } from '../../../src/db/search/search-tokens';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { makeDraft } from '../../support/db/drafts';
import { generateProspects, toCsv } from '../../support/db/generate';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';

let db: SegueDatabase;
let repo: ProspectsRepo;
let now = 1_700_000_000_000;
beforeEach(async () => {
  db = await freshDatabase();
  repo = new ProspectsRepo(db, () => now);
});
afterEach(closeDatabases);

const names = async (q: string) => (await repo.search(q, { limit: 500 })).map((p) => p.fullName).sort();

describe('search follows every write', () => {
  it('capture, merge, edit, notes, stage, segments, bulk edit, delete and undo', async () => {
    const saved = await repo.saveDraft(makeDraft({ fullName: 'Ada Quillfeather', company: 'Wrenfield Labs', title: 'VP of Sales', emails: ['ada@wrenfield.example'] }));
    const id = saved.prospect.id;
    expect(await names('quill wren')).toEqual(['Ada Quillfeather']);

    // A merge by email brings a new company: the old company's words stop finding her.
    now += 1;
    await repo.saveDraft(makeDraft({ fullName: 'Ada Quillfeather', company: 'Brightwater Foods', emails: ['ada@wrenfield.example'] }));
    expect(await names('bright ada')).toEqual(['Ada Quillfeather']);
    expect(await names('wrenfield labs')).toEqual([]);

    now += 1;
    await repo.update(id, { fullName: 'Ada Marchmont' });
    expect(await names('quillfeather')).toEqual([]);
    expect(await names('marchm')).toEqual(['Ada Marchmont']);

    const notes = new NotesRepo(db, () => now);
    const note = await notes.add(id, 'Prefers a demo after the Lisbon expo');
    expect(await names('lisbon marchmont')).toEqual(['Ada Marchmont']);
    const removed = await notes.remove(note.id);
    expect(await names('lisbon')).toEqual([]);
    await notes.restore(removed);
    expect(await names('lisbon')).toEqual(['Ada Marchmont']);

    await repo.updateStage(id, 'contacted');
    await repo.setSegmentIds(id, ['seg-a']);
    const { undo: tagUndo } = await repo.bulkUpdate([id], { addTags: ['fair'] });
    await repo.restore(tagUndo);

    const { undo } = await repo.bulkDelete([id]);
    expect(await names('marchmont')).toEqual([]);
    await repo.restore(undo);
    expect(await names('marchmont lisbon')).toEqual(['Ada Marchmont']);
  });

  it('a CSV import, a re-import that changes companies, and a backup restore', async () => {
    const people = generateProspects(60, 21);
    await runImport(db, previewImport(toCsv(people)).rows, { fileName: 'a.csv', now });
    const again = people.slice(0, 20).map((p) => ({ ...p, company: 'Quorvane Systems' }));
    await runImport(db, previewImport(toCsv(again)).rows, { fileName: 'b.csv', now: now + 1 });
    expect((await repo.search('quorvane', { limit: 500 })).length).toBe(20);

    const backup = await exportBackupText(db);
    await db.prospects.bulkPut(generateProspects(10, 22).map((p) => toStored({ ...p, segmentIds: [] })));
    await importBackup(db, backup, { mode: 'replace' });
    expect(await db.prospects.count()).toBe(60);
    expect((await repo.search('quorvane', { limit: 500 })).length).toBe(20);
  });
});

/** What search must answer: every row whose tokens start with every word, by a scan of every row. */
function scan(rows: readonly StoredProspect[], words: readonly string[]): Set<string> {
  return new Set(rows.filter((r) => words.every((w) => prospectTokens(r).some((t) => t.startsWith(w)))).map((r) => r.id));
}

describe('search answers what a full scan answers', () => {
  const QUERIES = [['h'], ['hana'], ['hana', 'm'], ['hana', 'marchetti'], ['harbor', 'labs'], ['vp', 'of', 'sales'], ['head', 'of', 'customer'],
    ['kestrel', 'robotics'], ['müller'], ['o', 'farrell'], ['zoë', 'gmbh'], ['priya', 'okonkwo'], ['nobody'], ['sales', 'zzz']];

  it('the fallback while the in-memory index is built: a scan of prospectSearch, in pages', async () => {
    const rows = generateProspects(1500, 5).map((p) => toStored({ ...p, segmentIds: [] }));
    await db.prospects.bulkPut(rows);
    for (const words of QUERIES) {
      const expected = scan(rows, words);
      const all = await scanSearchTable(db, words, { limit: 2000, offset: 0 });
      expect(new Set(all), words.join(' ')).toEqual(expected);
      expect(all.length, 'no duplicates').toBe(expected.size);
      const first = await scanSearchTable(db, words, { limit: 8, offset: 0 });
      const second = await scanSearchTable(db, words, { limit: 8, offset: 8 });
      expect(first.length).toBe(Math.min(8, expected.size));
      for (const id of [...first, ...second]) expect(expected.has(id)).toBe(true);
      expect(new Set([...first, ...second]).size).toBe(first.length + second.length);
    }
  }, 120_000);

  it('the first search of a page, over more rows than the index reads at once, waits for the index: most recent first', async () => {
    const rows = generateProspects(2600, 9).map((p, i) => toStored({ ...p, updatedAt: 1_000 + ((i * 7919) % 2600), segmentIds: [] }));
    await db.prospects.bulkPut(rows);
    const expected = rows.filter((r) => prospectTokens(r).some((t) => t.startsWith('a')))
      .sort((x, y) => y.updatedAt - x.updatedAt || x.id.localeCompare(y.id)).slice(0, 8).map((r) => r.id);
    expect((await repo.search('a', { limit: 8 })).map((p) => p.id)).toEqual(expected);
  });

  it('a scan aborted by a newer keystroke stops with an AbortError', async () => {
    await db.prospects.bulkPut(generateProspects(50, 6).map((p) => toStored({ ...p, segmentIds: [] })));
    const controller = new AbortController();
    const scanning = scanSearchTable(db, ['hana'], { limit: 8, offset: 0, signal: controller.signal });
    controller.abort();
    await expect(scanning).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a search aborted by a newer keystroke stops with an AbortError and returns nothing', async () => {
    await db.prospects.bulkPut(generateProspects(50, 6).map((p) => toStored({ ...p, segmentIds: [] })));
    const controller = new AbortController();
    controller.abort();
    await expect(repo.search('hana m', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect((await repo.search('hana m')).length).toBeGreaterThan(0);
  });

});
