// Microdata and RDFa both attach properties to elements inside an item element; this reads one item into the
// JSON-LD-like shape schema-person.ts understands. Bounded: nested items at most LIMITS.maxDepth levels, and the
// owner of each property is found by walking up, never by recursion over the page.
import { walkMatching, closestWithin } from './dom';
import { LIMITS } from './limits';
import type { SchemaNode } from './schema-person';
import { textOf } from './text';

export interface ItemSyntax {
  /** Selector of elements that start an item (itemscope, [typeof]). */
  itemSelector: string;
  /** The property names an element carries ("itemprop" or "property"), or []. */
  propertyNames: (el: Element) => string[];
  /** The item's types. */
  types: (el: Element) => string[];
  /** An element's literal value when it is not a nested item. */
  literal: (el: Element) => string;
}

export function readItem(root: Element, syntax: ItemSyntax, depth = 0): SchemaNode {
  const node: SchemaNode = { '@type': syntax.types(root) };
  if (depth > Math.min(LIMITS.maxDepth, 6)) return node;
  const holders = walkMatching(root, (el) => syntax.propertyNames(el).length > 0, 500);
  for (const el of holders) {
    // Properties belong to the nearest enclosing item, not to this one when an item sits in between.
    const owner = el.parentElement ? closestWithin(el.parentElement, syntax.itemSelector, 200) : null;
    if (owner !== root) continue;
    const isItem = safeMatches(el, syntax.itemSelector);
    const value: unknown = isItem ? readItem(el, syntax, depth + 1) : syntax.literal(el);
    if (value === '') continue;
    for (const name of syntax.propertyNames(el)) {
      const existing = node[name];
      if (existing === undefined) node[name] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else node[name] = [existing, value];
    }
  }
  return node;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

const URL_ATTRIBUTE: Record<string, string> = {
  A: 'href', AREA: 'href', LINK: 'href', IMG: 'src', AUDIO: 'src', VIDEO: 'src', SOURCE: 'src', IFRAME: 'src',
  EMBED: 'src', TRACK: 'src', OBJECT: 'data',
};

/** The microdata value of an element (HTML spec "itemprop value"), as text. */
export function microdataValue(el: Element): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return el.getAttribute('content') ?? '';
  const urlAttribute = URL_ATTRIBUTE[tag];
  if (urlAttribute) return el.getAttribute(urlAttribute) ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? textOf(el, LIMITS.maxTextChars);
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value') ?? '';
  return textOf(el, LIMITS.maxTextChars);
}
