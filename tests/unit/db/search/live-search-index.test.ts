// ProspectsRepo.search answers from the live in-memory index exactly what a scan of the stored rows answers (same
// order: most recently updated first), through random single edits, deletes, bulk writes and a clear; and once the
// index is built a keystroke reads only the rows it shows, in one request, however many prospects are stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreTable } from 'dexie';
import Dexie from 'dexie';
import { SegueDatabase, toStored } from '../../../../src/db/database';
import { ProspectsRepo, queryWords } from '../../../../src/db/prospects-repo';
import { liveSearchIndex } from '../../../../src/db/search/live-search-index';
import { prospectTokens } from '../../../../src/db/search/search-tokens';
import { compareRank, holdsEveryWord } from '../../../../src/db/search/token-index';
import { generateProspects } from '../../../support/db/generate';
import { countRowsRead } from '../../../support/db/row-counter';
import { closeDatabases, freshDatabase } from '../../../support/db/test-db';

let db: SegueDatabase;
let repo: ProspectsRepo;
beforeEach(async () => {
  db = await freshDatabase();
  repo = new ProspectsRepo(db);
});
const opened: SegueDatabase[] = [];
afterEach(async () => {
  await closeDatabases();
  for (const other of opened.splice(0)) { other.close(); await Dexie.delete(other.name); }
});

const QUERIES = ['h', 'hana', 'hana m', 'harbor labs', 'vp of sales', 'head of customer', 'kestrel robotics', 'müller', "o'farrell",
  'zoë gmbh', 'a', 'sales a', 'nobody', 'avery.ashgrove', 'ivo quartz'];

async function expectLikeAScan(label: string): Promise<void> {
  const rows = await db.prospects.toArray();
  for (const query of QUERIES) {
    const words = queryWords(query);
    const expected = rows.filter((r) => holdsEveryWord(prospectTokens(r), words)).sort(compareRank).map((r) => r.id);
    const got = (await repo.search(query, { limit: 500 })).map((p) => p.id);
    expect(got, `${label}: ${query}`).toEqual(expected.slice(0, 500));
    const page = (await repo.search(query, { limit: 7, offset: 3 })).map((p) => p.id);
    expect(page, `${label}: ${query} page`).toEqual(expected.slice(3, 10));
  }
}

function rng(seed: number): () => number {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('live search index', () => {
  it('stays exact through random edits, deletes, bulk writes and a clear', async () => {
    let at = 1_800_000_000_000;
    const stored = () => generateProspects(400, 11).map((p, i) => toStored({ ...p, id: `p-${i}`, updatedAt: at - (i % 37), segmentIds: [] }));
    await db.prospects.bulkPut(stored());
    await expectLikeAScan('built');
    const rand = rng(7);
    const pool = generateProspects(200, 12);
    for (let step = 0; step < 40; step++) {
      const id = `p-${Math.floor(rand() * 420)}`;
      const roll = rand();
      at += 1;
      if (roll < 0.5) {
        // A single edit (or a new prospect): new name, company and title from another generated person.
        const other = pool[Math.floor(rand() * pool.length)]!;
        const old = await db.prospects.get(id);
        await db.prospects.put(toStored({ ...(old ?? other), fullName: other.fullName, company: other.company, title: other.title, id, updatedAt: at, segmentIds: [] }));
      } else if (roll < 0.8) {
        await db.prospects.delete(id);
      } else {
        await db.transaction('rw', db.prospects, async () => {
          await db.prospects.update(id, { updatedAt: at });
          await db.prospects.delete(`p-${Math.floor(rand() * 420)}`);
        });
      }
      if (step % 8 === 7) await expectLikeAScan(`step ${step}`);
    }
    expect(liveSearchIndex(db).stats().overlay, 'single edits went to the overlay, not a rebuild').toBeGreaterThan(0);

    // A bulk write (50 rows or more) changes a range: the index is rebuilt before the next answer.
    await db.prospects.bulkPut(generateProspects(120, 13).map((p, i) => toStored({ ...p, id: `b-${i}`, updatedAt: at + i, segmentIds: [] })));
    await expectLikeAScan('bulk put');
    await db.prospects.bulkDelete(Array.from({ length: 60 }, (_, i) => `p-${i}`));
    await expectLikeAScan('bulk delete');
    await db.prospects.clear();
    expect(await repo.search('hana')).toEqual([]);
    await db.prospects.bulkPut(stored());
    await expectLikeAScan('refilled');
  }, 120_000);

  it('once built, a keystroke reads only the rows it shows, in one request, at any table size', async () => {
    const proxies: Array<{ n: number; rows: number; requests: number }> = [];
    for (const n of [300, 3000]) {
      // Counters are DBCore middleware: added before the database opens.
      const sized = new SegueDatabase(`search-proxies-${n}-${Date.now()}`);
      opened.push(sized);(generateProspects(n, 3).map((p) => toStored({ ...p, segmentIds: [] })));
      let requests = 0;
      sized.use({
        stack: 'dbcore', name: 'test-request-counter',
        create: (down: DBCore): DBCore => ({
          ...down,
          table: (name: string): DBCoreTable => {
            const t = down.table(name);
            return { ...t, get: (r) => (requests++, t.get(r)), getMany: (r) => (requests++, t.getMany(r)), query: (r) => (requests++, t.query(r)), openCursor: (r) => (requests++, t.openCursor(r)), count: (r) => (requests++, t.count(r)) };
          },
        }),
      });
      const counter = countRowsRead(sized);
      await sized.open();
      await sized.prospects.bulkPut(generateProspects(n, 3).map((p) => toStored({ ...p, segmentIds: [] })));
      const sizedRepo = new ProspectsRepo(sized);
      await liveSearchIndex(sized).ready();
      counter.reset();
      requests = 0;
      let keystrokes = 0;
      let shown = 0;
      for (const query of QUERIES) {
        for (let i = 1; i <= query.length; i++) {
          shown += (await sizedRepo.search(query.slice(0, i), { limit: 8 })).length;
          keystrokes++;
        }
      }
      expect(counter.total(), `rows read at ${n}`).toBe(shown);
      expect(requests, `requests at ${n}`).toBe(keystrokes);
      proxies.push({ n, rows: counter.total() / keystrokes, requests: requests / keystrokes });
    }
    expect(proxies[0]!.requests).toBe(proxies[1]!.requests);
  }, 120_000);

  it('a search aborted by a newer keystroke stops with an AbortError', async () => {
    await db.prospects.bulkPut(generateProspects(50, 6).map((p) => toStored({ ...p, segmentIds: [] })));
    await liveSearchIndex(db).ready();
    const controller = new AbortController();
    controller.abort();
    await expect(repo.search('hana', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
