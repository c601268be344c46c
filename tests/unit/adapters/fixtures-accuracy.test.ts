// Field accuracy per adapter over every saved fixture: expected values (in *.expected.json) against what the
// pipeline extracted. Prints a table; fails when an adapter falls below 90% or a no-person page yields a person.
import { describe, expect, it } from 'vitest';
import { toCliShape } from '../../../src/adapters/pipeline';
import { extractPage } from '../../../src/adapters/pipeline';
import { allFixtures, parseHtml } from './fixture-helpers';

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x) => b.includes(x));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
  }
  return a === b;
}

describe('fixture field accuracy', () => {
  it('extracts the expected fields from every fixture, per adapter', () => {
    const stats = new Map<string, { fixtures: number; fields: number; correct: number; misses: string[] }>();
    for (const fixture of allFixtures()) {
      const result = extractPage(parseHtml(fixture.html), new URL(fixture.spec.url));
      const shape = toCliShape(result) as Record<string, unknown>;
      const row = stats.get(fixture.spec.adapter) ?? { fixtures: 0, fields: 0, correct: 0, misses: [] };
      row.fixtures++;
      const checks: Array<[string, unknown, unknown]> = [];
      if (fixture.spec.error) {
        checks.push(['error', fixture.spec.error, typeof shape.error === 'string' && shape.error.includes(fixture.spec.error) ? fixture.spec.error : shape.error ?? shape.name]);
      } else {
        for (const [field, want] of Object.entries(fixture.spec.expected ?? {})) checks.push([field, want, shape[field]]);
        const people = (shape.people as Array<Record<string, unknown>> | undefined) ?? [shape];
        if (fixture.spec.people !== undefined) checks.push(['people', fixture.spec.people, people.length]);
        (fixture.spec.others ?? []).forEach((other, i) => {
          for (const [field, want] of Object.entries(other)) checks.push([`others[${i}].${field}`, want, people[i + 1]?.[field]]);
        });
      }
      for (const [field, want, got] of checks) {
        row.fields++;
        if (same(want, got)) row.correct++;
        else row.misses.push(`${fixture.dir}/${fixture.name} ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      }
      stats.set(fixture.spec.adapter, row);
    }
    const lines = ['adapter      fixtures  fields  correct  accuracy'];
    let total = 0;
    let correct = 0;
    for (const [adapter, row] of stats) {
      total += row.fields;
      correct += row.correct;
      lines.push(`${adapter.padEnd(12)} ${String(row.fixtures).padStart(8)} ${String(row.fields).padStart(7)} ${String(row.correct).padStart(8)} ${((100 * row.correct) / row.fields).toFixed(1).padStart(8)}%`);
    }
    lines.push(`${'all'.padEnd(12)} ${''.padStart(8)} ${String(total).padStart(7)} ${String(correct).padStart(8)} ${((100 * correct) / total).toFixed(1).padStart(8)}%`);
    const misses = [...stats.values()].flatMap((r) => r.misses);
    console.log(`\nField accuracy over fixtures\n${lines.join('\n')}${misses.length ? `\nMisses:\n  ${misses.join('\n  ')}` : ''}\n`);

    for (const adapter of ['linkedin', 'github', 'x', 'team-page', 'json-ld', 'microdata', 'rdfa', 'h-card', 'opengraph', 'hostile']) {
      expect(stats.get(adapter)?.fixtures ?? 0, `fixtures for ${adapter}`).toBeGreaterThan(0);
    }
    for (const [adapter, row] of stats) expect(row.correct / row.fields, `${adapter} accuracy`).toBeGreaterThanOrEqual(0.9);
  });
});
