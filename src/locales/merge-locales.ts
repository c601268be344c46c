// Chrome reads one _locales/<lang>/messages.json per language; Segue keeps a file per UI area under
// src/locales/<lang>/ and merges them at build time (and in unit tests). A key defined twice is an error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Messages = Record<string, { message: string; description?: string }>;

export function mergeLocale(dir: string): Messages {
  const merged: Messages = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Messages;
    for (const [key, value] of Object.entries(part)) {
      if (!/^[A-Za-z0-9_@]+$/.test(key)) throw new Error(`${file}: "${key}" is not a valid message name (letters, digits, _ only).`);
      if (key in merged) throw new Error(`${file}: message "${key}" is already defined in another file of ${dir}.`);
      if (typeof value?.message !== 'string') throw new Error(`${file}: message "${key}" has no "message" text.`);
      merged[key] = value;
    }
  }
  return merged;
}

export function mergeAllLocales(root: string): Record<string, Messages> {
  const out: Record<string, Messages> = {};
  for (const lang of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    out[lang.name] = mergeLocale(join(root, lang.name));
  }
  return out;
}
