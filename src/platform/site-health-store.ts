// The adapter-health log in extension storage (storage.local), capped: see domain/site-health.ts for what it holds.
import { appendHealth, type HealthEntry } from '../domain/site-health';
import { browser } from './browser';

const KEY = 'siteHealth';
let writing: Promise<void> = Promise.resolve();

export async function readSiteHealth(): Promise<HealthEntry[]> {
  const got = (await browser.storage.local.get(KEY)) as { [KEY]?: HealthEntry[] };
  return Array.isArray(got[KEY]) ? got[KEY]! : [];
}

/** Appends a capture's entries; writes are queued so two captures at once do not lose each other's. */
export function recordSiteHealth(entries: readonly HealthEntry[]): Promise<void> {
  if (!entries.length) return writing;
  writing = writing.then(async () => {
    await browser.storage.local.set({ [KEY]: appendHealth(await readSiteHealth(), entries) });
  }).catch(() => undefined);
  return writing;
}

export async function clearSiteHealth(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
