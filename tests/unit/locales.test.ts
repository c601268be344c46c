// Every text key the code asks for exists in the English messages, and none is defined twice.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { mergeLocale } from '../../src/locales/merge-locales';
import { DEPARTMENTS, PHONE_LABELS, SENIORITIES, STAGES } from '../../src/domain/prospect';
import { CHANNELS } from '../../src/domain/messages/channels';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Literal keys: t('key'), t("key"), getMessage('key'); dynamic prefixes (t(`stage_${s}`)) are checked below. */
export function literalKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:t|getMessage)\(\s*['"]([A-Za-z0-9_]+)['"]/g)) keys.set(m[1]!, file);
  }
  return keys;
}

describe('locales', () => {
  const messages = mergeLocale(join(root, 'src/locales/en'));

  it('define every key the code uses', () => {
    const missing = [...literalKeys()].filter(([key]) => !(key in messages)).map(([key, file]) => `${key} (${file.replace(root, '')})`);
    expect(missing).toEqual([]);
  });

  it('define the keys built from model values', () => {
    const dynamic = [
      ...STAGES.map((s) => `stage_${s}`),
      ...SENIORITIES.map((s) => `seniority_${s}`),
      ...DEPARTMENTS.map((d) => `department_${d}`),
      ...CHANNELS.map((c) => `channel_${c}`),
      ...PHONE_LABELS.map((l) => `phone_${l}`),
    ];
    expect(dynamic.filter((key) => !(key in messages))).toEqual([]);
  });

  it('define every count text the code uses in its plural forms (English: one and other)', () => {
    const used = new Map<string, string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\btn\(\s*['"]([A-Za-z0-9_]+)['"]/g)) used.set(m[1]!, file);
    }
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].flatMap(([key, file]) => ['one', 'other'].filter((form) => !(`${key}_${form}` in messages)).map((form) => `${key}_${form} (${file.replace(root, '')})`));
    expect(missing).toEqual([]);
  });

  it('define the manifest strings', () => {
    const used = JSON.stringify(manifest).match(/__MSG_([A-Za-z0-9_]+)__/g)!.map((m) => m.slice(6, -2));
    expect(used.length).toBeGreaterThan(2);
    expect(used.filter((key) => !(key in messages))).toEqual([]);
  });
});
