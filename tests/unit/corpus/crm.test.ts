// Accuracy on real CRM and contact exports (the out-of-tree corpus; see tests/corpus/crm/PROVENANCE.md). Prints
// accuracy per source and per field and fails when any source/field scores fewer right answers than
// tests/corpus/crm/baseline.json. SEGUE_UPDATE_BASELINE=1 rewrites the baseline after an improvement.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusCandidates, findCorpus, formatScore, scoreCorpus, type Tally } from '../../support/import/crm-corpus';

const ROOT = join(import.meta.dirname, '../../..');
const BASELINE = join(ROOT, 'tests/corpus/crm/baseline.json');

describe('CRM export corpus accuracy', () => {
  it('scores every labelled export and never falls below the baseline', () => {
    const dir = findCorpus('crm', ROOT);
    if (!dir) {
      console.log(`CRM corpus: none found (looked in ${corpusCandidates('crm', ROOT).join(', ')}); run npx tsx tests/corpus/crm/collect.ts`);
      return;
    }
    const score = scoreCorpus(dir);
    console.log(`\nCRM corpus accuracy (${score.items} exports in ${dir})\n${formatScore(score)}${score.misses.length ? `\nMisses:\n  ${score.misses.join('\n  ')}` : ''}\n`);
    expect(score.items).toBeGreaterThan(0);
    if (process.env.SEGUE_UPDATE_BASELINE === '1') {
      writeFileSync(BASELINE, `${JSON.stringify({ bySource: score.bySource, byField: score.byField, bySplit: score.bySplit }, null, 2)}\n`);
      return;
    }
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as { bySource: Tally };
    const regressions: string[] = [];
    // An item not in this copy of the corpus (added on another branch and not copied here yet) is reported, not scored.
    const absent = Object.keys(baseline.bySource).filter((source) => !(source in score.bySource));
    if (absent.length) console.log(`CRM corpus: ${absent.length} baseline item(s) not in ${dir}, not scored: ${absent.join(', ')}`);
    for (const [source, fields] of Object.entries(baseline.bySource)) {
      if (absent.includes(source)) continue;
      for (const [field, was] of Object.entries(fields)) {
        const now = score.bySource[source]?.[field]?.correct ?? 0;
        if (now < was.correct) regressions.push(`${source}.${field}: ${now} right, baseline ${was.correct}`);
      }
    }
    expect(regressions, 'regressions against tests/corpus/crm/baseline.json').toEqual([]);
  });
});
