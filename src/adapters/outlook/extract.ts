// The open Outlook conversation: the newest message not sent by the user, its sender from the header and the rest
// from the signature in its body.
import type { LayerOutput } from '../../domain/extraction';
import type { ThreadMessage } from '../../domain/email/thread';
import { threadToLayerOutput, type EmailExtractOptions } from '../gmail/email-layer';
import { messageText } from '../gmail/message-text';
import { closestWithin, firstMatching, queryAll } from '../shared/dom';
import { senderFromText } from '../shared/from-line';
import { cleanText } from '../shared/text';
import { OUTLOOK_SELECTORS } from './selectors';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/;
const MAX_MESSAGES = 300;

export function extract(doc: Document, _url: URL, options: EmailExtractOptions = {}): LayerOutput {
  const missed: string[] = [];
  const paneFound = firstMatching(doc, OUTLOOK_SELECTORS.pane, 1);
  const pane = paneFound?.elements[0] ?? doc.documentElement;
  const found = firstMatching(pane, OUTLOOK_SELECTORS.message, MAX_MESSAGES);
  const items = found ? outermost(found.elements) : [pane];
  const selectors: Record<string, string | null> = { pane: paneFound?.selector ?? null, message: found?.selector ?? null, sender: null, body: null };

  const messages: ThreadMessage[] = [];
  for (const item of items) {
    const sender = senderOf(item);
    if (!sender) continue;
    selectors.sender ??= sender.selector;
    const bodyFound = firstMatching(item, OUTLOOK_SELECTORS.body, 1);
    selectors.body ??= bodyFound?.selector ?? null;
    const body = bodyFound ? messageText(bodyFound.elements[0]!) : '';
    messages.push({ sender: sender.sender, ...(body ? { body } : {}) });
  }
  // Last, a sender written only as a "From:"/"Von:" line (a Word-generated body, a printed or unknown layout).
  const fromText = messages.length === 0 ? senderFromText(messageText(pane)) : undefined;
  selectors.fromLine = fromText ? 'text' : null;
  if (fromText) messages.push({ sender: fromText.sender, ...(fromText.rest.trim() ? { body: fromText.rest } : {}) });
  if (messages.length === 0) missed.push(...(found ? [] : OUTLOOK_SELECTORS.message), ...OUTLOOK_SELECTORS.sender);
  return threadToLayerOutput('outlook', messages, options.userEmail ?? accountEmail(doc), missed, selectors);
}

/** The signed-in user's address from the account manager. */
export function accountEmail(doc: Document): string | undefined {
  for (const selector of OUTLOOK_SELECTORS.account) {
    for (const el of queryAll(doc, selector, 5)) {
      const match = EMAIL.exec(`${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`);
      if (match) return match[0].toLowerCase();
    }
  }
  return undefined;
}

function senderOf(item: Element): { sender: { name?: string; email?: string }; selector: string } | undefined {
  for (const selector of OUTLOOK_SELECTORS.sender) {
    for (const el of queryAll(item, selector, 20)) {
      if (isRecipient(el, item) || firstMatching(el, OUTLOOK_SELECTORS.body, 1) || closestWithin(el, OUTLOOK_SELECTORS.body.join(', '))) continue;
      const title = el.getAttribute('title') ?? '';
      const text = cleanText(el.textContent ?? '');
      const email = (EMAIL.exec(title) ?? EMAIL.exec(text))?.[0].toLowerCase();
      // "Jane Doe<jane@x>" or "Jane Doe" with the address in the title.
      const name = cleanText(text.replace(/<[^>]*>?\s*$/, '').replace(EMAIL, '')) || (EMAIL.test(title) ? '' : cleanText(title));
      if (!email && !name) continue;
      return { sender: { ...(name ? { name } : {}), ...(email ? { email } : {}) }, selector };
    }
  }
  return undefined;
}

function isRecipient(el: Element, item: Element): boolean {
  for (let current: Element | null = el; current && current !== item; current = current.parentElement) {
    for (const selector of OUTLOOK_SELECTORS.recipients) {
      try {
        if (current.matches(selector)) return true;
      } catch {
        // invalid selector in the data list
      }
    }
  }
  return false;
}

function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
