// The in-page "Capture with Segue" button: the same capture as the popup's, for the tab the click came from, handed
// to review in the side panel (or the toolbar popup) through the pending draft in session storage.
import type { ExtractionResult } from '../domain/extraction';
import type { CaptureFromPageResponse } from '../messaging/protocol';
import { extensionUrl, openSidePanel, openToolbarPopup, t, type Runtime } from '../platform/browser';
import { putPendingDraft, type PendingReview } from '../platform/call-store';
import { captureTab } from './capture';


interface ReviewSurfaces {
  /** Resolves false when Chrome refuses (no user gesture, no side panel in this browser). */
  openSidePanel(tabId: number): Promise<boolean>;
  openPopup(windowId: number | undefined): Promise<boolean>;
}

export const chromeReviewSurfaces: ReviewSurfaces = {
  openSidePanel,
  openPopup: openToolbarPopup,
};

/** What the review shows for a capture: the one person, or why there is none to review yet. */
export function pendingReviewOf(result: ExtractionResult): PendingReview {
  if (!result.ok) return { error: result.error };
  if (result.people.length === 1) return result.people[0]!;
  return { people: result.people };
}

/** The only messages a content script may send: a page (or a compromised renderer) must not reach the data. */
export const PAGE_MESSAGES: ReadonlySet<string> = new Set(['capture.fromPage']);

/** True when the sender is a content script in a web page rather than one of Segue's own pages. */
export function fromWebPage(sender: Runtime.MessageSender, ownBase: string = extensionUrl('')): boolean {
  // Chrome sets sender.origin (Firefox does not): "chrome-extension://<id>" for Segue's pages.
  const origin = (sender as { origin?: string }).origin;
  if (origin !== undefined) return `${origin}/` !== ownBase;
  return !(sender.url ?? '').startsWith(ownBase);
}

export async function captureFromPage(sender: Runtime.MessageSender, surfaces: ReviewSurfaces = chromeReviewSurfaces): Promise<CaptureFromPageResponse> {
  const tab = sender.tab;
  if (!tab || tab.id === undefined || !fromWebPage(sender)) {
    throw new TypeError('capture.fromPage comes only from the button on a page.');
  }
  if (sender.frameId !== undefined && sender.frameId !== 0) throw new TypeError('capture.fromPage comes only from the top frame.');
  // The side panel needs the click's user gesture, which the capture's awaits would outlive: ask first.
  const panel = surfaces.openSidePanel(tab.id);
  let pending: PendingReview;
  try {
    pending = pendingReviewOf(await captureTab(tab.id, sender.url ?? tab.url ?? ''));
  } catch (err) {
    pending = { error: err instanceof Error ? err.message : String(err) };
  }
  await putPendingDraft(pending);
  const found: CaptureFromPageResponse['found'] = 'error' in pending ? 'none' : 'person';
  const error = 'error' in pending ? pending.error : undefined;
  const answer = (review: CaptureFromPageResponse['review']): CaptureFromPageResponse => ({ review, found, ...(error ? { error } : {}) });
  if (await panel) return answer('side-panel');
  if (await surfaces.openPopup(tab.windowId)) return answer('popup');
  return answer('waiting');
}
