// The only module that imports webextension-polyfill: everything else goes through here, so tests can mock one place.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };

export const extensionId = (): string => browser.runtime.id;

export const extensionUrl = (path: string): string => browser.runtime.getURL(path);

export async function activeTab(): Promise<{ id: number; url: string; title: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

/** Run one of Segue's bundled scripts, then a function, in the tab's isolated world (needs activeTab or a host permission). */
export async function runInTab<T>(tabId: number, file: string, func: () => T | Promise<T>): Promise<T> {
  await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func });
  if (!result) throw new Error('The page did not answer.');
  const withError = result as { error?: unknown };
  if (withError.error) throw new Error(String(withError.error));
  return result.result as T;
}

export const t = (key: string, substitutions?: string | string[]): string =>
  browser.i18n.getMessage(key, substitutions) || key;
