// Runs the whole labelled set (tests/fixtures/titles/labelled-titles.tsv, labelled by LABELLING.md) and prints accuracy
// per class. Recall per label value: of the titles labelled X, how many the parser called X.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, SENIORITIES, type Department, type Seniority } from '../../../../src/domain/prospect';
import { parseTitle } from '../../../../src/domain/titles/parse-title';

interface Row { title: string; seniority: Seniority; department: Department }

function loadRows(): Row[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../../fixtures/titles/labelled-titles.tsv'), 'utf8');
  const [header, ...lines] = text.trimEnd().split('\n');
  expect(header).toBe('title\tseniority\tdepartment');
  return lines.map((line, i) => {
    const [title, seniority, department] = line.split('\t');
    if (!title || !SENIORITIES.includes(seniority as Seniority) || !DEPARTMENTS.includes(department as Department)) {
      throw new Error(`labelled-titles.tsv line ${i + 2} is malformed: ${line}`);
    }
    return { title, seniority: seniority as Seniority, department: department as Department };
  });
}

function perClass<T extends string>(classes: readonly T[], rows: Row[], key: 'seniority' | 'department', got: T[]) {
  return classes.map((c) => {
    const idx = rows.map((r, i) => (r[key] === c ? i : -1)).filter((i) => i >= 0);
    const hits = idx.filter((i) => got[i] === c).length;
    return { label: c, n: idx.length, hits };
  }).filter((r) => r.n > 0);
}

function table(title: string, rows: Array<{ label: string; n: number; hits: number }>): string {
  const lines = rows.map((r) => `  ${r.label.padEnd(20)} ${String(r.hits).padStart(4)}/${String(r.n).padEnd(4)} ${(r.hits / r.n).toFixed(3)}`);
  return [`${title}`, ...lines].join('\n');
}

describe('parseTitle accuracy on the labelled set', () => {
  const rows = loadRows();
  const results = rows.map((r) => parseTitle(r.title));
  const seniorities = results.map((r) => r.seniority);
  const departments = results.map((r) => r.department);
  const seniorityHits = rows.filter((r, i) => seniorities[i] === r.seniority).length;
  const departmentHits = rows.filter((r, i) => departments[i] === r.department).length;

  it('has enough varied titles to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(550);
    expect(new Set(rows.map((r) => r.title)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.seniority)).size).toBe(SENIORITIES.length);
    expect(new Set(rows.map((r) => r.department)).size).toBe(DEPARTMENTS.length);
  });

  it('reaches the accuracy floor and prints accuracy per class', () => {
    const seniorityAccuracy = seniorityHits / rows.length;
    const departmentAccuracy = departmentHits / rows.length;
    const misses = rows
      .map((r, i) => ({ r, got: results[i]! }))
      .filter(({ r, got }) => got.seniority !== r.seniority || got.department !== r.department)
      .map(({ r, got }) => `  ${r.title}  → ${got.seniority}/${got.department}, labelled ${r.seniority}/${r.department}`);
    console.log([
      `Title accuracy on ${rows.length} labelled titles`,
      `  overall seniority ${seniorityAccuracy.toFixed(3)}   department ${departmentAccuracy.toFixed(3)}`,
      table('Seniority (per labelled class):', perClass(SENIORITIES, rows, 'seniority', seniorities)),
      table('Department (per labelled class):', perClass(DEPARTMENTS, rows, 'department', departments)),
      misses.length ? `Misses (${misses.length}):\n${misses.slice(0, 40).join('\n')}` : 'Misses: none',
    ].join('\n'));
    expect(seniorityAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(departmentAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});

describe('parseTitle speed', () => {
  it('reads many titles per CPU-second (figure printed only: npm run bench measures title.per-second)', () => {
    const titles = loadRows().map((r) => r.title);
    const list = Array.from({ length: 50_000 }, (_, i) => `${titles[i % titles.length]} at Company${i}`);
    for (const t of titles) parseTitle(t);
    const start = process.cpuUsage();
    for (const t of list) parseTitle(t);
    const used = process.cpuUsage(start);
    const perSecond = Math.round(list.length / ((used.user + used.system) / 1e6));
    console.log(`parseTitle: ${perSecond} unique titles per CPU-second (in the test runner, with its transforms)`);
    expect(perSecond).toBeGreaterThan(0);
  });
});
