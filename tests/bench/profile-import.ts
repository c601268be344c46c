// `npx tsx tests/bench/profile-import.ts [rows=10000]` (after a build): where a CSV import's time goes, phase by
// phase, in real Chromium. Prints one line per phase and the index rows written per prospect.
import { launch } from '../e2e/chromium';
import { openBenchPage } from './support/bench-page';

const rows = Number(process.argv[2] ?? 10_000);
const browser = await launch();
try {
  const bench = await openBenchPage(browser.context, browser.extensionId!);
  const { phases, perRow } = await bench.call<{ phases: Record<string, number>; perRow: Record<string, number> }>('profileImport', rows, 42);
  console.log(`Import profile, ${rows.toLocaleString('en')} rows (ms):`);
  for (const [phase, ms] of Object.entries(phases)) console.log(`  ${String(ms).padStart(8)}  ${phase}`);
  console.log('Per prospect:');
  for (const [what, n] of Object.entries(perRow)) console.log(`  ${String(n).padStart(8)}  ${what}`);
} finally {
  await browser.close();
}
