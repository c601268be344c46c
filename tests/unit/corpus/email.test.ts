// Accuracy on real email material the team did not write (see tests/corpus/email/PROVENANCE.md). The corpus lives
// out of tree: $SEGUE_CORPUS/email, else ../shared/corpus/email, else /work/corpus/email. Each item (.eml, .txt or
// .html) runs through exactly what `extract-email` runs; its *.expected.json holds our labels.
//
// Prints accuracy per source and per field, for the development split and the held-back split (about 30% of the
// items, chosen by a hash of the item id, never looked at while writing rules), and fails on any regression against
// tests/corpus/email/baseline.json. Refresh the baseline after an improvement with SEGUE_UPDATE_BASELINE=1.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusCandidates } from '../../support/corpus-location';
import { senderOfMessageFile } from '../../../src/domain/email/sender-of-message';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BASELINE = join(REPO, 'tests/corpus/email/baseline.json');
const CANDIDATES = corpusCandidates('email', REPO);
/** The rep's default country the corpus is measured with (the setting a new user gets from an en-US browser). */
const REP_COUNTRY = 'US';
const FIELDS = ['person', 'name', 'title', 'company', 'email', 'phones', 'website'] as const;
type Field = (typeof FIELDS)[number];

interface Expected {
  person: boolean;
  name?: string;
  title?: string;
  company?: string;
  email?: string;
  phones?: Array<{ number: string; label?: string }>;
  website?: string;
  /** Fields not scored for this item (an internal extension only, a department line that is not a title). */
  ignore?: Field[];
}
type Tally = Record<Field, { correct: number; total: number }>;
type Report = Record<string, Tally>;

function norm(value: string | undefined | null): string {
  return (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function phoneKey(phones: Array<{ number: string; label?: string }> | undefined): string {
  return (phones ?? []).map((p) => `${p.number.replace(/\s+/g, ' ')}${p.label ? `/${p.label}` : ''}`).sort().join(' ; ');
}

export function isHeldBack(id: string): boolean {
  return parseInt(createHash('sha256').update(id).digest('hex').slice(0, 4), 16) % 10 < 3;
}

function emptyTally(): Tally {
  return Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Tally;
}

function scoreField(into: Tally, field: Field, want: string, got: string, misses: string[], id: string): void {
  if (!want && !got && field !== 'person') return; // nothing expected and nothing found: not counted
  into[field].total++;
  if (want === got) into[field].correct++;
  else misses.push(`${id} ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
}

async function measure(root: string): Promise<{ dev: Report; held: Report; misses: string[]; heldMisses: number; items: number }> {
  const dev: Report = {};
  const held: Report = {};
  const misses: string[] = [];
  let heldMisses = 0;
  let items = 0;
  for (const source of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(root, source)).filter((f) => /\.(?:eml|txt|html)$/.test(f)).sort()) {
      const stem = file.replace(/\.(?:eml|txt|html)$/, '');
      const expectedPath = join(root, source, `${stem}.expected.json`);
      if (!existsSync(expectedPath)) continue;
      const want = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
      const id = `${source}/${stem}`;
      const person = await senderOfMessageFile(new Uint8Array(readFileSync(join(root, source, file))), file, { defaultCountry: REP_COUNTRY });
      const fields = person?.fields ?? {};
      const heldBack = isHeldBack(id);
      const report = heldBack ? held : dev;
      const tally = (report[source] ??= emptyTally());
      items++;
      // Held-back items' misses are counted, not listed: reading them would turn them into development items.
      const itemMisses: string[] = [];
      const score = (into: Tally, field: Field, wanted: string, got: string, out: string[], item: string) => {
        if (!want.ignore?.includes(field)) scoreField(into, field, wanted, got, out, item);
      };
      score(tally, 'person', String(want.person), String(Boolean(person)), itemMisses, id);
      score(tally, 'name', norm(want.name), norm(fields.fullName), itemMisses, id);
      score(tally, 'title', norm(want.title), norm(fields.title), itemMisses, id);
      score(tally, 'company', norm(want.company), norm(fields.company), itemMisses, id);
      score(tally, 'email', norm(want.email), norm(fields.emails?.[0]), itemMisses, id);
      const gotPhones = (fields.phones ?? []).map((p) => ({ number: p.number, ...(p.label ? { label: p.label } : {}) }));
      score(tally, 'phones', phoneKey(want.phones), phoneKey(gotPhones), itemMisses, id);
      score(tally, 'website', norm(want.website), norm(fields.website), itemMisses, id);
      if (heldBack) heldMisses += itemMisses.length;
      else misses.push(...itemMisses);
    }
  }
  return { dev, held, misses, heldMisses, items };
}

function total(report: Report): Tally {
  const sum = emptyTally();
  for (const tally of Object.values(report)) for (const f of FIELDS) {
    sum[f].correct += tally[f].correct;
    sum[f].total += tally[f].total;
  }
  return sum;
}

function table(title: string, report: Report): string {
  const pct = (t: { correct: number; total: number }): string => (t.total ? `${t.correct}/${t.total}`.padStart(9) : '-'.padStart(9));
  const rows = [`${title}\n${'source'.padEnd(18)}${FIELDS.map((f) => f.padStart(9)).join('')}   all fields`];
  for (const [source, tally] of [...Object.entries(report), ['ALL', total(report)] as const]) {
    const all = FIELDS.reduce((acc, f) => ({ correct: acc.correct + tally[f].correct, total: acc.total + tally[f].total }), { correct: 0, total: 0 });
    rows.push(`${source.padEnd(18)}${FIELDS.map((f) => pct(tally[f])).join('')}   ${all.total ? (all.correct / all.total).toFixed(3) : '-'}`);
  }
  return rows.join('\n');
}

describe('email corpus accuracy', () => {
  it('reads real messages at least as well as the committed baseline, per source and per field', async () => {
    const root = CANDIDATES.find((dir) => existsSync(dir));
    if (!root) {
      console.log(`Email corpus not present (looked in ${CANDIDATES.join(', ')}); build it with npx tsx tests/corpus/email/collect.ts`);
      return;
    }
    const { dev, held, misses, heldMisses, items } = await measure(root);
    console.log(`\nEmail corpus: ${items} items from ${root}\n${table('development split', dev)}\n\n${table('held-back split (~30%)', held)}\n\nDevelopment misses (held-back misses are not listed: ${heldMisses}):\n  ${misses.join('\n  ')}\n`);
    const current = { dev, held };
    if (process.env.SEGUE_UPDATE_BASELINE) {
      writeFileSync(BASELINE, `${JSON.stringify(current, null, 2)}\n`);
      return;
    }
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as { dev: Report; held: Report };
    for (const split of ['dev', 'held'] as const) {
      for (const [source, tally] of Object.entries(baseline[split])) {
        for (const f of FIELDS) {
          const was = tally[f];
          const now = current[split][source]?.[f] ?? { correct: 0, total: 0 };
          expect(now.correct, `${split} ${source} ${f}: correct fell`).toBeGreaterThanOrEqual(was.correct);
          expect(now.total - now.correct, `${split} ${source} ${f}: errors rose`).toBeLessThanOrEqual(was.total - was.correct);
        }
      }
    }
  });
});
