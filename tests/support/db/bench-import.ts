// Import benchmark in fake-indexeddb: npx tsx src/db/testing/bench-import.ts [rows=10000] [chunkSize=1000]
// Prints one JSON line per phase. Real IndexedDB (Chrome) is typically faster than fake-indexeddb for bulk writes.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { openDatabase } from '../../../src/db/database';
import { previewImport } from '../../../src/db/import/preview';
import { runImport } from '../../../src/db/import/run-import';
import { generateProspects, toCsv } from './generate';

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 10_000);
  const chunkSize = Number(process.argv[3] ?? 1000);
  const report = (phase: string, data: Record<string, unknown>) => console.log(JSON.stringify({ phase, ...data }));

  let t = performance.now();
  const csv = toCsv(generateProspects(rows, 42));
  report('generate', { rows, megabytes: +(csv.length / 1024 / 1024).toFixed(1), ms: Math.round(performance.now() - t) });

  t = performance.now();
  const preview = previewImport(csv);
  report('preview', { valid: preview.validCount, errors: preview.errorCount, ms: Math.round(performance.now() - t) });

  const name = `bench-${Date.now()}`;
  const db = await openDatabase(name);
  const first = await runImport(db, preview.rows, { chunkSize });
  report('import', { ...first });
  const again = await runImport(db, previewImport(csv).rows, { chunkSize });
  report('re-import', { ...again });
  db.close();
  await Dexie.delete(name);
}

main().catch((error) => {
  console.error(JSON.stringify({ error: String(error) }));
  process.exit(1);
});
