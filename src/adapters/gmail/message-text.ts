// The text of a message body as the reader sees it, with line breaks where block elements and <br> put them.
// Reads text nodes only (never innerHTML), walks without recursion and within fixed budgets. Shared by the Gmail
// and Outlook adapters.
import { LIMITS } from '../shared/limits';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'BUTTON']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'TBODY', 'THEAD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ADDRESS', 'HR', 'TD', 'TH', 'DT', 'DD', 'CENTER',
]);
const MAX_BODY_CHARS = 50_000;

export interface MessageTextOptions {
  /** Subtrees skipped entirely (quoted history, hidden previews). */
  exclude?: readonly string[];
  /** Reaching an element matching one of these ends the text: everything after it is quoted history. */
  stopAt?: readonly string[];
}

export function messageText(root: Element | null | undefined, options: MessageTextOptions = {}): string {
  if (!root) return '';
  const lines: string[] = [];
  let line = '';
  let chars = 0;
  let visited = 0;
  let quoteDepth = 0;
  const breakLine = (): void => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    // Text inside <blockquote> is quoted history: marked "> " like a plain-text reply, so the parser can cut it.
    lines.push(quoteDepth > 0 ? `${'> '.repeat(quoteDepth)}${text}`.trimEnd() : text);
    line = '';
  };

  // A block element breaks the line where it starts and where it ends.
  const leave = (left: Node, descended: boolean): void => {
    if (left.nodeType !== 1) return;
    const tag = (left as Element).tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag) && line.trim()) breakLine();
    if (tag === 'BLOCKQUOTE' && descended) quoteDepth = Math.max(0, quoteDepth - 1);
  };
  let node: Node | null = root.firstChild;
  while (node && visited < LIMITS.maxWalkElements && chars < MAX_BODY_CHARS) {
    visited++;
    let descend = false;
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      line += value;
      chars += value.length;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (matchesAny(el, options.stopAt)) break;
      if (tag === 'BR') {
        breakLine();
      } else if (!SKIPPED_TAGS.has(tag) && !isHidden(el) && !matchesAny(el, options.exclude)) {
        if (BLOCK_TAGS.has(tag) && line.trim()) breakLine();
        descend = el.firstChild !== null;
        if (descend && tag === 'BLOCKQUOTE') quoteDepth++;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    leave(node, false);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node, true);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  if (line.trim()) breakLine();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function matchesAny(el: Element, selectors: readonly string[] | undefined): boolean {
  if (!selectors) return false;
  for (const selector of selectors) {
    try {
      if (el.matches(selector)) return true;
    } catch {
      // an invalid selector in the data list matches nothing
    }
  }
  return false;
}

/** Hidden by attribute or inline style (marketing preheaders, Gmail's collapsed "…" content stays visible). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
