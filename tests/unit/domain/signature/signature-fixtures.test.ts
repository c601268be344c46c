// Runs the signature parser over every fixture in tests/fixtures/email/signatures and prints accuracy per field.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Phone } from '../../../../src/domain/prospect';
import { parseSignature } from '../../../../src/domain/signature/parse-signature';
import type { ParsedSignature, SenderHint } from '../../../../src/domain/signature/types';

interface Fixture {
  sender: SenderHint;
  /** A field set to null must be absent; a field left out is not checked. */
  expected: Record<string, unknown>;
  /** Text from the quoted or forwarded person that must appear nowhere in the result. */
  forbidden?: string[];
}

const DIR = resolve(import.meta.dirname, '../../../fixtures/email/signatures');
const names = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const tally = new Map<string, { right: number; total: number; misses: string[] }>();

function phoneKey(phone: Phone): string {
  return `${phone.number}|${phone.label ?? ''}|${phone.extension ?? ''}`;
}

function fieldMatches(field: string, actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === undefined || (Array.isArray(actual) && actual.length === 0);
  if (field === 'phones') {
    const a = (actual as Phone[]).map(phoneKey).sort();
    const e = (expected as Phone[]).map(phoneKey).sort();
    return JSON.stringify(a) === JSON.stringify(e);
  }
  if (field === 'emails') return JSON.stringify([...(actual as string[])].sort()) === JSON.stringify([...(expected as string[])].sort());
  if (field === 'location') {
    if (!actual) return false;
    return Object.entries(expected as object).every(([k, v]) => (actual as Record<string, unknown>)[k] === v);
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

describe('signature fixtures', () => {
  it('has at least 30 fixtures, each with its expectations', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of names) {
    const base = name.replace(/\.txt$/, '');
    const text = readFileSync(join(DIR, name), 'utf8');
    const fixture = JSON.parse(readFileSync(join(DIR, `${base}.expected.json`), 'utf8')) as Fixture;

    it(base, () => {
      const result: ParsedSignature = parseSignature(text, fixture.sender);
      for (const [field, expected] of Object.entries(fixture.expected)) {
        const entry = tally.get(field) ?? { right: 0, total: 0, misses: [] };
        entry.total++;
        if (fieldMatches(field, result[field as keyof ParsedSignature], expected)) entry.right++;
        else entry.misses.push(`${base}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(result[field as keyof ParsedSignature])}`);
        tally.set(field, entry);
      }
      const serialised = JSON.stringify(result);
      for (const banned of fixture.forbidden ?? []) expect(serialised, `${base} leaked "${banned}"`).not.toContain(banned);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    });
  }

  afterAll(() => {
    const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
    const lines = rows.map(([field, { right, total }]) => `  ${field.padEnd(9)} ${String(right).padStart(3)}/${String(total).padEnd(3)} ${((100 * right) / total).toFixed(1)}%`);
    const right = rows.reduce((sum, [, t]) => sum + t.right, 0);
    const total = rows.reduce((sum, [, t]) => sum + t.total, 0);
    const misses = rows.flatMap(([, t]) => t.misses).map((m) => `    miss: ${m}`);
    console.log(`Signature parser accuracy over ${names.length} fixtures:\n${lines.join('\n')}\n  overall   ${right}/${total} ${((100 * right) / total).toFixed(1)}%\n${misses.join('\n')}`);
  });

  it('reaches at least 90% accuracy on every field across the fixtures', () => {
    const perField = new Map<string, { right: number; total: number }>();
    for (const name of names) {
      const base = name.replace(/\.txt$/, '');
      const fixture = JSON.parse(readFileSync(join(DIR, `${base}.expected.json`), 'utf8')) as Fixture;
      const result = parseSignature(readFileSync(join(DIR, name), 'utf8'), fixture.sender);
      for (const [field, expected] of Object.entries(fixture.expected)) {
        const entry = perField.get(field) ?? { right: 0, total: 0 };
        entry.total++;
        if (fieldMatches(field, result[field as keyof ParsedSignature], expected)) entry.right++;
        perField.set(field, entry);
      }
    }
    for (const [field, { right, total }] of perField) expect(right / total, field).toBeGreaterThanOrEqual(0.9);
  });
});
