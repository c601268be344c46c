// Accuracy on real saved pages (the out-of-tree corpus; see tests/corpus/pages/PROVENANCE.md). Prints accuracy per
// source and per field and fails when any source/field scores fewer correct answers than tests/corpus/pages/baseline.json.
// SEGUE_UPDATE_BASELINE=1 rewrites the baseline after an improvement.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../../src/domain/titles/parse-title';
import { corpusCandidates, findCorpus, formatScore, scoreCorpus, scoreHeldOutTitles, type Tally, type TitleScore } from '../../support/page-corpus';

const ROOT = join(import.meta.dirname, '../../..');
const BASELINE = join(ROOT, 'tests/corpus/pages/baseline.json');

describe('page corpus accuracy', () => {
  it('scores every labelled page and never falls below the baseline', async () => {
    const dir = findCorpus('pages', ROOT);
    if (!dir) {
      console.log(`page corpus: none found (looked in ${corpusCandidates('pages', ROOT).join(', ')}); run npx tsx tests/corpus/pages/collect.ts`);
      return;
    }
    const score = await scoreCorpus(dir);
    const titles = scoreHeldOutTitles(dir, parseTitle);
    if (titles) {
      console.log(`\nHeld-out real titles (${titles.total}): seniority ${titles.seniority}/${titles.total}, department ${titles.department}/${titles.total}${titles.misses.length ? `\n  ${titles.misses.join('\n  ')}` : ''}`);
    }
    console.log(`\nPage corpus accuracy (${score.pages} pages in ${dir})\n${formatScore(score)}${score.misses.length ? `\nMisses:\n  ${score.misses.join('\n  ')}` : ''}\n`);
    expect(score.pages).toBeGreaterThan(0);
    if (process.env.SEGUE_UPDATE_BASELINE === '1') {
      writeFileSync(BASELINE, `${JSON.stringify({ bySource: score.bySource, dev: score.dev, heldOut: score.heldOut, ...(titles ? { titles: { total: titles.total, seniority: titles.seniority, department: titles.department } } : {}) }, null, 2)}\n`);
      return;
    }
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as { bySource: Tally; titles?: Omit<TitleScore, 'misses'> };
    const regressions: string[] = [];
    for (const [source, row] of Object.entries(baseline.bySource)) {
      for (const [field, was] of Object.entries(row)) {
        const now = score.bySource[source]?.[field]?.correct ?? 0;
        if (now < was.correct) regressions.push(`${source}.${field}: ${now} correct, baseline ${was.correct}`);
      }
    }
    if (titles && baseline.titles) {
      if (titles.seniority < baseline.titles.seniority) regressions.push(`held-out titles seniority: ${titles.seniority}, baseline ${baseline.titles.seniority}`);
      if (titles.department < baseline.titles.department) regressions.push(`held-out titles department: ${titles.department}, baseline ${baseline.titles.department}`);
    }
    expect(regressions, 'regressions against tests/corpus/pages/baseline.json').toEqual([]);
  }, 300_000);
});
