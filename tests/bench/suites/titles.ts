// title.per-second: how many job titles parseTitle reads per second, over the labelled set (repeated).
// This one figure is a throughput, so HIGHER is better and its ratio is the fraction of a trivial per-title pass
// (lower-case, split into words, look each word up in a set) that parseTitle keeps.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTitle } from '../../../src/domain/titles/parse-title';
import { figure, type Suite } from '../harness';
import { consume, timePairs } from '../support/timing';

const TSV = resolve(import.meta.dirname, '../../fixtures/titles/labelled-titles.tsv');
const REPEAT = 20;
const LIMITS = { min: 7, max: 41 };

function labelledTitles(): string[] {
  return readFileSync(TSV, 'utf8').split(/\r?\n/).slice(1).map((line) => line.split('\t')[0]!).filter(Boolean);
}

const TRIVIAL_WORDS = new Set(['vp', 'head', 'director', 'chief', 'senior', 'manager', 'lead', 'founder', 'sales', 'marketing', 'engineering']);

export const titlesSuite: Suite = {
  figures: ['title.per-second'],
  run: async () => {
    const titles = labelledTitles();
    const input = Array.from({ length: REPEAT }, () => titles).flat();
    const { a: parse, b: trivial } = timePairs(() => {
      let n = 0;
      for (const t of input) n += parseTitle(t).normalizedTitle.length;
      consume(n);
    }, () => {
      let n = 0;
      for (const t of input) for (const w of t.toLowerCase().split(/\s+/)) if (TRIVIAL_WORDS.has(w)) n++;
      consume(n);
    }, LIMITS);
    const perSecond = (ms: number) => (input.length * 1000) / ms;
    const f = figure('title.per-second', parse.map(perSecond), 'titles/s', { name: 'lower-case + split + word lookup', value: trivial.map(perSecond) },
      `HIGHER is better here; ${titles.length} labelled titles ×${REPEAT} = ${input.length} per round, ${parse.length} rounds`);
    f.note += `; ${(1e6 / f.value).toFixed(1)} µs per title`;
    return [f];
  },
};
