// Inserting a suggested message into the compose box of Gmail or Outlook on the web. Only on those sites, and
// only where the rep granted Segue that site's optional permission from the dashboard.
import { browser } from '../platform/browser';
import { isComposeUrl } from '../domain/sites';

export class ComposeError extends Error {
  override name = 'ComposeError';
}

export function isComposeSite(url: string): boolean {
  return isComposeUrl(url);
}

export async function canInsertInto(url: string): Promise<boolean> {
  if (!isComposeSite(url)) return false;
  const origin = `${new URL(url).origin}/*`;
  return browser.permissions.contains({ origins: [origin] });
}

/** Runs in the mail page. Selectors: Gmail's compose body is a contenteditable with aria-label "Message Body";
 *  Outlook's is a contenteditable with aria-label "Message body" (both seen in their 2025–2026 web clients). */
function insertIntoCompose(subject: string, body: string): { inserted: boolean; reason?: string } {
  const bodies = [...document.querySelectorAll<HTMLElement>(
    'div[aria-label="Message Body"][contenteditable="true"], div[aria-label="Message body"][contenteditable="true"], div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
  )].filter((el) => el.offsetParent !== null);
  const target = bodies[bodies.length - 1];
  if (!target) return { inserted: false, reason: 'no-compose' };
  const subjectInput = document.querySelector<HTMLInputElement>('input[name="subjectbox"], input[aria-label="Add a subject"], input[aria-label="Subject"]');
  if (subject && subjectInput && !subjectInput.value) {
    subjectInput.focus();
    subjectInput.value = subject;
    subjectInput.dispatchEvent(new Event('input', { bubbles: true }));
  }
  target.focus();
  // insertText keeps the site's own undo history and formatting; the text is inserted as text, never as markup.
  const ok = document.execCommand('insertText', false, body);
  if (!ok) target.append(document.createTextNode(body));
  return { inserted: true };
}

export async function insertMessage(tabId: number, subject: string, body: string): Promise<{ inserted: true }> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  if (!isComposeSite(url)) throw new ComposeError('Open a Gmail or Outlook compose window in this tab first.');
  if (!(await canInsertInto(url))) throw new ComposeError('Allow Segue on this mail site in the dashboard (Settings → Site permissions) to insert messages.');
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: insertIntoCompose, args: [subject, body] });
  const value = result?.result as { inserted: boolean; reason?: string } | undefined;
  if (!value?.inserted) throw new ComposeError('No open compose box found. Click Compose or Reply, then try again.');
  return { inserted: true };
}
