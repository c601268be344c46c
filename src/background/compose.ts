// Inserting a suggested message into the compose box of Gmail or Outlook on the web. Only on those sites, and
// only where the rep granted Segue that site's optional permission from the dashboard.
import { browser } from '../platform/browser';
import { isComposeUrl } from '../domain/sites';
import type { SubjectResult } from '../domain/messages/outgoing';

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

/**
 * Runs in the mail page (self-contained: executeScript sends its source). Selectors: Gmail's compose body is a
 * contenteditable with aria-label "Message Body" and its subject input[name=subjectbox]; Outlook's body has
 * aria-label "Message body" and its subject aria-label "Add a subject" (both seen in their 2025–2026 web clients).
 * The subject is the one in the same compose window as the body (several drafts can be open at once).
 */
export function insertIntoCompose(subject: string, body: string): { inserted: boolean; subject: SubjectResult } {
  // execCommand is deprecated: where a browser drops it, fall back to setting the text directly.
  const insertText = (text: string) => typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
  const visible = (el: HTMLElement) => el.offsetParent !== null || el.getClientRects().length > 0;
  const bodies = [...document.querySelectorAll<HTMLElement>(
    'div[aria-label="Message Body"][contenteditable="true"], div[aria-label="Message body"][contenteditable="true"], div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
  )].filter(visible);
  const target = bodies[bodies.length - 1];
  if (!target) return { inserted: false, subject: 'none' };
  const SUBJECT = 'input[name="subjectbox"], input[aria-label="Add a subject"], input[aria-label="Subject"]';
  let subjectInput: HTMLInputElement | null = null;
  for (let box = target.parentElement; box && !subjectInput; box = box.parentElement) subjectInput = box.querySelector<HTMLInputElement>(SUBJECT);
  let subjectResult: SubjectResult = 'none';
  if (subject && subjectInput) {
    if (subjectInput.value.trim()) subjectResult = 'kept';
    else {
      subjectInput.focus();
      // insertText goes through the page's own input handling (Outlook's framework ignores a bare value change).
      if (!insertText(subject) || subjectInput.value !== subject) {
        subjectInput.value = subject;
        subjectInput.dispatchEvent(new Event('input', { bubbles: true }));
        subjectInput.dispatchEvent(new Event('change', { bubbles: true }));
      }
      subjectResult = 'filled';
    }
  }
  target.focus();
  // insertText keeps the site's own undo history and formatting; the text is inserted as text, never as markup.
  const ok = insertText(body);
  if (!ok) target.append(document.createTextNode(body));
  return { inserted: true, subject: subjectResult };
}

export async function insertMessage(tabId: number, subject: string, body: string): Promise<{ inserted: true; subject: SubjectResult }> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  if (!isComposeSite(url)) throw new ComposeError('Open a Gmail or Outlook compose window in this tab first.');
  if (!(await canInsertInto(url))) throw new ComposeError('Allow Segue on this mail site in the dashboard (Settings → Site permissions) to insert messages.');
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: insertIntoCompose, args: [subject, body] });
  const value = result?.result as ReturnType<typeof insertIntoCompose> | undefined;
  if (!value?.inserted) throw new ComposeError('No open compose box found. Click Compose or Reply, then try again.');
  return { inserted: true, subject: value.subject };
}
