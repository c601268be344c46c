// The sender of the message open in a mail tab, as the last capture in that tab found it. A mail page's address
// does not say who the open message is from (domain/page-identity.ts), so the popup and the shortcut ask here.
// Session storage: nothing outlives the browser session, and the entry counts only at the exact address captured.
import { browser } from './browser';

const KEY = 'openMessageSenders';
const MAX_TABS = 50;

type Seen = Record<string, { url: string; sender: string }>;

async function read(): Promise<Seen> {
  const got = (await browser.storage.session.get(KEY)) as { [KEY]?: Seen };
  return got[KEY] ?? {};
}

/** Records what a capture found in a tab: the open message's sender, or nobody (which forgets the tab's entry). */
export async function rememberOpenMessage(tabId: number, url: string, sender: string | undefined): Promise<void> {
  const seen = await read();
  delete seen[String(tabId)];
  if (sender) seen[String(tabId)] = { url, sender };
  const kept = Object.entries(seen).slice(-MAX_TABS);
  await browser.storage.session.set({ [KEY]: Object.fromEntries(kept) });
}

/** The sender captured in this tab at exactly this address (fragment included), if any. */
export async function openMessageSender(tabId: number | undefined, url: string | undefined): Promise<string | undefined> {
  if (tabId === undefined || !url) return undefined;
  const entry = (await read())[String(tabId)];
  return entry && entry.url === url ? entry.sender : undefined;
}
