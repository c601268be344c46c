// Injected on demand (chrome.scripting) into the page the rep is looking at, in the extension's isolated world.
// It only reads the document it runs in, and hands the result back to the background; it stores nothing.
import { capturePage } from '../adapters/capture-page';
import type { ExtractionResult } from '../domain/extraction';

function capture(): ExtractionResult {
  const url = location.href;
  try {
    const here = new URL(url);
    return capturePage(document, here);
  } catch (err) {
    return { ok: false, url, error: `Segue could not read this page: ${err instanceof Error ? err.message : String(err)}`, reports: [] };
  }
}

(globalThis as { __segueCapture?: () => ExtractionResult }).__segueCapture = capture;
