import { manifestFor as extensionManifest } from '../../../src/tools/manifests';
import { TEAM_SERVER_PERMISSIONS } from '../../../src/domain/team/connection';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Scripting } from 'webextension-polyfill';
import { browser } from '../../../src/platform/browser';
import { createPageButtons, PAGE_BUTTON_SCRIPT, PAGE_BUTTON_SITES, type PageButtonPlatform } from '../../../src/background/page-buttons';

const LINKEDIN = 'https://www.linkedin.com/*';
const GMAIL = 'https://mail.google.com/*';
const OUTLOOK = ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];

/** Behaves like chrome.scripting's registry: a duplicate id or an unknown id is an error, as in Chrome. */
function fakeChrome(granted: string[] = []) {
  const scripts = new Map<string, Scripting.RegisteredContentScript>();
  const calls: string[] = [];
  const injected: string[][] = [];
  const withdrawn: string[][] = [];
  const platform: PageButtonPlatform = {
    isGranted: async (origin) => granted.includes(origin),
    registered: async (ids) => [...scripts.values()].filter((s) => ids.includes(s.id)).map((s) => structuredClone(s)),
    register: async (list) => {
      await new Promise((r) => setTimeout(r, 5)); // Chrome answers asynchronously: give a racing sync its chance
      for (const s of list) if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of list) scripts.set(s.id, structuredClone(s));
      calls.push(`register ${list.map((s) => s.id).join(',')}`);
    },
    update: async (list) => {
      for (const s of list) if (!scripts.has(s.id)) throw new Error(`No script with ID '${s.id}'`);
      for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, ...structuredClone(s) });
      calls.push(`update ${list.map((s) => s.id).join(',')}`);
    },
    unregister: async (ids) => {
      for (const id of ids) if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      calls.push(`unregister ${ids.join(',')}`);
    },
    injectIntoOpenTabs: async (origins) => void injected.push(origins),
    withdrawFromOpenTabs: async (still) => void withdrawn.push(still),
  };
  return { platform, scripts, calls, injected, withdrawn, granted };
}

describe('page buttons follow the granted site permissions', () => {
  it('registers nothing while no site is allowed', async () => {
    const chrome = fakeChrome();
    const result = await createPageButtons(chrome.platform).sync();
    expect(chrome.scripts.size).toBe(0);
    expect(chrome.calls).toEqual([]);
    expect(result.origins).toEqual([]);
    expect(chrome.injected).toEqual([]);
  });

  it('registers one script for an allowed site, matching its origin only, and shows it in tabs already open there', async () => {
    const chrome = fakeChrome([LINKEDIN]);
    const result = await createPageButtons(chrome.platform).sync();
    expect(result.registered).toEqual(['segue-page-button-linkedin']);
    expect([...chrome.scripts.values()]).toEqual([
      { id: 'segue-page-button-linkedin', matches: [LINKEDIN], js: [PAGE_BUTTON_SCRIPT], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
    expect(chrome.injected).toEqual([[LINKEDIN]]);
    expect(chrome.withdrawn).toEqual([]);
  });

  it('is idempotent: a second sync with nothing changed touches nothing', async () => {
    const chrome = fakeChrome([LINKEDIN, GMAIL]);
    const buttons = createPageButtons(chrome.platform);
    await buttons.sync();
    chrome.calls.length = 0;
    chrome.injected.length = 0;
    const again = await buttons.sync();
    expect(again).toMatchObject({ registered: [], updated: [], unregistered: [] });
    expect(chrome.calls).toEqual([]);
    expect(chrome.injected).toEqual([]);
  });

  it('queues concurrent syncs (install and permission events together) instead of registering an id twice', async () => {
    const chrome = fakeChrome([GMAIL]);
    const buttons = createPageButtons(chrome.platform);
    const results = await Promise.all([buttons.sync(), buttons.sync(), buttons.sync()]);
    expect(chrome.calls).toEqual(['register segue-page-button-gmail']);
    expect(results.map((r) => r.registered)).toEqual([['segue-page-button-gmail'], [], []]);
  });

  it('matches only the Outlook origins granted, and widens the same script when the rest are granted', async () => {
    const chrome = fakeChrome([OUTLOOK[1]!]);
    const buttons = createPageButtons(chrome.platform);
    await buttons.sync();
    expect(chrome.scripts.get('segue-page-button-outlook')?.matches).toEqual([OUTLOOK[1]]);

    chrome.granted.push(OUTLOOK[0]!, OUTLOOK[2]!);
    const widened = await buttons.sync();
    expect(widened.updated).toEqual(['segue-page-button-outlook']);
    expect(chrome.scripts.get('segue-page-button-outlook')?.matches).toEqual(OUTLOOK);
    expect(chrome.calls).toEqual(['register segue-page-button-outlook', 'update segue-page-button-outlook']);
    // Only the newly matched origins get an injection into open tabs.
    expect(chrome.injected).toEqual([[OUTLOOK[1]], [OUTLOOK[0], OUTLOOK[2]]]);
  });

  it('unregisters a site the rep turned off and tells open buttons which sites keep theirs', async () => {
    const chrome = fakeChrome([LINKEDIN, GMAIL]);
    const buttons = createPageButtons(chrome.platform);
    await buttons.sync();
    chrome.granted.splice(chrome.granted.indexOf(LINKEDIN), 1);
    const result = await buttons.sync();
    expect(result.unregistered).toEqual(['segue-page-button-linkedin']);
    expect([...chrome.scripts.keys()]).toEqual(['segue-page-button-gmail']);
    expect(chrome.withdrawn).toEqual([[GMAIL]]);
  });

  it('recovers after a failed registration: the next sync registers again', async () => {
    const chrome = fakeChrome([LINKEDIN]);
    const buttons = createPageButtons(chrome.platform);
    const register = chrome.platform.register;
    chrome.platform.register = async () => { throw new Error('Extension context invalidated'); };
    await expect(buttons.sync()).rejects.toThrow('Extension context invalidated');
    chrome.platform.register = register;
    await expect(buttons.sync()).resolves.toMatchObject({ registered: ['segue-page-button-linkedin'] });
  });

  it('covers exactly the site origins the built manifest declares as optional_host_permissions (the team server aside)', () => {
    const manifest = extensionManifest('chrome') as { optional_host_permissions: string[]; host_permissions?: string[]; content_scripts?: unknown };
    const sites = manifest.optional_host_permissions.filter((p) => !(TEAM_SERVER_PERMISSIONS as readonly string[]).includes(p));
    expect(PAGE_BUTTON_SITES.flatMap((s) => s.origins).sort()).toEqual(sites.sort());
    // No standing access anywhere else: no required host permissions, no manifest content scripts.
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });
  it('manifest.json lists no hosts of its own: they come from the table of known sites', () => {
    const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(raw.optional_host_permissions).toBeUndefined();
  });
});

describe('the service worker wiring', () => {
  it('re-syncs on permissions.onAdded and onRemoved, through chrome.scripting', async () => {
    type FakeEvent = { emit: (...args: unknown[]) => unknown[] };
    const granted = new Set<string>();
    const registered: Scripting.RegisteredContentScript[] = [];
    const fake = browser as unknown as {
      permissions: { contains: (p: { origins: string[] }) => Promise<boolean>; onAdded: FakeEvent; onRemoved: FakeEvent };
      scripting: Record<string, unknown>;
      tabs: { query: () => Promise<unknown[]> };
    };
    vi.spyOn(fake.permissions, 'contains').mockImplementation(async ({ origins }) => origins.every((o) => granted.has(o)));
    const scripting = {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
      registerContentScripts: vi.fn(async (list: Scripting.RegisteredContentScript[]) => void registered.push(...list)),
      updateContentScripts: vi.fn(async () => undefined),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.splice(registered.findIndex((s) => s.id === id), 1);
      }),
    };
    Object.assign(fake.scripting, scripting);

    await import('../../../src/background/index');
    granted.add(LINKEDIN);
    fake.permissions.onAdded.emit({ origins: [LINKEDIN], permissions: [] });
    await vi.waitFor(() => expect(registered.map((s) => s.id)).toEqual(['segue-page-button-linkedin']));
    expect(registered[0]!.matches).toEqual([LINKEDIN]);

    granted.delete(LINKEDIN);
    fake.permissions.onRemoved.emit({ origins: [LINKEDIN], permissions: [] });
    await vi.waitFor(() => expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['segue-page-button-linkedin'] }));
    expect(registered).toEqual([]);
  });
});
