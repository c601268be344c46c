// Drives Segue in real headless Chromium: the real toolbar popup (opened by a real toolbar click, which grants
// activeTab), extension pages in tabs, the service worker, and screenshots for a person to look at.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page, type Worker } from 'playwright-core';
import { launch, type Launched } from './chromium';
import { guardNetwork, serveDemoPages, servedHosts, servePage, type NetworkGuard } from './pages';
import { matchingIndex, readTableInPage, until, type ExtensionDriver, type UiPage } from './driver';
import { offendingRequests, readNetLog, type NetRequest } from './net-log';

/** Every dashboard page, by name and route (`:id` is a prospect's id), for the suites that visit them all. */
export const DASHBOARD_PAGES: Array<[name: string, hash: string]> = [
  ['prospects', '#/prospects'],
  ['prospect-detail', '#/prospects/:id'],
  ['companies', '#/companies'],
  ['segments', '#/segments'],
  ['segment-editor', '#/segments/sales-leaders-saas'],
  ['calls', '#/calls'],
  ['follow-ups', '#/follow-ups'],
  ['insights', '#/insights'],
  ['import-export', '#/data'],
  ['settings', '#/settings'],
  ['first-run-setup', '#/welcome'],
];

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * Reads a whole table of Segue's IndexedDB from an extension page (the database the service worker writes), as one
 * JSON string: thousands of rows cross DevTools in well under a second, structured results take many seconds.
 */
export async function readTable<T>(page: Page, name: string): Promise<T[]> {
  return JSON.parse(await page.evaluate(readTableInPage, name)) as T[];
}

/**
 * Stand-in for clicking "Allow" in Chrome's permission prompt (browser UI a test cannot click): allows the site in
 * Chrome's own Site access settings, so the dashboard's permissions.request from a real click is granted at once.
 */
export async function allowInChromeSiteAccess(segue: Pick<Segue, 'context' | 'extensionId'>, site: string): Promise<void> {
  const page = await segue.context.newPage();
  await page.goto(`chrome://extensions/?id=${segue.extensionId}`);
  await page.evaluate(
    ([id, s]) => (chrome as unknown as { developerPrivate: { updateSiteAccess: (site: string, updates: unknown[]) => Promise<void> } })
      .developerPrivate.updateSiteAccess(s, [{ id, siteAccess: 'ON_SPECIFIC_SITES' }]),
    [segue.extensionId, site] as const,
  );
  await page.close();
}

export interface Segue extends Launched {
  extensionId: string;
  guard: NetworkGuard;
  url: (path: string) => string;
  /** Clicks Segue's toolbar button on this page (granting activeTab, as a real click does) and returns the popup. */
  openPopup: (page: Page) => Promise<Page>;
  /** Opens an extension page (dashboard, side panel, or the popup for a given tab) in a normal tab. */
  openPage: (path: string) => Promise<Page>;
  screenshot: (page: Page, name: string) => Promise<string>;
  /**
   * After close(): every request in Chromium's NetLog that Segue should not have caused (see net-log.ts).
   * close() also fails when there are any, so every e2e file checks it.
   */
  offending: () => NetRequest[];
  /** The running service worker (a stopped one is replaced by a new one, with a new handle). */
  serviceWorker: () => Promise<Worker>;
  /** Sends a protocol message from an extension page, as the popup would. */
  send: <T = unknown>(name: string, request: unknown) => Promise<T>;
  /** Reads a whole IndexedDB table from an extension page (the same database the service worker writes). */
  table: <T = Record<string, unknown>>(name: string) => Promise<T[]>;
  /** Stops the service worker the way Chrome does when it is idle; the next message starts it again. */
  stopServiceWorker: () => Promise<void>;
}

/** `testBuild`: load dist-test/ (see TEST_DIST), for tests that call the shortcut or menu handler. */
/** `teamServer`: the origin of a team server the test joins; Segue may reach it and nothing else. */
export async function startSegue(options: { userDataDir?: string; testBuild?: boolean; keepFirstRunSetup?: boolean; teamServer?: string } = {}): Promise<Segue> {
  const { teamServer, ...launchOptions } = options;
  const port = await freePort();
  const netLog = join(mkdtempSync(join(tmpdir(), 'segue-netlog-')), 'netlog.json');
  const launched = await launch({
    ...launchOptions,
    extraArgs: [`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1', `--log-net-log=${netLog}`],
  });
  const extensionId = launched.extensionId!;
  const guard = await guardNetwork(launched.context);
  await serveDemoPages(launched.context);
  let cdpBrowser: Browser | null = null;
  let browserSession: CDPSession | null = null;
  mkdirSync(SCREENSHOTS, { recursive: true });

  const session = async () => {
    browserSession ??= await launched.context.browser()!.newBrowserCDPSession();
    return browserSession;
  };

  const targetIdOf = async (page: Page): Promise<string> => {
    const pageSession = await launched.context.newCDPSession(page);
    const { targetInfo } = (await pageSession.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } };
    await pageSession.detach();
    return targetInfo.targetId;
  };

  const openPopup = async (page: Page): Promise<Page> => {
    await page.bringToFront();
    const cdp = await session();
    const pageTarget = await targetIdOf(page);
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    // A tab target wraps its page target; Extensions.triggerAction wants the tab. Match it by URL, then confirm.
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url()) ?? { targetId: pageTarget };
    const popupUrl = `chrome-extension://${extensionId}/src/ui/popup/index.html`;
    const popupTargetOpen = async () => {
      const { targetInfos: now } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
      return now.some((t) => t.type === 'page' && t.url.startsWith(popupUrl));
    };
    // Right after a navigation Chrome may ignore the click (the tab's action is not set up yet): click again.
    for (let attempt = 0; attempt < 6 && !(await popupTargetOpen()); attempt++) {
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      for (let i = 0; i < 20 && !(await popupTargetOpen()); i++) await new Promise((r) => setTimeout(r, 100));
    }
    // Playwright does not attach to a popup that opens after it connected, so connect afresh to find it.
    await cdpBrowser?.close().catch(() => undefined);
    cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const popup = cdpBrowser.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith(popupUrl));
    if (popup) {
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    }
    throw new Error('The toolbar popup did not open.');
  };

  const openPage = async (path: string): Promise<Page> => {
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
    return page;
  };

  const screenshot = async (page: Page, name: string): Promise<string> => {
    const file = join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };

  const stopServiceWorker = async () => {
    // The DevTools "Stop" of chrome://serviceworker-internals: stop every worker of the extension's origin,
    // from a session on one of its pages. The next event or message starts a fresh worker.
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/ui/sidepanel/index.html`);
    const cdp = await launched.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.close();
  };

  let offending: NetRequest[] = [];
  let helperPage: Page | null = null;
  const helper = async () => {
    if (!helperPage || helperPage.isClosed()) {
      helperPage = await launched.context.newPage();
      await helperPage.goto(`chrome-extension://${extensionId}/src/ui/sidepanel/index.html`);
    }
    return helperPage;
  };

  const send = async <T,>(name: string, request: unknown): Promise<T> => {
    const page = await helper();
    const reply = (await page.evaluate(([n, r]) => chrome.runtime.sendMessage({ segue: 1, name: n, request: r }), [name, request] as const)) as
      | { ok: true; value: T }
      | { ok: false; error: { message: string } };
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };

  const table = async <T,>(name: string): Promise<T[]> => readTable<T>(await helper(), name);

  const serviceWorker = async (): Promise<Worker> => {
    const live = launched.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live.length) return live[live.length - 1]!;
    await send('system.ping', {}); // wakes a stopped worker
    return launched.context.waitForEvent('serviceworker');
  };

  return {
    ...launched,
    extensionId,
    serviceWorker,
    send,
    table,
    guard,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    openPopup,
    openPage,
    screenshot,
    stopServiceWorker,
    offending: () => offending,
    close: async () => {
      const hosts = servedHosts(launched.context);
      await cdpBrowser?.close().catch(() => undefined);
      await launched.close();
      const requests = readNetLog(netLog);
      offending = offendingRequests(requests, extensionId, hosts, teamServer ? [teamServer] : []);
      writeFileSync(join(SCREENSHOTS, `network-${extensionId.slice(0, 6)}-${Date.now()}.json`), JSON.stringify({ requests: requests.length, offending }, null, 2));
      if (offending.length) {
        throw new Error(`Segue made network requests it must not make:\n${offending.map((r) => `${r.url} (from ${r.initiator || 'unknown'})`).join('\n')}`);
      }
    },
  };
}

/**
 * Segue in Chromium behind the browser-neutral driver the shared flows use (driver.ts, flows.ts): the real toolbar
 * popup, extension pages in tabs, the service worker. The in-page button's review (side panel) is driven by
 * page-buttons.e2e.ts with Chrome's own DevTools calls, so openedReview is not offered here.
 */
export async function startChromiumDriver(): Promise<ExtensionDriver & { segue: Segue }> {
  const segue = await startSegue();
  // Clipboard reads for the copy checks (the grant lasts as long as this DevTools session: keep it open).
  const cdp = await segue.context.browser()!.newBrowserCDPSession();
  await cdp.send('Browser.grantPermissions', { origin: `chrome-extension://${segue.extensionId}`, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
  const pages = new WeakMap<UiPage, Page>();
  const wrap = (page: Page): UiPage => {
    const ui: UiPage = {
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      waitFor: async (selector, options = {}) => {
        await page.waitForSelector(selector, { state: options.gone ? 'detached' : 'attached', timeout: options.timeoutMs ?? 10_000 });
      },
      click: (selector) => page.click(selector),
      clickText: async (selector, text) => {
        const index = await until(
          () => page.evaluate(matchingIndex, { selector, text: text instanceof RegExp ? text.source : text, regex: text instanceof RegExp }),
          (i) => i >= 0, 10_000, `${selector} with text ${String(text)}`,
        );
        await page.locator(selector).nth(index).click();
      },
      clickAt: (x, y) => page.mouse.click(x, y),
      fill: (selector, text) => page.fill(selector, text),
      press: (key) => page.keyboard.press(key),
      reload: async () => { await page.reload(); },
      bringToFront: () => page.bringToFront(),
      screenshot: (name) => segue.screenshot(page, name),
      close: () => page.close(),
    };
    pages.set(ui, page);
    return ui;
  };
  let helperPage: Page | null = null;
  const helper = async () => {
    if (!helperPage || helperPage.isClosed()) helperPage = await segue.openPage('src/ui/options/index.html');
    return helperPage;
  };
  // Opened now: a tab opened later would take the focus from the toolbar popup, which then closes.
  await helper();
  const unsupported = () => Promise.reject(new Error('Chromium: the side panel review is tested in page-buttons.e2e.ts.'));
  return {
    segue,
    browserName: 'chromium',
    blocked: segue.guard.blocked,
    serve: (url, body, contentType = 'text/html; charset=utf-8') => {
      const pattern = url.endsWith('*') ? `${url.slice(0, -1)}**` : url;
      void servePage(segue.context, pattern, '').then(() => segue.context.route(pattern, (route) => route.fulfill({ status: 200, contentType, body })));
    },
    visit: async (url) => {
      const page = await segue.context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    clickToolbar: async (ui) => wrap(await segue.openPopup(pages.get(ui)!)),
    openPage: async (path) => wrap(await segue.openPage(path)),
    send: (name, request) => segue.send(name, request),
    inExtension: async (fn, arg) => (await helper()).evaluate(fn as never, arg) as never,
    openedReview: unsupported,
    saveOpenedReview: unsupported,
    table: (name) => segue.table(name),
    stopBackground: () => segue.stopServiceWorker(),
    clipboardText: (from) => pages.get(from)!.evaluate(() => navigator.clipboard.readText()),
    close: () => segue.close(),
  };
}
