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
/** Injects script files into the tab's isolated world, in order. */
export async function injectFiles(tabId: number, files: string[]): Promise<void> {
  if (files.length) await browser.scripting.executeScript({ target: { tabId }, files });
}

/** Injects `file` (when given) into the tab, then runs `func` there and returns its result. */
export async function runInTab<T>(tabId: number, file: string | undefined, func: () => T | Promise<T>): Promise<T> {
  if (file) await injectFiles(tabId, [file]);
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func });
  if (!result) throw new Error('The page did not answer.');
  const withError = result as { error?: unknown };
  if (withError.error) throw new Error(String(withError.error));
  return result.result as T;
}

export const t = (key: string, substitutions?: string | string[]): string =>
  browser.i18n.getMessage(key, substitutions) || key;

/** The language the browser shows Segue's text in ("en-US"), for plural rules and number formats. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

type ChromeSurfaces = {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  action?: { openPopup?(options?: { windowId?: number }): Promise<void> };
};

/** Chrome's own namespace, for the APIs the polyfill does not cover (side panel, openPopup). */
const chromeApi = (): ChromeSurfaces | undefined => (globalThis as { chrome?: ChromeSurfaces }).chrome;

/** Firefox's sidebar (the polyfill's types do not list sidebarAction.open()). */
const firefoxSidebar = (): { open(): Promise<void> } | undefined =>
  (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;

/**
 * Opens Segue beside the page: Chrome's side panel for the tab, or Firefox's sidebar; false when the browser
 * refuses (no user gesture) or has neither. open() is called before this function first awaits, so a caller's
 * user gesture (or Firefox's user input, which it carries through a content script's message) still counts.
 */
export function openSidePanel(tabId: number): Promise<boolean> {
  const sidePanel = chromeApi()?.sidePanel;
  if (sidePanel) return sidePanel.open({ tabId }).then(() => true, () => false);
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open().then(() => true, () => false);
  return Promise.resolve(false);
}

/** Opens the toolbar popup; false when the browser refuses. */
export function openToolbarPopup(windowId: number | undefined): Promise<boolean> {
  const openPopup = chromeApi()?.action?.openPopup;
  if (!openPopup) return Promise.resolve(false);
  return openPopup(windowId === undefined ? {} : { windowId }).then(() => true, () => false);
}
