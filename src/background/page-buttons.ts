// The standing "Capture with Segue" button exists only on the sites the rep allowed from the dashboard (optional host
// permissions): one dynamic content script per site, registered for the granted origins and nothing else. Everywhere
// else Segue reads a page only when the rep clicks its toolbar button (activeTab).
import type { Scripting } from 'webextension-polyfill';
import { browser } from '../platform/browser';
import { permissionSites } from '../domain/sites';
import { PAGE_BUTTON_WITHDRAW, type WithdrawMessage } from '../content/page-button-rules';

export const PAGE_BUTTON_SCRIPT = 'content/page-button.js';

/** One content script per site Segue may ask access to, from the table of known sites (domain/sites.ts). */
export const PAGE_BUTTON_SITES = permissionSites().map((site) => ({ id: `segue-page-button-${site.key}`, origins: [...site.permissionOrigins] }));

export const PAGE_BUTTON_IDS: string[] = PAGE_BUTTON_SITES.map((s) => s.id);

/** What the sync needs from the browser; the default is Chrome's, unit tests pass a fake. */
export interface PageButtonPlatform {
  isGranted(origin: string): Promise<boolean>;
  registered(ids: string[]): Promise<Scripting.RegisteredContentScript[]>;
  register(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
  update(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** Tabs already open on newly allowed origins get the button now rather than on their next load. */
  injectIntoOpenTabs(origins: string[]): Promise<void>;
  /** Buttons already showing on a site no longer allowed remove themselves (a loaded script cannot be unloaded). */
  withdrawFromOpenTabs(stillAllowed: string[]): Promise<void>;
}

export interface PageButtonSync {
  /** Registered, updated or unregistered script ids, and the origins that now have the button. */
  registered: string[];
  updated: string[];
  unregistered: string[];
  origins: string[];
}

function scriptFor(id: string, matches: string[]): Scripting.RegisteredContentScript {
  return { id, matches, js: [PAGE_BUTTON_SCRIPT], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true };
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Makes the registered page-button scripts match the granted origins exactly. Idempotent; safe to call on every
 * permission change, on install and on startup. Calls are queued, so two events in a row cannot both try to
 * register the same id (Chrome rejects a duplicate id).
 */
export function createPageButtons(platform: PageButtonPlatform) {
  let queue: Promise<unknown> = Promise.resolve();

  const syncNow = async (): Promise<PageButtonSync> => {
    const existing = new Map((await platform.registered(PAGE_BUTTON_IDS)).map((s) => [s.id, s]));
    const result: PageButtonSync = { registered: [], updated: [], unregistered: [], origins: [] };
    const toRegister: Scripting.RegisteredContentScript[] = [];
    const toUpdate: Scripting.RegisteredContentScript[] = [];
    const newlyMatched: string[] = [];
    for (const site of PAGE_BUTTON_SITES) {
      const granted: string[] = [];
      for (const origin of site.origins) if (await platform.isGranted(origin)) granted.push(origin);
      const current = existing.get(site.id);
      result.origins.push(...granted);
      if (!granted.length) {
        if (current) result.unregistered.push(site.id);
        continue;
      }
      newlyMatched.push(...granted.filter((o) => !current?.matches?.includes(o)));
      if (!current) toRegister.push(scriptFor(site.id, granted));
      else if (!sameSet(current.matches, granted) || !sameSet(current.js, [PAGE_BUTTON_SCRIPT])) toUpdate.push(scriptFor(site.id, granted));
    }
    if (result.unregistered.length) await platform.unregister(result.unregistered);
    if (toUpdate.length) await platform.update(toUpdate);
    if (toRegister.length) await platform.register(toRegister);
    result.registered = toRegister.map((s) => s.id);
    result.updated = toUpdate.map((s) => s.id);
    if (newlyMatched.length) await platform.injectIntoOpenTabs(newlyMatched).catch(() => undefined);
    if (result.unregistered.length || toUpdate.length) await platform.withdrawFromOpenTabs(result.origins).catch(() => undefined);
    return result;
  };

  return {
    sync(): Promise<PageButtonSync> {
      const run = queue.then(syncNow, syncNow);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export const chromePageButtonPlatform: PageButtonPlatform = {
  isGranted: (origin) => browser.permissions.contains({ origins: [origin] }),
  registered: (ids) => browser.scripting.getRegisteredContentScripts({ ids }),
  register: (scripts) => browser.scripting.registerContentScripts(scripts),
  update: (scripts) => browser.scripting.updateContentScripts(scripts),
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  async injectIntoOpenTabs(origins) {
    const tabs = await browser.tabs.query({ url: origins });
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined
          ? undefined
          : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [PAGE_BUTTON_SCRIPT] }).catch(() => undefined),
      ),
    );
  },
  async withdrawFromOpenTabs(stillAllowed) {
    // Without the host permission Segue cannot see which tab shows what, so every tab is told; a tab with no button
    // drops the message, and a button on a site still allowed stays.
    const message: WithdrawMessage = { segue: 1, name: PAGE_BUTTON_WITHDRAW, stillAllowed };
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
  },
};

const defaultPageButtons = createPageButtons(chromePageButtonPlatform);

/** Re-reads the granted origins and registers exactly their buttons. */
export const syncPageButtons = (): Promise<PageButtonSync> => defaultPageButtons.sync();
