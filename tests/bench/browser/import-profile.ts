// Where an import's time goes: each phase of the CSV import timed on its own, in an extension page (the same
// engine as the service worker), each write phase into a fresh database of the product's schema.
// Run with `npx tsx tests/bench/profile-import.ts [rows]`.
import Dexie from 'dexie';
import { openDatabase, toStored, type ProspectRecord, type StoredProspect } from '../../../src/db/database';
import { suggestMapping } from '../../../src/db/import/column-mapping';
import { previewImport } from '../../../src/db/import/preview';
import { runImport } from '../../../src/db/import/run-import';
import { takeNotes } from '../../../src/db/notes-repo';
import { activity } from '../../../src/db/prospects-repo';
import { PROSPECT_CSV_HEADERS } from '../../../src/db/export/csv-export';
import { createProspect, identityKeys } from '../../../src/domain/merge';
import type { ProspectFields } from '../../../src/domain/prospect';
import { enrichProspect } from '../../../src/domain/segments/enrich';
import { compileSegments } from '../../../src/domain/segments/match';
import { starterSegments } from '../../../src/domain/segments/starter-segments';
import { generateProspects, toCsv } from '../../support/db/generate';
import { rawWrite, rawWriteChunked } from './raw-write';
import { prospectTokens } from '../../../src/db/search/search-tokens';
import { matchedSegmentIds } from '../../../src/background/dashboard-handlers';

async function fresh<T>(work: (name: string) => Promise<T>): Promise<T> {
  const name = `segue-profile-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  try {
    return await work(name);
  } finally {
    await Dexie.delete(name);
  }
}

function timed<T>(phases: Record<string, number>, name: string, work: () => T): T {
  const t0 = performance.now();
  const out = work();
  phases[name] = Math.round(performance.now() - t0);
  return out;
}

async function timedAsync<T>(phases: Record<string, number>, name: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await work();
  phases[name] = Math.round(performance.now() - t0);
  return out;
}

export async function profileImport(n: number, seed = 42): Promise<{ phases: Record<string, number>; perRow: Record<string, number> }> {
  const phases: Record<string, number> = {};
  const text = toCsv(generateProspects(n, seed));
  const mapping = suggestMapping(PROSPECT_CSV_HEADERS);
  timed(phases, 'message (structured clone of the CSV)', () => structuredClone({ text, mapping }));
  const preview = timed(phases, 'parse + validate (previewImport)', () => previewImport(text, mapping));
  const valid = preview.rows.filter((r) => r.fields && r.errors.length === 0).map((r) => r.fields as ProspectFields);
  const source = { url: 'import:profile.csv', site: 'import', capturedAt: Date.now() };
  const now = Date.now();
  timed(phases, 'identity keys', () => valid.map((f) => identityKeys(f)));
  const records = timed(phases, 'create records', () => valid.map((fields, i): ProspectRecord =>
    ({ ...createProspect({ fields, fieldSources: {}, source }, `p-${i}`, now), segmentIds: [] })));
  const matcher = compileSegments(starterSegments());
  timed(phases, `segment matching (${starterSegments().length} starter segments)`, () => {
    for (const r of records) r.segmentIds = matcher.score(enrichProspect(r)).filter((m) => m.matched).map((m) => m.segmentId);
  });
  const split = timed(phases, 'notes to timeline', () => records.map((r) => takeNotes(r, now)));
  const stored = timed(phases, 'derived index fields (toStored)', () => split.map(({ record }) => toStored(record)));
  // Before schema 6 every created row had its own 'Imported from' timeline row; now only notes (and merges) do.
  const perRowTimeline = records.map((r) => activity(r.id, now, 'import', 'Imported from profile.csv'));
  const timeline = split.flatMap(({ note }) => (note ? [note] : []));

  await fresh(async (name) => {
    (await openDatabase(name)).close();
    await timedAsync(phases, 'WRITE raw IndexedDB put of the stored rows (the baseline)', () => rawWrite(name, stored));
  });
  await fresh(async (name) => {
    (await openDatabase(name)).close();
    await timedAsync(phases, 'WRITE raw put, 1000 per transaction-step, each awaited', () => rawWriteChunked(name, stored, 1000));
  });
  await fresh(async (name) => {
    const db = await openDatabase(name);
    await timedAsync(phases, 'WRITE Dexie bulkAdd of all rows in one call', () => db.transaction('rw', db.prospects, () => db.prospects.bulkAdd(stored)));
    db.close();
  });
  await fresh(async (name) => {
    const db = await openDatabase(name);
    await timedAsync(phases, 'WRITE Dexie bulkAdd of the same rows, 1000 per call', () => db.transaction('rw', db.prospects, async () => {
      for (let i = 0; i < stored.length; i += 1000) await db.prospects.bulkAdd(stored.slice(i, i + 1000));
    }));
    db.close();
  });
  await fresh(async (name) => {
    const db = await openDatabase(name);
    await timedAsync(phases, `WRITE Dexie bulkAdd of ${timeline.length} note timeline entries`, () => db.transaction('rw', db.activities, async () => {
      for (let i = 0; i < timeline.length; i += 1000) await db.activities.bulkAdd(timeline.slice(i, i + 1000));
    }));
    await timedAsync(phases, `WRITE (old design) Dexie bulkAdd of ${perRowTimeline.length} per-row import entries`, () => db.transaction('rw', db.activities, async () => {
      for (let i = 0; i < perRowTimeline.length; i += 1000) await db.activities.bulkAdd(perRowTimeline.slice(i, i + 1000));
    }));
    db.close();
  });
  await fresh(async (name) => {
    const db = await openDatabase(name);
    await timedAsync(phases, 'END TO END runImport into an empty table, no matching', () => runImport(db, preview.rows, { fileName: 'profile.csv' }));
    await timedAsync(phases, 'END TO END runImport of the same file again (all duplicates)', () => runImport(db, preview.rows, { fileName: 'profile.csv' }));
    db.close();
  });
  await fresh(async (name) => {
    const db = await openDatabase(name);
    await timedAsync(phases, 'END TO END runImport into an empty table, with matching', () => runImport(db, preview.rows, {
      fileName: 'profile.csv',
      segmentIdsOf: (r) => matcher.score(enrichProspect(r)).filter((m) => m.matched).map((m) => m.segmentId),
    }));
    db.close();
  });

  const avg = (f: (s: StoredProspect) => number) => Math.round((stored.reduce((sum, s) => sum + f(s), 0) / stored.length) * 10) / 10;
  // Index rows per prospect, per index of the product's schema (read from the schema itself), with segment ids as
  // the import with matching writes them.
  const matched = stored.map((s, i) => ({ ...s, segmentIds: records[i]!.segmentIds }));
  const perIndex = await fresh(async (name) => {
    const db = await openDatabase(name);
    const indexes = db.prospects.schema.indexes;
    db.close();
    return indexes.map((index) => [index.name, index.multi, index.keyPath] as const);
  });
  const perRow: Record<string, number> = {};
  let total = 0;
  for (const [name, multi, keyPath] of perIndex) {
    const rowsOf = (s: Record<string, unknown>) => {
      if (Array.isArray(keyPath)) return keyPath.every((k) => s[k] !== undefined && s[k] !== null) ? 1 : 0;
      const value = s[keyPath as string];
      if (multi) return Array.isArray(value) ? new Set(value).size : 0;
      return value === undefined || value === null ? 0 : 1;
    };
    const n = Math.round((matched.reduce((sum, s) => sum + rowsOf(s as unknown as Record<string, unknown>), 0) / matched.length) * 10) / 10;
    perRow[`index rows: ${name}`] = n;
    total += n;
  }
  perRow['index rows per prospect, all indexes'] = Math.round(total * 10) / 10;
  perRow['prospectSearch row: tokens (not indexed)'] = avg((s) => prospectTokens(s).length);
  perRow['timeline rows written'] = Math.round((timeline.length / stored.length) * 100) / 100;
  perRow['stored row JSON bytes'] = avg((s) => JSON.stringify(s).length);
  return { phases, perRow };
}

/**
 * The service worker's data.importCsv work, run in this page on a fresh database (to be CPU-profiled): the same
 * preview, the same segment matching function and the same runImport.
 */
export async function importAsTheWorkerDoes(n: number, seed = 42): Promise<number> {
  const text = toCsv(generateProspects(n, seed));
  const mapping = suggestMapping(PROSPECT_CSV_HEADERS);
  return fresh(async (name) => {
    const db = await openDatabase(name);
    const t0 = performance.now();
    const preview = previewImport(text, mapping);
    const matcher = compileSegments(starterSegments());
    await runImport(db, preview.rows, { fileName: 'profile.csv', segmentIdsOf: (record) => matchedSegmentIds(matcher, record) });
    const ms = performance.now() - t0;
    db.close();
    return ms;
  });
}

/**
 * Raw put against Dexie bulkAdd of the same stored rows, alternated (raw, Dexie, Dexie, raw, …) so that neither
 * always runs first (right after a deleted database's compaction), each into a fresh database of the product's
 * schema: chunks of 1000 each awaited before the next is issued (runImport before), up to 4 chunks in flight
 * (runImport now) and all rows in one call. Returns ms per variant, per round.
 */
export async function writeVariants(n: number, rounds: number, seed = 42): Promise<Record<string, number[]>> {
  const stored = generateProspects(n, seed).map((p) => toStored({ ...p, segmentIds: [] }));
  const variants: Record<string, (name: string) => Promise<void>> = {
    'raw put': (name) => rawWrite(name, stored),
    'Dexie bulkAdd, chunks of 1000': async (name) => {
      const db = await openDatabase(name);
      await db.transaction('rw', db.prospects, async () => {
        for (let i = 0; i < stored.length; i += 1000) await db.prospects.bulkAdd(stored.slice(i, i + 1000));
      });
      db.close();
    },
    'Dexie bulkAdd, chunks of 1000, up to 4 in flight': async (name) => {
      const db = await openDatabase(name);
      await db.transaction('rw', db.prospects, async () => {
        const inFlight: Promise<unknown>[] = [];
        for (let i = 0; i < stored.length; i += 1000) {
          if (inFlight.length >= 4) await inFlight.shift();
          inFlight.push(db.prospects.bulkAdd(stored.slice(i, i + 1000)));
        }
        await Promise.all(inFlight);
      });
      db.close();
    },
    'Dexie bulkAdd of all rows in one call': async (name) => {
      const db = await openDatabase(name);
      await db.transaction('rw', db.prospects, () => db.prospects.bulkAdd(stored));
      db.close();
    },
  };
  const out: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const names = Object.keys(variants);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const variant of order) {
      await fresh(async (name) => {
        (await openDatabase(name)).close();
        const t0 = performance.now();
        await variants[variant]!(name);
        out[variant]!.push(Math.round(performance.now() - t0));
      });
    }
  }
  return out;
}
