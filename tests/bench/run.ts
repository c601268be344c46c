// `npm run bench [-- FILTER]`: runs every suite whose figures start with FILTER, prints each figure beside its
// baseline from the same run, and writes bench-results.json.
import { resolve } from 'node:path';
import { printFigure, writeResults, type Figure, type Suite } from './harness';
import { suites } from './suites/index';

const filter = process.argv[2] ?? '';
const wanted = (name: string) => name.startsWith(filter);

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
  const out = resolve(import.meta.dirname, '../../bench-results.json');
  writeResults(out, figures);
  console.log(`\nWrote ${figures.length} figures to ${out}`);
}
