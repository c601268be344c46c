// `npm run bench [-- FILTER]`: runs every suite whose figures start with FILTER, prints each figure beside its
// baseline from the same run with the spread of both, flags figures too noisy to count, and writes
// bench-results.json.
import { resolve } from 'node:path';
import { machineLoad, printFigure, writeResults, type Figure, type Suite } from './harness';
import { suites } from './suites/index';

const filter = process.argv[2] ?? '';
const wanted = (name: string) => name.startsWith(filter);

const before = machineLoad();
console.log(`Machine: ${before.cores} cores, load ${before.load1}${before.quiet ? '' : ' — NOT QUIET: other work is running, figures will be wider'}\n`);
const figures: Figure[] = [];
for (const suite of suites as Suite[]) {
  if (!suite.figures.some(wanted)) continue;
  for (const f of await suite.run(wanted)) {
    if (!wanted(f.name)) continue;
    printFigure(f);
    figures.push(f);
  }
}
if (figures.length === 0) {
  console.error(`No benchmark figure starts with "${filter}". Figures: ${(suites as Suite[]).flatMap((s) => s.figures).join(', ')}`);
  process.exitCode = 1;
} else {
  const after = machineLoad();
  const noisy = figures.filter((f) => f.noisy).map((f) => f.name);
  console.log(`\nMachine load after: ${after.load1}${after.quiet ? '' : ' (not quiet)'}`);
  console.log(noisy.length ? `Too noisy to count this run: ${noisy.join(', ')}` : 'Every figure is precise to ±5% of its median (two runs should agree within 10%).');
  const out = resolve(import.meta.dirname, '../../bench-results.json');
  writeResults(out, figures);
  console.log(`Wrote ${figures.length} figures to ${out}`);
}
