// Deterministic proxies for search as you type, in Node (no browser, so no timing noise from IndexedDB):
//  A. the in-memory index at 100,000 generated prospects: build time, (prospect, token) pairs, and the CPU time of
//     each keystroke of the storage bench's queries (repeated), which is all a keystroke costs besides one bulkGet
//     of the rows shown;
//  B. in fake-indexeddb at BENCH_SEARCH_ROWS (default 20,000): IndexedDB requests and rows/index entries read per
//     keystroke, the IndexedDB-index search (prospect-search.ts, the fallback) against the live index.
// Run with `npx tsx tests/bench/search-proxies.ts`.
import 'fake-indexeddb/auto';
import type { DBCore, DBCoreTable } from 'dexie';
import { SegueDatabase, toStored } from '../../src/db/database';
import { scanSearchTable } from '../../src/db/prospect-search';
import { ProspectsRepo, queryWords } from '../../src/db/prospects-repo';
import { liveSearchIndex } from '../../src/db/search/live-search-index';
import { TokenIndex } from '../../src/db/search/token-index';
import { searchRowOf } from '../../src/db/search/search-mirror';
import { generateProspects } from '../support/db/generate';

const QUERIES = ['priya', 'okonkwo', 'northwind', 'harbor labs', 'hana marchetti', 'vp of sales', 'avery.ashgrove', 'gmbh', 'zoë', 'head of customer', 'müller', 'kestrel robotics', 'o\'farrell'];
const LIMIT = 8;
const keystrokes = QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

function inMemory(n: number): void {
  const rows = generateProspects(n, 42).map((p) => toStored({ ...p, segmentIds: [] }));
  const docs = rows.map(searchRowOf);
  const avgBytes = (xs: unknown[]) => Math.round(xs.reduce<number>((sum, x) => sum + JSON.stringify(x).length, 0) / xs.length);
  const builds: number[] = [];
  let index = TokenIndex.build(docs);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    index = TokenIndex.build(docs);
    builds.push(performance.now() - t0);
  }
  const ms: number[] = [];
  for (let repeat = 0; repeat < 7; repeat++) {
    for (const k of keystrokes) {
      const words = queryWords(k);
      const t0 = performance.now();
      index.search(words, LIMIT);
      ms.push(performance.now() - t0);
    }
  }
  const worst = keystrokes.map((k) => {
    const words = queryWords(k);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) index.search(words, LIMIT);
    return [k, (performance.now() - t0) / 20] as const;
  }).sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(JSON.stringify({
    part: `A: in-memory index, ${n.toLocaleString('en')} prospects`,
    buildMs: builds.map(Math.round), pairs: index.pairs,
    bytesReadPerProspectToBuild: { wholeRow: avgBytes(rows), prospectSearchRow: avgBytes(docs) }, pairsPerProspect: +(index.pairs / n).toFixed(1),
    keystrokeCpuMs: { n: ms.length, median: +pct(ms, 50).toFixed(3), p95: +pct(ms, 95).toFixed(3), max: +Math.max(...ms).toFixed(3) },
    slowest: worst.map(([k, t]) => `"${k}" ${t.toFixed(3)} ms`),
  }, null, 1));
}

async function inIndexedDb(n: number): Promise<void> {
  let requests = 0;
  let rows = 0;
  const db = new SegueDatabase(`search-proxies-${Date.now()}`);
  db.use({
    stack: 'dbcore', name: 'bench-counter',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const t = down.table(name);
        return {
          ...t,
          get: async (r) => { requests++; const v = await t.get(r); rows += v ? 1 : 0; return v; },
          getMany: async (r) => { requests++; const v = await t.getMany(r); rows += v.filter(Boolean).length; return v; },
          query: async (r) => { requests++; const v = await t.query(r); rows += v.result.length; return v; },
        };
      },
    }),
  });
  await db.open();
  for (let i = 0; i < n; i += 5000) {
    await db.prospects.bulkPut(generateProspects(Math.min(5000, n - i), 42 + i).map((p) => toStored({ ...p, id: `s-${i}-${p.id}`, segmentIds: [] })));
  }
  const measure = async (label: string, search: (words: string[]) => Promise<unknown>) => {
    const perKey: Array<{ requests: number; rows: number }> = [];
    for (const k of keystrokes) {
      requests = 0;
      rows = 0;
      await search(queryWords(k));
      perKey.push({ requests, rows });
    }
    const r = perKey.map((p) => p.requests);
    const e = perKey.map((p) => p.rows);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    console.log(JSON.stringify({ part: `B: ${label}, ${n.toLocaleString('en')} prospects in fake-indexeddb, limit ${LIMIT}`,
      keystrokes: perKey.length, requestsPerKeystroke: { mean: +(sum(r) / r.length).toFixed(1), max: Math.max(...r) },
      rowsOrIndexEntriesReadPerKeystroke: { mean: +(sum(e) / e.length).toFixed(1), p95: pct(e, 95), max: Math.max(...e) } }));
  };
  await measure('fallback: scan of prospectSearch (prospect-search.ts)', async (words) => db.prospects.bulkGet(await scanSearchTable(db, words, { limit: LIMIT, offset: 0 })));
  requests = 0;
  rows = 0;
  await liveSearchIndex(db).ready();
  console.log(JSON.stringify({ part: 'B: one-time build of the live index', requests, rowsRead: rows }));
  const repo = new ProspectsRepo(db);
  await measure('after: live in-memory index (ProspectsRepo.search)', (words) => repo.search(words.join(' '), { limit: LIMIT }));
  db.close();
}

inMemory(Number(process.env.BENCH_SEARCH_MEMORY_ROWS ?? 100_000));
await inIndexedDb(Number(process.env.BENCH_SEARCH_ROWS ?? 20_000));
