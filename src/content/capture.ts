// Injected on demand (chrome.scripting) into the page the rep is looking at, in the extension's isolated world.
// It only reads the document it runs in, and hands the result back to the background; it stores nothing.
// Heavy libraries are not in this script: when the page needs one, the answer is `{ needs }` and the background
// injects it (on-demand/libraries.ts), then asks again.
import { capturePage } from '../adapters/capture-page';
import { H_CARD_SELECTOR } from '../adapters/h-card/extract';
import type { CaptureAnswer, OnDemandLibrary } from '../messaging/capture-libraries';
import { isLoaded, takeMissing } from './on-demand/libraries';

/** Phone markup any layer reads: asking for the library up front saves running the layers twice. */
const PHONE_HINTS = 'a[href^="tel:" i], [itemprop="telephone"], .p-tel, .tel';

/** Libraries this page will almost surely need, judged from its markup without running the layers. */
function likelyNeeded(doc: Document): OnDemandLibrary[] {
  const wanted: OnDemandLibrary[] = [];
  if (!isLoaded('microformats') && doc.querySelector(H_CARD_SELECTOR)) wanted.push('microformats');
  if (!isLoaded('phones') && (doc.querySelector(PHONE_HINTS) || jsonLdMentionsPhone(doc))) wanted.push('phones');
  return wanted;
}

function jsonLdMentionsPhone(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) if (script.textContent?.includes('telephone')) return true;
  return false;
}

/** Reads the page, or names the libraries it needs first. */
export function captureDocument(doc: Document, url: string): CaptureAnswer {
  try {
    const wanted = likelyNeeded(doc);
    if (wanted.length) return { needs: wanted };
    takeMissing();
    const result = capturePage(doc, new URL(url));
    // A layer read through a library that is not loaded: this answer may lack what it would have found.
    const missing = takeMissing();
    return missing.length ? { needs: missing } : result;
  } catch (err) {
    return { ok: false, url, error: `Segue could not read this page: ${err instanceof Error ? err.message : String(err)}`, reports: [] };
  }
}

(globalThis as { __segueCapture?: () => CaptureAnswer }).__segueCapture = () => captureDocument(document, location.href);
