// The out-of-tree corpus of real CRM and contact exports (see tests/corpus/crm/PROVENANCE.md): where it is, and
// how the importer scores on it, per source and per field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewImport } from '../../../src/db/import/preview';
import { scoreImport, type ExpectedImport } from './score-import';

export interface CorpusLabel extends Partial<ExpectedImport> {
  split: 'dev' | 'held-out';
  /** For header-only items: header → the field it should import as (null = not imported). */
  mapping?: Record<string, string | null>;
}

export type Tally = Record<string, Record<string, { correct: number; total: number }>>;

export interface CorpusScore {
  items: number;
  bySource: Tally;
  byField: Record<string, { correct: number; total: number }>;
  bySplit: Record<'dev' | 'held-out', { correct: number; total: number }>;
  misses: string[];
}

export { corpusCandidates, findCorpus } from '../corpus-location';

export function scoreCorpus(dir: string): CorpusScore {
  const score: CorpusScore = { items: 0, bySource: {}, byField: {}, bySplit: { dev: { correct: 0, total: 0 }, 'held-out': { correct: 0, total: 0 } }, misses: [] };
  for (const labelFile of readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
    const item = labelFile.replace(/\.expected\.json$/, '');
    const dataFile = readdirSync(dir).find((f) => f.startsWith(`${item}.`) && !f.endsWith('.expected.json'));
    if (!dataFile) continue;
    const label = JSON.parse(readFileSync(join(dir, labelFile), 'utf8')) as CorpusLabel;
    const preview = previewImport(new Uint8Array(readFileSync(join(dir, dataFile))));
    const source = (score.bySource[item] = {} as Tally[string]);
    const count = (field: string, right: boolean, miss?: string) => {
      for (const t of [(source[field] ??= { correct: 0, total: 0 }), (score.byField[field] ??= { correct: 0, total: 0 }), score.bySplit[label.split]]) {
        t.total++;
        if (right) t.correct++;
      }
      if (!right && miss) score.misses.push(`${item} ${miss}`);
    };
    score.items++;
    if (label.format) count('format', preview.format === label.format, `format: expected ${label.format}, got ${preview.format}`);
    if (label.mapping) {
      for (const [header, target] of Object.entries(label.mapping)) {
        const got = preview.mapping[header] ?? null;
        count('mapping', got === target, `mapping "${header}": expected ${target}, got ${got}`);
      }
    }
    if (label.people && label.rows !== undefined) {
      const rows = scoreImport(preview, label as ExpectedImport);
      for (let i = 0; i < rows.rowsExpected; i++) count('rows', i < rows.rowsImported, `rows: ${rows.rowsImported} of ${rows.rowsExpected} imported${preview.fileErrors.length ? ` (${preview.fileErrors[0]})` : ''}`);
      for (const [field, [right, checked]] of Object.entries(rows.fields)) {
        for (let i = 0; i < checked; i++) count(field, i < right);
      }
      score.misses.push(...rows.misses.map((m) => `${item} ${m}`));
    }
  }
  return score;
}

export function formatScore(score: CorpusScore): string {
  const pct = (t: { correct: number; total: number }) => `${t.correct}/${t.total} (${t.total ? ((100 * t.correct) / t.total).toFixed(1) : '–'}%)`;
  const lines = ['Per source:'];
  for (const [source, fields] of Object.entries(score.bySource)) {
    lines.push(`  ${source.padEnd(34)} ${Object.entries(fields).map(([f, t]) => `${f} ${t.correct}/${t.total}`).join(', ')}`);
  }
  lines.push('Per field:');
  for (const [field, t] of Object.entries(score.byField).sort()) lines.push(`  ${field.padEnd(12)} ${pct(t)}`);
  lines.push(`Development items: ${pct(score.bySplit.dev)}; held-out items: ${pct(score.bySplit['held-out'])}`);
  return lines.join('\n');
}
