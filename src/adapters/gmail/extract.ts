// The open Gmail conversation: the newest message not sent by the user, its sender from the header and the rest
// from the signature in its body.
import type { LayerOutput } from '../../domain/extraction';
import type { ThreadMessage } from '../../domain/email/thread';
import { firstMatching, queryAll } from '../shared/dom';
import { cleanText } from '../shared/text';
import { threadToLayerOutput, type EmailExtractOptions } from './email-layer';
import { messageText } from './message-text';
import { GMAIL_SELECTORS } from './selectors';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/;
const MAX_MESSAGES = 300;

export function extract(doc: Document, _url: URL, options: EmailExtractOptions = {}): LayerOutput {
  const missed: string[] = [];
  const root = firstMatching(doc, GMAIL_SELECTORS.thread, 1)?.elements[0] ?? doc.documentElement;
  const found = firstMatching(root, GMAIL_SELECTORS.message, MAX_MESSAGES);
  if (!found) missed.push(...GMAIL_SELECTORS.message);
  const containers = outermost(found?.elements ?? []);

  const messages: ThreadMessage[] = [];
  for (const container of containers) {
    const senderEl = firstMatching(container, GMAIL_SELECTORS.sender, 1)?.elements[0];
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
  return threadToLayerOutput('gmail', messages, options.userEmail ?? accountEmail(doc), missed);
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
