// What a shared end-to-end flow needs from a browser, so the flows (flows.ts) are written once and each browser's
// harness (firefox.ts, …) does the driving its own way. Selectors are CSS; text matching is done here, the same way
// for every browser.

/** A page in a tab: a web page at its real URL, or one of Segue's own pages. */
export interface UiPage {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Waits until the selector matches (or, with gone, until it no longer does). */
  waitFor(selector: string, options?: { gone?: boolean; timeoutMs?: number }): Promise<void>;
  /** A trusted click (real input events, so it counts as a user gesture) in the middle of the first match. */
  click(selector: string): Promise<void>;
  /** A trusted click on the first element matching the selector whose trimmed text matches. */
  clickText(selector: string, text: string | RegExp): Promise<void>;
  /** A trusted mouse click at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  /** Replaces a text field's content by typing. */
  fill(selector: string, text: string): Promise<void>;
  press(key: 'Enter' | 'Escape' | 'Tab'): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** One browser with Segue installed, its network answered locally and every other request blocked and recorded. */
export interface ExtensionDriver {
  readonly browserName: 'chromium' | 'firefox';
  /** Requests that were neither Segue's own nor to a served page (blocked, so they never left the machine). */
  readonly blocked: string[];
  /** Answers this URL (no fragment; a trailing * matches a prefix) with the body, in every page opened from now on. */
  serve(url: string, body: string | Buffer, contentType?: string): void;
  /** Opens a web page at its real URL (served locally). */
  visit(url: string): Promise<UiPage>;
  /**
   * Clicks Segue's toolbar button for this page, the real click that grants activeTab, and returns the popup's
   * document to drive (each harness says what stands in where the browser does not expose the real popup).
   */
  clickToolbar(page: UiPage): Promise<UiPage>;
  /** Opens one of Segue's pages (path inside the extension) in a tab. */
  openPage(path: string): Promise<UiPage>;
  /** Sends a protocol message from an extension page, as the popup does. */
  send<T = unknown>(name: string, request: unknown): Promise<T>;
  /** Evaluates in an extension page (browser.* available). */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** The review form Segue opened by itself (side panel, sidebar or toolbar popup): where, and its fields by label. */
  openedReview(): Promise<{ surface: string; fields: Record<string, string | null> } | null>;
  /** Clicks "Save prospect" in that review. */
  saveOpenedReview(): Promise<void>;
  /** A whole IndexedDB table of Segue's database. */
  table<T = Record<string, unknown>>(name: string): Promise<T[]>;
  /** Stops the background (service worker or event page) as the browser does when idle; the next message restarts it. */
  stopBackground(): Promise<void>;
  /** What is on the system clipboard now (read from this page of Segue's, where the browser needs a page). */
  clipboardText(from: UiPage): Promise<string>;
  /** A screenshot of the whole browser window, with what the browser shows beside the page (where it can). */
  screenshotBrowser?(name: string): Promise<string>;
  /** Closes the browser; fails when Segue caused a request to leave the machine. */
  close(): Promise<void>;
}

/** Polls until check() gives a value that passes (default: truthy), or fails with the last value seen. */
export async function until<T>(check: () => Promise<T> | T, pass: (value: T) => boolean = Boolean, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await check();
      if (pass(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > end) {
      throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}${lastError ? `; last error: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Reads a whole table of Segue's IndexedDB as one JSON string (run inside an extension page). Before Segue has
 * created its database (a worker still starting on a loaded machine), the table reads as empty: the reader must
 * never create the database itself, or an empty version-1 database would block Segue's own upgrade.
 */
export function readTableInPage(tableName: string): Promise<string> {
  return new Promise<string>((done, fail) => {
    const open = indexedDB.open('segue');
    open.onupgradeneeded = () => open.transaction?.abort(); // no database yet: create nothing
    open.onerror = () => (open.error?.name === 'AbortError' ? done('[]') : fail(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(tableName)) {
        db.close();
        done('[]');
        return;
      }
      const all = db.transaction(tableName).objectStore(tableName).getAll();
      all.onsuccess = () => { done(JSON.stringify(all.result)); db.close(); };
      all.onerror = () => { db.close(); fail(all.error); };
    };
  });
}

/** Text and values of a page, read the same way in every browser. */
export const read = {
  text: (page: UiPage, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector),
  texts: (page: UiPage, selector: string) => page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent?.trim() ?? ''), selector),
  value: (page: UiPage, selector: string) => page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? null, selector),
  checked: (page: UiPage, selector: string) => page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | null)?.checked ?? null, selector),
  count: (page: UiPage, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector),
  bodyText: (page: UiPage) => page.evaluate(() => document.body.innerText, null),
  /** The review form's fields by their label text. */
  reviewFields: async (page: UiPage) => (await page.evaluate(reviewFieldsOf, { inViews: false }))?.fields ?? null,
};

/**
 * Runs in a page: the review form's fields by label text, in this document, or (inViews) in the first of Segue's
 * sidebar and popup windows that shows one (Firefox's extension.getViews reaches them from any extension page).
 */
export function reviewFieldsOf(arg: { inViews: boolean }): { surface: string; fields: Record<string, string | null> } | null {
  const fieldsIn = (doc: Document) => {
    const form = doc.querySelector('form[aria-label="Review before saving"]');
    if (!form) return null;
    return Object.fromEntries([...form.querySelectorAll('label')].map((label) => {
      const control = label.control ?? label.querySelector('input, textarea, select');
      return [label.firstChild?.textContent?.trim() ?? '', control ? (control as HTMLInputElement).value : null];
    })) as Record<string, string | null>;
  };
  if (!arg.inViews) {
    const fields = fieldsIn(document);
    return fields && { surface: 'page', fields };
  }
  const ext = (globalThis as unknown as { browser: { extension: { getViews: (f: { type: string }) => Window[] } } }).browser.extension;
  for (const surface of ['sidebar', 'popup']) {
    for (const view of ext.getViews({ type: surface })) {
      const fields = fieldsIn(view.document);
      if (fields) return { surface, fields };
    }
  }
  return null;
}

/** Runs in a page: the selector's matches whose text matches, as indexes into querySelectorAll. */
export function matchingIndex(arg: { selector: string; text: string; regex: boolean }): number {
  const re = arg.regex ? new RegExp(arg.text) : null;
  return [...document.querySelectorAll(arg.selector)].findIndex((e) => {
    const t = (e.textContent ?? '').trim();
    return re ? re.test(t) : t === arg.text;
  });
}

/** Runs in a page: the middle of the area where a hit test lands on the element (reaches into closed shadow roots). */
export function hitArea(selector: string): { x: number; y: number } | null {
  const host = document.querySelector(selector);
  if (!host) return null;
  const hits: Array<[number, number]> = [];
  for (let y = innerHeight - 1; y > innerHeight - 200; y -= 4) {
    for (let x = innerWidth - 1; x > innerWidth - 400; x -= 4) if (document.elementFromPoint(x, y) === host) hits.push([x, y]);
  }
  if (!hits.length) return null;
  const xs = hits.map(([x]) => x);
  const ys = hits.map(([, y]) => y);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}
