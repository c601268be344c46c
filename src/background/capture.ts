// Reads the page in a tab, only when the rep asks: injects the bundled capture script on demand (activeTab).
import type { ExtractionResult } from '../domain/extraction';
import { healthEntries } from '../domain/site-health';
import { detectSite } from '../domain/site';
import { injectFiles, runInTab } from '../platform/browser';
import { LIBRARY_SCRIPTS, type CaptureAnswer } from '../messaging/capture-libraries';
import { rememberOpenMessage } from '../platform/open-message';
import { repContext, withRepCountry } from './rep-context';
import { recordSiteHealth } from '../platform/site-health-store';

export const CAPTURE_SCRIPT = 'content/capture.js';

/** Pages no extension may read; saying so beats a raw Chrome error. */
const RESTRICTED = /^(chrome|edge|about|brave|opera|vivaldi|chrome-extension|moz-extension|devtools|view-source):|^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons)/i;

export class CaptureError extends Error {
  override name = 'CaptureError';
}

export async function captureTab(tabId: number, url: string): Promise<ExtractionResult> {
  if (RESTRICTED.test(url)) {
    throw new CaptureError('Browsers do not let extensions read this kind of page. Open a profile, a company page or an email, then capture.');
  }
  // The rep's settings are read while the page is, and the bookkeeping after it runs side by side.
  const context = repContext().then((c) => ({ c }), (error: unknown) => ({ error }));
  const result = await readTab(tabId);
  await Promise.all([
    noteSiteHealth(result, url),
    // Who the open message is from, for the popup and the shortcut: the mail page's address cannot tell them.
    rememberOpenMessage(tabId, result.url, result.ok ? result.sender : undefined).catch(() => undefined),
  ]);
  const settled = await context;
  if ('error' in settled) throw settled.error;
  return withRepCountry(result, settled.c.country);
}

/** Runs the capture script in the tab; a page that needs an on-demand library gets it, and is read again. */
async function readTab(tabId: number): Promise<ExtractionResult> {
  try {
    const first = await runInTab<CaptureAnswer>(tabId, CAPTURE_SCRIPT, callCapture);
    if (!('needs' in first)) return first;
    await injectFiles(tabId, first.needs.map((name) => LIBRARY_SCRIPTS[name]));
    const again = await runInTab<CaptureAnswer>(tabId, undefined, callCapture);
    if ('needs' in again) throw new Error(`the page still lacks ${again.needs.join(', ')}`);
    return again;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/Cannot access|permission|activeTab|host/i.test(message)) {
      throw new CaptureError('Segue can read this page only after you click its toolbar button on it. Click the Segue icon, then Capture.');
    }
    if (/No tab with id|Frame with ID|was removed/i.test(message)) {
      throw new CaptureError('That tab has closed or moved on. Open the page again and capture.');
    }
    throw new CaptureError(`Could not read the page: ${message}`);
  }
}

function callCapture(): CaptureAnswer {
  // Runs in the page's isolated world: it can use nothing from this module's scope.
  const api = (globalThis as { __segueCapture?: () => CaptureAnswer }).__segueCapture;
  return api ? api() : { ok: false, url: location.href, error: 'The capture script did not load.', reports: [] };
}

/** Adds the capture's selector results to the adapter-health log; a failure here never fails the capture. */
async function noteSiteHealth(result: ExtractionResult, url: string): Promise<void> {
  try {
    await recordSiteHealth(healthEntries(result, detectSite(new URL(result.url || url)), Date.now()));
  } catch {
    // the log is a diagnostic aid only
  }
}
