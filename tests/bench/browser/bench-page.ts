// An extension page for the benchmarks (bench/bench.html in the built extension): it shares the origin, and so the
// IndexedDB database, with the service worker and the popup. Playwright calls the functions on window.segueBench.
import { openDatabase, toStored, type StoredProspect } from '../../../src/db/database';
import { suggestMapping } from '../../../src/db/import/column-mapping';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { liveSearchIndex } from '../../../src/db/search/live-search-index';
import { generateProspects, toCsv } from '../../support/db/generate';
import { PROSPECT_CSV_HEADERS } from '../../../src/db/export/csv-export';
import { IMPORT_PROGRESS_KEY, type ImportProgress } from '../../../src/messaging/protocol-dashboard';
import { importAsTheWorkerDoes, profileImport, writeVariants } from './import-profile';
import { idb, rawPut } from './raw-write';

const DB = 'segue';

function storedRows(n: number, seed: number): StoredProspect[] {
  return generateProspects(n, seed).map((p) => toStored({ ...p, segmentIds: [] }));
}

async function rawOpen(name: string): Promise<IDBDatabase> {
  // Dexie creates the schema (same stores and indexes as the product's); the writes below are raw IndexedDB.
  (await openDatabase(name)).close();
  return idb(indexedDB.open(name));
}

let csvCache: { key: string; text: string } | null = null;

const bench = {
  /** Times a raw bulk insert of n generated rows into a fresh database of the product's schema; deletes it after. */
  async rawInsert(n: number, seed: number): Promise<number> {
    const name = `segue-bench-raw-${Date.now()}`;
    const rows = storedRows(n, seed);
    const db = await rawOpen(name);
    const t0 = performance.now();
    await rawPut(db, rows);
    const ms = performance.now() - t0;
    db.close();
    await idb(indexedDB.deleteDatabase(name));
    return ms;
  },

  /** Fills Segue's own database with n generated prospects, quickly (raw puts of rows built by toStored). */
  async seed(n: number, seed: number): Promise<number> {
    const db = await rawOpen(DB);
    const chunk = 20_000;
    for (let i = 0; i < n; i += chunk) {
      const rows = generateProspects(Math.min(chunk, n - i), seed + i).map((p) => toStored({ ...p, id: `seed-${seed}-${i}-${p.id}`, segmentIds: [] }));
      await rawPut(db, rows);
    }
    db.close();
    return bench.count();
  },

  async count(): Promise<number> {
    const db = await openDatabase(DB);
    const n = await db.prospects.count();
    db.close();
    return n;
  },

  async clear(): Promise<void> {
    const db = await openDatabase(DB);
    await db.transaction('rw', db.prospects, db.activities, async () => { await db.prospects.clear(); await db.activities.clear(); });
    db.close();
  },

  /** Prepares the CSV the import reads (not timed). */
  prepareCsv(n: number, seed: number): number {
    const key = `${n}:${seed}`;
    if (csvCache?.key !== key) csvCache = { key, text: toCsv(generateProspects(n, seed)) };
    return csvCache.text.length;
  },

  /**
   * The dashboard's import: sends data.importCsv to the service worker and waits for the job's progress in
   * storage.session to say done. Timed from the message to that moment.
   */
  async importCsv(): Promise<{ ms: number; progress: ImportProgress }> {
    if (!csvCache) throw new Error('prepareCsv first');
    const text = csvCache.text;
    const mapping = suggestMapping(PROSPECT_CSV_HEADERS);
    const finished = new Map<string, ImportProgress>();
    let wanted: string | null = null;
    let resolveDone: (p: ImportProgress) => void = () => undefined;
    const done = new Promise<ImportProgress>((r) => (resolveDone = r));
    const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      const p = changes[IMPORT_PROGRESS_KEY]?.newValue as ImportProgress | undefined;
      if (area !== 'session' || !p) return;
      if (p.done % 10_000 === 0 || p.phase !== 'running') console.log(`import ${p.phase} ${p.done}/${p.total} at ${Math.round(performance.now() - t0)} ms`);
      if (p.phase !== 'done' && p.phase !== 'failed') return;
      finished.set(p.jobId, p);
      if (p.jobId === wanted) resolveDone(p);
    };
    chrome.storage.onChanged.addListener(listener);
    const t0 = performance.now();
    const reply = (await chrome.runtime.sendMessage({ segue: 1, name: 'data.importCsv', request: { text, mapping, fileName: 'bench-100k.csv' } })) as
      { ok: true; value: { jobId: string } } | { ok: false; error: { message: string } };
    if (!reply.ok) throw new Error(reply.error.message);
    wanted = reply.value.jobId;
    const early = finished.get(wanted);
    const progress = early ?? (await done);
    const ms = performance.now() - t0;
    chrome.storage.onChanged.removeListener(listener);
    if (progress.phase === 'failed') throw new Error(`import failed: ${progress.error}`);
    return { ms, progress };
  },

  /** ProspectsRepo.search (the popup's limit) for every prefix of every query, once the index is built; ms per keystroke. */
  async searchKeystrokes(queries: string[], limit: number): Promise<{ ms: number[]; hits: number }> {
    const db = await openDatabase(DB);
    const repo = new ProspectsRepo(db);
    const ms: number[] = [];
    let hits = 0;
    await repo.search('warm', { limit });
    // The page's in-memory index is built once (after the popup or dashboard shows); keystrokes are timed after.
    const t0build = performance.now();
    await liveSearchIndex(db).ready();
    console.log(`search index built in ${Math.round(performance.now() - t0build)} ms: ${JSON.stringify(liveSearchIndex(db).stats())}`);
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        hits += (await repo.search(q.slice(0, i), { limit })).length;
        ms.push(performance.now() - t0);
      }
    }
    db.close();
    return { ms, hits };
  },

  /**
   * The floor of a keystroke: one raw getAll of `limit` prospects rows (what a keystroke answered from the in-memory
   * index reads). Schema 11 has no search index in IndexedDB to read instead.
   */
  async rawIndexKeystrokes(queries: string[], limit: number): Promise<{ ms: number[]; hits: number }> {
    (await openDatabase(DB)).close();
    const db = await idb(indexedDB.open(DB));
    const ms: number[] = [];
    let hits = 0;
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        const store = db.transaction('prospects').objectStore('prospects');
        hits += (await idb(store.getAll(null, limit))).length;
        ms.push(performance.now() - t0);
      }
    }
    db.close();
    return { ms, hits };
  },

  /** Where an import's time goes, phase by phase, in this page (see import-profile.ts). */
  profileImport,
  importAsTheWorkerDoes,
  writeVariants,

  /** Runs the matching benchmark in a Web Worker started from this page. */
  matchInWorker(request: { prospects: number; segments: number; minRounds: number; maxRounds: number }): Promise<{ matchMs: number; featuresMs: number[]; scoreMs: number[]; matched: number }> {
    const worker = new Worker(chrome.runtime.getURL('bench/match-worker.js'));
    return new Promise((done, fail) => {
      worker.onmessage = (e) => { worker.terminate(); done(e.data); };
      worker.onerror = (e) => { worker.terminate(); fail(new Error(e.message)); };
      worker.postMessage(request);
    });
  },
};

(globalThis as unknown as { segueBench: typeof bench }).segueBench = bench;
