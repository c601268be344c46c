// title.per-second: how many job titles parseTitle reads per second, over the labelled set (repeated).
// This one figure is a throughput, so HIGHER is better and its ratio is the fraction of a trivial per-title pass
// (lower-case, split into words, look each word up in a set) that parseTitle keeps.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTitle } from '../../../src/domain/titles/parse-title';
import { figure, type Suite } from '../harness';
import { consume, medianRound } from '../support/timing';

const TSV = resolve(import.meta.dirname, '../../fixtures/titles/labelled-titles.tsv');
const REPEAT = 20;
const ROUNDS = 7;

function labelledTitles(): string[] {
  return readFileSync(TSV, 'utf8').split(/\r?\n/).slice(1).map((line) => line.split('\t')[0]!).filter(Boolean);
}

const TRIVIAL_WORDS = new Set(['vp', 'head', 'director', 'chief', 'senior', 'manager', 'lead', 'founder', 'sales', 'marketing', 'engineering']);

export const titlesSuite: Suite = {
  figures: ['title.per-second'],
  run: async () => {
    const titles = labelledTitles();
    const input = Array.from({ length: REPEAT }, () => titles).flat();
    const parse = medianRound(() => {
      let n = 0;
      for (const t of input) n += parseTitle(t).normalizedTitle.length;
      consume(n);
    }, ROUNDS);
    const trivial = medianRound(() => {
      let n = 0;
      for (const t of input) for (const w of t.toLowerCase().split(/\s+/)) if (TRIVIAL_WORDS.has(w)) n++;
      consume(n);
    }, ROUNDS);
    const perSecond = (ms: number) => (input.length * 1000) / ms;
    return [figure('title.per-second', perSecond(parse), 'titles/s', { name: 'lower-case + split + word lookup', value: perSecond(trivial) },
      `HIGHER is better here; ${titles.length} labelled titles ×${REPEAT} = ${input.length} per round, median of ${ROUNDS}; ` +
      `${((parse * 1000) / input.length).toFixed(1)} µs per title`)];
  },
};
