// `npx tsx tests/bench/write-variants.ts [rows=5000] [rounds=6]` (after a build): raw IndexedDB put against Dexie
// bulkAdd of the same rows, in chunks awaited one by one, in chunks kept in flight, and in one call, alternated in one extension page.
// Compare the medians' ratios, not the absolute times (see import-profile.ts, writeVariants).
import { launch } from '../e2e/chromium';
import { openBenchPage } from './support/bench-page';

const rows = Number(process.argv[2] ?? 5000);
const rounds = Number(process.argv[3] ?? 6);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const browser = await launch();
try {
  const bench = await openBenchPage(browser.context, browser.extensionId!);
  const out = await bench.call<Record<string, number[]>>('writeVariants', rows, rounds, 42);
  const base = median(out['raw put']!);
  console.log(`${rows.toLocaleString('en')} rows, ${rounds} alternated rounds (ms):`);
  for (const [name, ms] of Object.entries(out)) console.log(`  ${name}: median ${median(ms)} (×${(median(ms) / base).toFixed(2)} of raw put), all ${ms.join(', ')}`);
} finally {
  await browser.close();
}
