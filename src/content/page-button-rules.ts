// Where the standing "Capture with Segue" button shows: only on pages with someone to capture (a LinkedIn profile,
// an open email), never on a feed or an inbox list. Reads the URL and the document given, nothing else.
import { GMAIL_SELECTORS } from '../adapters/gmail/selectors';
import { detect as isGmail } from '../adapters/gmail/detect';
import { linkedInPage } from '../adapters/linkedin/detect';
import { OUTLOOK_SELECTORS } from '../adapters/outlook/selectors';
import { detect as isOutlook } from '../adapters/outlook/detect';

/** Sent by the background to every tab when a site's permission goes: buttons on sites no longer allowed leave. */
export const PAGE_BUTTON_WITHDRAW = 'pageButton.withdraw';

export interface WithdrawMessage {
  segue: 1;
  name: typeof PAGE_BUTTON_WITHDRAW;
  /** Origin patterns ("https://mail.google.com/*") that still have the button. */
  stillAllowed: string[];
}

export type ButtonSite = 'linkedin' | 'gmail' | 'outlook';

/** A message header with a sender: the conversation view is open (first three selectors = the header's own). */
const GMAIL_OPEN_MESSAGE = GMAIL_SELECTORS.sender.slice(0, 3).join(', ');
const OUTLOOK_OPEN_MESSAGE = OUTLOOK_SELECTORS.body.join(', ');

/** The site whose button belongs on this page, or null when there is no one to capture here. */
export function buttonSite(url: URL, doc: Document): ButtonSite | null {
  if (linkedInPage(url)?.kind === 'profile') return 'linkedin';
  if (isGmail(url)) return doc.querySelector(GMAIL_OPEN_MESSAGE) ? 'gmail' : null;
  if (isOutlook(url)) return doc.querySelector(OUTLOOK_OPEN_MESSAGE) ? 'outlook' : null;
  return null;
}

/** Whether a URL falls under one of the origin patterns Segue asks for ("https://host/*"). */
export function allowedBy(href: string, patterns: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    const m = /^(https?):\/\/([^/]+)\/\*$/.exec(pattern);
    return Boolean(m && url.protocol === `${m[1]}:` && url.hostname === m[2]!.toLowerCase());
  });
}

export function isWithdrawMessage(value: unknown): value is WithdrawMessage {
  return (
    typeof value === 'object' && value !== null &&
    (value as { segue?: unknown }).segue === 1 &&
    (value as { name?: unknown }).name === PAGE_BUTTON_WITHDRAW &&
    Array.isArray((value as { stillAllowed?: unknown }).stillAllowed)
  );
}
