// The open Gmail conversation: the newest message not sent by the user, its sender from the header and the rest
// from the signature in its body.
import type { LayerOutput } from '../../domain/extraction';
import type { ThreadMessage } from '../../domain/email/thread';
import { closestWithin, firstMatching, queryAll } from '../shared/dom';
import { senderFromText } from '../shared/from-line';
import { cleanText } from '../shared/text';
import { threadToLayerOutput, type EmailExtractOptions } from './email-layer';
import { messageText } from './message-text';
import { GMAIL_SELECTORS } from './selectors';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/;
const MAX_MESSAGES = 300;

export function extract(doc: Document, _url: URL, options: EmailExtractOptions = {}): LayerOutput {
  const missed: string[] = [];
  const threadFound = firstMatching(doc, GMAIL_SELECTORS.thread, 1);
  const root = threadFound?.elements[0] ?? doc.documentElement;
  const found = firstMatching(root, GMAIL_SELECTORS.message, MAX_MESSAGES);
  const selectors: Record<string, string | null> = { thread: threadFound?.selector ?? null, message: found?.selector ?? null };
  if (!found) missed.push(...GMAIL_SELECTORS.message);
  // Without the message containers, each sender element anywhere in the view stands for its message.
  const containers = found ? outermost(found.elements) : looseSenders(root).map((el) => containerOf(el));

  const messages: ThreadMessage[] = [];
  for (const container of containers) {
    const senderFound = firstMatching(container, GMAIL_SELECTORS.sender, 20);
    const senderEl = senderFound?.elements.find((el) => !isRecipient(el) && !insideBody(el, container));
    selectors.sender ??= senderEl ? senderFound!.selector : null;
    if (!senderEl) continue;
    const email = emailOf(senderEl);
    const name = cleanText(senderEl.getAttribute('name') ?? '') || cleanText(senderEl.textContent ?? '');
    const bodyEl = firstMatching(container, GMAIL_SELECTORS.body, 1)?.elements[0];
    const body = bodyEl ? messageText(bodyEl) : '';
    messages.push({
      sender: { ...(name && name !== email ? { name } : {}), ...(email ? { email } : {}) },
      ...(body ? { body } : {}),
    });
  }
  if (found && messages.length === 0) missed.push(...GMAIL_SELECTORS.sender);
  // Last, a sender written only as a "From:" line in the text of the view.
  const fromText = messages.length === 0 ? senderFromText(messageText(root)) : undefined;
  selectors.fromLine = fromText ? 'text' : null;
  if (fromText) messages.push({ sender: fromText.sender, ...(fromText.rest.trim() ? { body: fromText.rest } : {}) });
  return threadToLayerOutput('gmail', messages, options.userEmail ?? accountEmail(doc), messages.length ? [] : missed, selectors);
}

/** Sender elements anywhere under `root`, not recipients and not inside a message body (where they could be forged). */
function looseSenders(root: Element): Element[] {
  const found = firstMatching(root, GMAIL_SELECTORS.sender, MAX_MESSAGES)?.elements ?? [];
  return found.filter((el) => !isRecipient(el) && !closestWithin(el, GMAIL_SELECTORS.body.join(', ')) && !closestWithin(el, GMAIL_SELECTORS.listRow.join(', ')));
}

/** The smallest ancestor of a loose sender element that also holds a message body, else the element's parent. */
function containerOf(sender: Element): Element {
  let current: Element | null = sender.parentElement;
  for (let up = 0; current && up < 8; up++, current = current.parentElement) {
    if (firstMatching(current, GMAIL_SELECTORS.body, 1)) return current;
  }
  return sender.parentElement ?? sender;
}

function isRecipient(el: Element): boolean {
  return GMAIL_SELECTORS.recipient.some((selector) => closestWithin(el, selector, 3) !== null);
}

function insideBody(el: Element, container: Element): boolean {
  const body = closestWithin(el, GMAIL_SELECTORS.body.join(', '));
  return body !== null && container.contains(body) && body !== container;
}

/** The signed-in user's address: the account button's label, an element's data-email, or the document title. */
export function accountEmail(doc: Document): string | undefined {
  for (const selector of GMAIL_SELECTORS.account) {
    for (const el of queryAll(doc, selector, 5)) {
      const value = el.getAttribute('data-email') ?? el.getAttribute('aria-label') ?? '';
      const match = EMAIL.exec(value);
      if (match) return match[0].toLowerCase();
    }
  }
  const title = /\s-\s([^\s]+@[^\s]+)\s-\s/.exec(doc.title ?? '');
  return title ? title[1]!.toLowerCase() : undefined;
}

function emailOf(el: Element): string | undefined {
  const value = el.getAttribute('email') ?? el.getAttribute('data-hovercard-id') ?? '';
  const match = EMAIL.exec(value) ?? EMAIL.exec(el.textContent ?? '');
  return match ? match[0].toLowerCase() : undefined;
}

/** Drops matches nested inside another match (div.kQ groups can wrap div.kv summaries). */
function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
