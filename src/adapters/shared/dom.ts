// Querying the page without trusting it: native selectors first, a bounded walk when the page is pathological.
import { LIMITS } from './limits';

/**
 * All elements under `root` matching `selector`, at most `limit`. Uses querySelectorAll; if that throws (an invalid
 * selector, or a DOM implementation that recurses and overflows on a 10,000-deep page) it falls back to a
 * non-recursive walk over at most LIMITS.maxWalkElements elements.
 */
export function queryAll(root: ParentNode, selector: string, limit = 1_000): Element[] {
  try {
    const found = root.querySelectorAll(selector);
    const out: Element[] = [];
    for (let i = 0; i < found.length && out.length < limit; i++) out.push(found[i]!);
    return out;
  } catch {
    return walkMatching(root, (el) => safeMatches(el, selector), limit);
  }
}

export function queryFirst(root: ParentNode, selector: string): Element | null {
  return queryAll(root, selector, 1)[0] ?? null;
}

/** The first selector of the list that matches, with its elements; the list order is the order of preference. */
export function firstMatching(root: ParentNode, selectors: readonly string[], limit = 1_000): { selector: string; elements: Element[] } | null {
  for (const selector of selectors) {
    const elements = queryAll(root, selector, limit);
    if (elements.length) return { selector, elements };
  }
  return null;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Elements under `root` for which `test` holds, in document order, found without recursion and within a budget. */
export function walkMatching(root: ParentNode, test: (el: Element) => boolean, limit = 1_000): Element[] {
  const out: Element[] = [];
  const start = (root as Element | Document).firstElementChild;
  let el: Element | null = start ?? null;
  let visited = 0;
  while (el && visited < LIMITS.maxWalkElements && out.length < limit) {
    visited++;
    if (test(el)) out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      const parent: Element | null = el.parentElement;
      el = parent && parent !== root ? parent : null;
    }
    el = el ? el.nextElementSibling : null;
  }
  return out;
}

/** The nearest ancestor (or self) matching, walking up at most `maxUp` levels; never recursion. */
export function closestWithin(el: Element, selector: string, maxUp = 64): Element | null {
  let current: Element | null = el;
  for (let i = 0; current && i <= maxUp; i++) {
    if (safeMatches(current, selector)) return current;
    current = current.parentElement;
  }
  return null;
}
