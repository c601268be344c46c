// Drives Segue in real headless Firefox (ESR): puppeteer-core over WebDriver BiDi, Segue installed as a temporary
// add-on from dist-firefox/, web pages answered at their real URLs by request interception. Everything
// Firefox-specific lives in this file; the flows are in flows.ts.
//
// What is real and what stands in:
// - Real: the toolbar click (Firefox's own browser action, triggered in the browser window's chrome scope as a click
//   does, which grants activeTab), extension pages, the event page and stopping it (as Firefox does when idle),
//   permission requests from real clicks, registered content scripts, the clipboard.
// - Stand-in: Firefox does not expose the toolbar popup's or the sidebar's document over BiDi (they live in browser
//   chrome). After the real toolbar click has opened the popup and granted activeTab, the same popup page is opened
//   in a tab for that page's tab (?tabId=), and the sidebar page in a tab: the same documents, the same code.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { DEMO_PAGES, routeUrl } from '../../src/tools/demo-sites';
import { GECKO_ID } from '../../src/tools/manifests';
import { matchingIndex, readTableInPage, reviewFieldsOf, until, type ExtensionDriver, type UiPage } from './driver';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const NO_FIREFOX_MESSAGE =
  'No Firefox found. Install Firefox ESR (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) ' +
  'or point FIREFOX_PATH at a Firefox binary, then run the command again.';

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function requireFirefox(): string {
  const path = findFirefox();
  if (!path) throw new Error(NO_FIREFOX_MESSAGE);
  return path;
}

/** The Firefox build (`npm run build:firefox`); SEGUE_DIST_FIREFOX points elsewhere. */
export const DIST_FIREFOX = resolve(import.meta.dirname, '../..', process.env.SEGUE_DIST_FIREFOX ?? 'dist-firefox');
export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

/** A fixed moz-extension:// host (random per profile otherwise), so extension URLs are known before install. */
const UUID = '5e6a3c1d-0b7f-4e2a-9c8d-5e9e0a1b2c3d';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  // permissions.request() from a real click is granted without the doorhanger (there is nobody to click "Allow").
  'extensions.webextOptionalPermissionPrompts': false,
};

/** The loaded page's interception: served URLs answered, Segue's own and local schemes through, the rest blocked. */
interface Served { body: string | Buffer; contentType: string }

export interface FirefoxSegue extends ExtensionDriver {
  browser: Browser;
  geckoId: string;
  /** Evaluates JavaScript in the browser window's chrome scope (privileged: Firefox's own code). */
  inChrome<T>(expression: string): Promise<T>;
}

type BiDi = { send: (method: string, params: unknown) => Promise<{ result: unknown }> };

/**
 * The install opens Segue's first-run setup in a tab (src/background/install.ts), as in Chromium (chromium.ts): it is
 * a dashboard, so it would sync a team live beside the page under test, and it takes the front from tabs opened
 * before it appears. Closed here; it opens right after install, so waiting for it is short.
 */
async function closeFirstRunSetup(connection: BiDi): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { result } = (await connection.send('browsingContext.getTree', {})) as unknown as { result: { contexts: Array<{ context: string; url: string }> } };
    const setup = result.contexts.find((c) => c.url.startsWith(`${EXTENSION_ORIGIN}/`) && c.url.endsWith('#/welcome'));
    if (setup) return void (await connection.send('browsingContext.close', { context: setup.context }));
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The first-run setup tab did not open after install.');
}

export async function startFirefox(): Promise<FirefoxSegue> {
  const executablePath = requireFirefox();
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${DIST_FIREFOX}. Run \`npm run build:firefox\` first.`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath, headless: true, args: ['--remote-allow-system-access'],
    extraPrefsFirefox: PREFS, defaultViewport: { width: 1280, height: 860 },
  });
  const geckoId = await browser.installExtension(DIST_FIREFOX);
  const served = new Map<string, Served>();
  for (const demo of DEMO_PAGES) {
    served.set(routeUrl(demo), { body: await import('node:fs').then((fs) => fs.readFileSync(demo.file)), contentType: 'text/html; charset=utf-8' });
  }
  const blocked: string[] = [];
  // Internal API (pinned puppeteer-core): the BiDi connection, for what puppeteer has no call for.
  const connection = (browser as unknown as { connection: { send: (method: string, params: unknown) => Promise<{ result: unknown }> } }).connection;
  await closeFirstRunSetup(connection);

  const answer = (req: HTTPRequest) => {
    const url = req.url();
    if (!/^https?:/.test(url)) return void req.continue();
    const bare = url.replace(/#.*$/, '');
    const hit = served.get(bare) ?? [...served].find(([pattern]) => pattern.endsWith('*') && bare.startsWith(pattern.slice(0, -1)))?.[1];
    if (hit) return void req.respond({ status: 200, contentType: hit.contentType, body: hit.body });
    // Firefox asks every site for its icon; that request is Firefox's, not Segue's.
    if (new URL(bare).pathname === '/favicon.ico' && [...served.keys()].some((u) => new URL(u.replace(/\*$/, '')).host === new URL(bare).host)) {
      return void req.respond({ status: 404, contentType: 'text/plain', body: '' });
    }
    blocked.push(url);
    return void req.abort('blockedbyclient');
  };

  // A tab Firefox opened behind another is hidden, and input to a hidden tab waits on its throttled animation frames
  // (1 s, 8 s, 16 s, 32 s… per action): a person clicks in the tab they look at, so the tab comes to the front first.
  const front = async (page: Page) => {
    if (await page.evaluate(() => document.visibilityState) === 'hidden') await page.bringToFront();
  };

  const wrap = (page: Page): UiPage => ({
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (selector, options = {}) => {
      await page.waitForSelector(selector, { hidden: options.gone ?? false, timeout: options.timeoutMs ?? 10_000 });
    },
    click: async (selector) => {
      const handle = await page.waitForSelector(selector, { timeout: 10_000 });
      await front(page);
      await handle!.click();
    },
    clickText: async (selector, text) => {
      const index = await until(
        () => page.evaluate(matchingIndex, { selector, text: text instanceof RegExp ? text.source : text, regex: text instanceof RegExp }),
        (i) => i >= 0, 10_000, `${selector} with text ${String(text)}`,
      );
      const handles = await page.$$(selector);
      await front(page);
      await handles[index]!.click();
    },
    clickAt: async (x, y) => { await front(page); await page.mouse.click(x, y); },
    fill: async (selector, text) => {
      const handle = await page.waitForSelector(selector, { timeout: 10_000 });
      await front(page);
      await handle!.click({ count: 3 });
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await handle!.type(text);
    },
    press: async (key) => { await front(page); await page.keyboard.press(key); },
    reload: async () => { await page.reload(); },
    bringToFront: () => page.bringToFront(),
    screenshot: async (name) => {
      // The popup and sidebar pages at their own width; the whole page in one viewport, so nothing sticky moves.
      const url = await page.evaluate(() => location.href); // page.url() misses extension-page navigations
      const width = url.includes('/src/ui/popup/') ? 400 : url.includes('/src/ui/sidepanel/') ? 360 : 1280;
      await page.setViewport({ width, height: 600 });
      await page.evaluate(() => scrollTo(0, 0));
      const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
      const shown = Math.max(600, Math.min(height, 4000));
      await page.setViewport({ width, height: shown });
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: path as `${string}.png`, clip: { x: 0, y: 0, width, height: shown } });
      await page.setViewport({ width: 1280, height: 860 });
      return path;
    },
    close: () => page.close(),
  });

  const newTab = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', answer);
    return page;
  };

  /** Firefox sends no load events for moz-extension:// documents (bug 1755014): navigate and wait for readyState. */
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const context = (page.mainFrame() as unknown as { browsingContext: { navigate: (url: string, wait: string) => Promise<unknown> } }).browsingContext;
    await context.navigate(`${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`, 'complete');
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
    return page;
  };

  let chromeContext: string | null = null;
  const inChrome = async <T,>(expression: string): Promise<T> => {
    if (!chromeContext) {
      const { result } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as unknown as { result: { contexts: Array<{ context: string; url: string }> } };
      chromeContext = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context ?? null;
      if (!chromeContext) throw new Error('Firefox has no browser window.');
    }
    const { result } = (await connection.send('script.evaluate', {
      expression: `(async () => { const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId)}); ${expression} })()`,
      target: { context: chromeContext }, awaitPromise: true, resultOwnership: 'none', serializationOptions: { maxObjectDepth: 5 },
    })) as unknown as { result: { type: string; result?: unknown; exceptionDetails?: { text: string } } };
    if (result.type === 'exception') throw new Error(`In Firefox's chrome scope: ${result.exceptionDetails?.text}`);
    return deserialize(result.result) as T;
  };

  let helperPage: Page | null = null;
  const helper = async (): Promise<Page> => {
    // The dashboard: an extension page that never takes a pending review (the popup and sidebar pages do).
    if (!helperPage || helperPage.isClosed()) helperPage = await openExtensionPage('src/ui/options/index.html');
    return helperPage;
  };

  const driver: FirefoxSegue = {
    browserName: 'firefox',
    browser,
    geckoId,
    blocked,
    inChrome,
    serve: (url, body, contentType = 'text/html; charset=utf-8') => { served.set(url.replace(/#.*$/, ''), { body, contentType }); },
    visit: async (url) => {
      const page = await newTab();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    clickToolbar: async (site) => {
      await site.bringToFront();
      const popupUrl = JSON.stringify(`${EXTENSION_ORIGIN}/src/ui/popup/index.html`);
      const popupState = () => inChrome<string | null>(`
        const b = [...document.querySelectorAll('browser')].find((x) => x.currentURI?.spec.startsWith(${popupUrl}));
        return b ? String(b.closest('panel')?.state ?? 'no panel') : null;`);
      const popupOpen = async () => (await popupState()) === 'open';
      const closePopup = () => until(async () => {
        const state = await popupState();
        if (state === 'open') await inChrome(`for (const b of document.querySelectorAll('browser')) if (b.currentURI?.spec.startsWith(${popupUrl})) b.closest('panel')?.hidePopup(); return true;`);
        return state === null;
      }, Boolean, 10_000, 'the toolbar popup to close');
      // A click on the button of an open popup closes it (Firefox toggles): start from a closed one.
      if ((await popupState()) !== null) await closePopup();
      const tabId = await inChrome<number>('return ExtensionParent.apiManager.global.tabTracker.getId(gBrowser.selectedTab);');
      await inChrome('window.focus(); await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window); return true;');
      // The real popup opens in the browser's chrome, in a panel: wait for its document, then close it.
      await until(popupOpen, Boolean, 10_000, 'the toolbar popup');
      await closePopup();
      const popup = await openExtensionPage(`src/ui/popup/index.html?tabId=${tabId}`);
      return wrap(popup);
    },
    openPage: async (path) => wrap(await openExtensionPage(path)),
    inExtension: async (fn, arg) => (await helper()).evaluate(fn as never, arg) as never,
    send: async <T,>(name: string, request: unknown): Promise<T> => {
      const reply = (await (await helper()).evaluate(
        (n, r) => (globalThis as unknown as { browser: { runtime: { sendMessage: (m: unknown) => Promise<string> } } }).browser.runtime
          .sendMessage({ segue: 1, name: n, request: r }).then((x: unknown) => JSON.stringify(x)),
        name, request as never,
      )) as string;
      const parsed = JSON.parse(reply) as { ok: true; value: T } | { ok: false; error: { message: string } };
      if (!parsed.ok) throw new Error(parsed.error.message);
      return parsed.value;
    },
    openedReview: async () => (await helper()).evaluate(reviewFieldsOf, { inViews: true }),
    saveOpenedReview: async () => {
      const saved = await (await helper()).evaluate(() => {
        const ext = (globalThis as unknown as { browser: { extension: { getViews: (f: { type: string }) => Window[] } } }).browser.extension;
        for (const view of [...ext.getViews({ type: 'sidebar' }), ...ext.getViews({ type: 'popup' })]) {
          const button = [...view.document.querySelectorAll('form[aria-label="Review before saving"] button')].find((b) => b.textContent?.trim() === 'Save prospect');
          if (button) { (button as HTMLButtonElement).click(); return true; }
        }
        return false;
      });
      if (!saved) throw new Error('No review with a Save button is open.');
    },
    table: async <T,>(name: string): Promise<T[]> => JSON.parse(await (await helper()).evaluate(readTableInPage, name)) as T[],
    stopBackground: async () => {
      const state = await inChrome<string>('await extension.terminateBackground(); return String(extension.backgroundState);');
      if (state !== 'stopped') throw new Error(`The event page did not stop (${state}).`);
    },
    clipboardText: () => inChrome<string>(`
      const trans = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
      trans.init(null);
      trans.addDataFlavor('text/plain');
      Services.clipboard.getData(trans, Ci.nsIClipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
      const data = {};
      trans.getTransferData('text/plain', data);
      return data.value.QueryInterface(Ci.nsISupportsString).data;`),
    // Firefox's own snapshot of the window (the sidebar included; a toolbar popup is a separate widget, not drawn).
    screenshotBrowser: async (name) => {
      const dataUrl = await inChrome<string>(`
        const { width, height } = window.document.documentElement.getBoundingClientRect();
        const bitmap = await window.browsingContext.currentWindowGlobal.drawSnapshot(new DOMRect(0, 0, width, height), 1, 'white');
        const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = bitmap.width; canvas.height = bitmap.height;
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/png');`);
      const result = { data: dataUrl.replace(/^data:image\/png;base64,/, '') };
      const path = join(SCREENSHOTS, `${name}.png`);
      await import('node:fs').then((fs) => fs.writeFileSync(path, Buffer.from(result.data, 'base64')));
      return path;
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      if (blocked.length) throw new Error(`Requests that would have left the machine (blocked):\n${blocked.join('\n')}`);
    },
  };
  return driver;
}

/** BiDi remote values, as plain JSON. */
function deserialize(value: unknown): unknown {
  const v = value as { type: string; value?: unknown };
  switch (v?.type) {
    case 'undefined': case 'null': return null;
    case 'string': case 'boolean': return v.value;
    case 'number': return typeof v.value === 'string' ? Number(v.value) : v.value;
    case 'array': return (v.value as unknown[]).map(deserialize);
    case 'object': return Object.fromEntries((v.value as Array<[unknown, unknown]>).map(([k, x]) => [typeof k === 'string' ? k : String(deserialize(k)), deserialize(x)]));
    default: return v?.value ?? null;
  }
}
