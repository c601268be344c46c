// `npx tsx tests/bench/profile-import.ts [rows=10000]` (after a build): where a CSV import's time goes.
// 1. Each phase timed on its own in an extension page (import-profile.ts), and the index rows per prospect.
// 2. The service worker's import work (data.importCsv: preview, matching, runImport) run in the page under the CPU
//    profiler: the inclusive time of the import's own steps, and self time per function.
import { launch } from '../e2e/chromium';
import { openBenchPage } from './support/bench-page';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const rows = Number(process.argv[2] ?? 10_000);
process.env.BENCH_PROFILE = '1';
/** The import's own steps, reported inclusive (time in them and everything they call). */
const STEPS = ['previewImport', 'validateRow', 'parseTable', 'runImport', 'identityKeys', 'createProspect', 'mergeProspect',
  'matchedSegmentIds', 'enrichProspect', 'score', 'takeNotes', 'toStoredWithKeys', 'searchTokensOf', 'bulkAdd', 'bulkPut', 'mutate', 'normalizePhone'];

function summarize(profile: CpuProfile): { self: [string, number][]; steps: [string, number][]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}`.trim();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, us] of time) {
    total += us;
    self.set(label(byId.get(id)!), (self.get(label(byId.get(id)!)) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      if (STEPS.includes(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      }
    }
  }
  const ms = (entries: Iterable<[string, number]>) => [...entries].map(([k, us]) => [k, Math.round(us / 1000)] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { self: ms(self).slice(0, 20), steps: ms(inclusive), totalMs: Math.round(total / 1000) };
}

const browser = await launch();
try {
  const bench = await openBenchPage(browser.context, browser.extensionId!);
  const { phases, perRow } = await bench.call<{ phases: Record<string, number>; perRow: Record<string, number> }>('profileImport', rows, 42);
  console.log(`Import phases, ${rows.toLocaleString('en')} rows, in an extension page (ms):`);
  for (const [phase, ms] of Object.entries(phases)) console.log(`  ${String(ms).padStart(8)}  ${phase}`);
  console.log('Per prospect:');
  for (const [what, n] of Object.entries(perRow)) console.log(`  ${String(n).padStart(8)}  ${what}`);

  const cdp = await browser.context.newCDPSession(bench.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const importMs = await bench.call<number>('importAsTheWorkerDoes', rows, 42);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const { self, steps, totalMs } = summarize(profile);
  console.log(`\nThe worker's import work, in the page: ${Math.round(importMs)} ms wall, ${totalMs} ms sampled on its thread`);
  console.log('Inclusive time of the import steps (ms):');
  for (const [name, ms] of steps) console.log(`  ${String(ms).padStart(8)}  ${name}`);
  console.log('Self time, top functions (ms; "(idle)" is the thread waiting for IndexedDB):');
  for (const [name, ms] of self) console.log(`  ${String(ms).padStart(8)}  ${name}`);
} finally {
  await browser.close();
}
