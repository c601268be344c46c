// X / Twitter profiles. Prefers the ProfilePage JSON-LD X embeds, read with X's quirks: the display name is in
// `givenName` (not a first name), the handle in `additionalName`, the bio in `description`. Falls back to the
// data-testid elements of the rendered profile.
import type { LayerOutput } from '../../domain/extraction';
import { parseLenientJson } from '../json-ld/lenient-json';
import { firstMatching, queryAll } from '../shared/dom';
import { LIMITS } from '../shared/limits';
import { PersonBuilder, filledFields } from '../shared/person-builder';
import { asArray, firstText, hasType, isObject, prop, urlsOf, type SchemaNode } from '../shared/schema-person';
import { emailsInText, textOf } from '../shared/text';
import { hostOf } from '../shared/urls';
import { xHandle, xPostAuthor } from './detect';
import { X_POST_SELECTORS, X_SELECTORS } from './selectors';

const SHORTENER = /^t\.co$/i;
/** "Name (@handle) on X", "Name (@handle) / X", "Name (@handle) / Twitter". */
const HEAD_TITLE = /^(.+?)\s*\(@([A-Za-z0-9_]{1,15})\)\s*(?:on X|on Twitter|\/\s*X|\/\s*Twitter)?\s*$/;
/** Emoji and pictographs people add to display names ("Priya 🛰️"). */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;
/** A post's head: "Name on X: “…”", "Name on Twitter: \"…\"". */
const POST_TITLE = /^(.+?)\s+on\s+(?:X|Twitter)\s*:\s*["“]/;

export function extract(doc: Document, url: URL): LayerOutput {
  const author = xPostAuthor(url);
  if (author) return extractPost(doc, url, author);
  const b = new PersonBuilder(url);
  const missed: string[] = [];
  const handle = xHandle(url);
  const selectors: Record<string, string | null> = {};
  const find = (name: keyof typeof X_SELECTORS, limit = 1) => {
    const found = firstMatching(doc, X_SELECTORS[name], limit);
    selectors[name] = found?.selector ?? null;
    return found;
  };

  const person = schemaPerson(doc);
  selectors.schema = person ? X_SELECTORS.schema[0]! : null;
  if (person) {
    b.text('fullName', firstText(prop(person, 'name')) || firstText(prop(person, 'givenName')));
    b.text('headline', firstText(prop(person, 'description')));
    const home = prop(person, 'homeLocation');
    b.location(firstText(isObject(home) ? prop(home, 'name') : home) || undefined);
    for (const image of urlsOf(prop(person, 'image'))) b.photo(image);
    for (const link of [...urlsOf(prop(person, 'relatedLink')), ...urlsOf(prop(person, 'sameAs'))]) {
      if (!SHORTENER.test(hostOf(link) ?? '')) b.link(link);
    }
  } else missed.push(...X_SELECTORS.schema);

  const nameBlock = find('userName')?.elements[0];
  if (nameBlock) {
    const parts = queryAll(nameBlock, '[dir="ltr"], span', 40).map((el) => textOf(el)).filter(Boolean);
    const display = parts.find((text) => !text.startsWith('@'));
    if (display) b.text('fullName', display);
  } else missed.push(...X_SELECTORS.userName);
  const description = find('description')?.elements[0];
  if (description) b.text('headline', textOf(description, 500));
  for (const email of emailsInText(b.person.headline ?? '')) b.email(email);
  const location = find('location')?.elements[0];
  if (location) b.location(textOf(location));
  const link = find('url')?.elements[0];
  if (link) {
    const href = link.getAttribute('href') ?? '';
    // The href is a t.co redirect; the visible text is the real (shortened-for-display) address.
    // A text cut with "…" is only sure up to its host.
    const text = textOf(link);
    const shown = text.endsWith('…') ? text.replace(/^(https?:\/\/)?([^/]+).*$/i, '$2') : text;
    if (SHORTENER.test(hostOf(href) ?? '') || !href) b.link(/^https?:\/\//i.test(shown) ? shown : `https://${shown}`);
    else b.link(href);
  }
  const avatar = find('avatar')?.elements[0];
  if (avatar) b.photo(avatar.getAttribute('src'));
  if (!b.person.fullName) fromHead(doc, handle, b, find);

  if (handle) b.profileAs('x', `https://x.com/${handle}`);
  const found = Boolean(b.person.fullName);
  const people = found ? [b.person] : [];
  return {
    people,
    ...(found ? { mainIndex: 0 } : {}),
    report: { layer: 'x', people: people.length, fields: filledFields(people), selectors, ...(found ? {} : { missed }) },
  };
}

/**
 * The server-rendered head: the display name from "Name (@handle) on X", when the handle is this page's; the bio
 * and avatar from og:description and og:image. Emoji are left out of the name.
 */
function fromHead(
  doc: Document,
  handle: string | null,
  b: PersonBuilder,
  find: (name: 'metaTitle' | 'metaDescription' | 'metaImage') => { selector: string; elements: Element[] } | null,
): void {
  const titleEl = find('metaTitle')?.elements[0];
  const title = titleEl ? (titleEl.tagName === 'TITLE' ? textOf(titleEl) : titleEl.getAttribute('content') ?? '') : '';
  const match = HEAD_TITLE.exec(title.trim());
  if (!match || (handle && match[2]!.toLowerCase() !== handle.toLowerCase())) return;
  const display = match[1]!.replace(PICTOGRAPHS, '').replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(display)) return;
  b.text('fullName', display);
  const description = find('metaDescription')?.elements[0]?.getAttribute('content');
  if (description) b.text('headline', description);
  const image = find('metaImage')?.elements[0]?.getAttribute('content');
  if (image) b.photo(image);
}

/** The Person of the ProfilePage JSON-LD (mainEntity, or author in X's older markup). */
function schemaPerson(doc: Document): SchemaNode | null {
  const found = firstMatching(doc, X_SELECTORS.schema, 10);
  for (const script of found?.elements ?? []) {
    const text = script.textContent ?? '';
    if (text.length > LIMITS.maxJsonLdChars) continue;
    for (const value of parseLenientJson(text).values) {
      for (const node of asArray(value)) {
        if (!isObject(node) || !hasType(node, 'ProfilePage')) continue;
        for (const key of ['mainEntity', 'author']) {
          const candidate = prop(node, key);
          if (isObject(candidate) && hasType(candidate, 'Person')) return candidate;
        }
      }
    }
  }
  return null;
}

/**
 * A single post: its author, whose handle is in the address. The name is read from the author's own post (the first
 * post by that handle: replies and the signed-in user's card are other people), else from the page's head.
 */
function extractPost(doc: Document, url: URL, author: string): LayerOutput {
  const b = new PersonBuilder(url);
  const selectors: Record<string, string | null> = { post: null, authorName: null, metaTitle: null };
  const same = (handle: string | null | undefined) => Boolean(handle) && handle!.toLowerCase() === author.toLowerCase();
  const posts = firstMatching(doc, X_POST_SELECTORS.post, 50);
  selectors.post = posts?.selector ?? null;
  let name = '';
  for (const post of posts?.elements ?? []) {
    // Legacy permalink: data-screen-name / data-name on the post itself.
    if (same(post.getAttribute('data-screen-name')) && post.getAttribute('data-name')) {
      name = post.getAttribute('data-name')!;
      selectors.authorName = 'data-name';
      break;
    }
    const block = firstMatching(post, X_POST_SELECTORS.authorName, 1);
    const links = block ? queryAll(block.elements[0]!, 'a[href]', 10).filter((a) => same(a.getAttribute('href')?.replace(/^\/+|\/+$/g, ''))) : [];
    const display = links.map((a) => textOf(a)).find((text) => text && !text.startsWith('@'));
    if (display) {
      name = display;
      selectors.authorName = block!.selector;
      break;
    }
  }
  if (!name) {
    const titleEl = firstMatching(doc, X_POST_SELECTORS.metaTitle, 1);
    const title = titleEl ? (titleEl.elements[0]!.tagName === 'TITLE' ? textOf(titleEl.elements[0]) : titleEl.elements[0]!.getAttribute('content') ?? '') : '';
    const match = POST_TITLE.exec(title.trim());
    if (match) {
      name = match[1]!;
      selectors.metaTitle = titleEl!.selector;
    }
  }
  const display = name.replace(PICTOGRAPHS, '').replace(/\s+/g, ' ').trim();
  if (/\p{L}/u.test(display)) b.text('fullName', display);
  b.profileAs('x', `https://x.com/${author}`);
  const found = Boolean(b.person.fullName);
  const people = found ? [b.person] : [];
  const missed = found ? [] : [...X_POST_SELECTORS.post, ...X_POST_SELECTORS.authorName, ...X_POST_SELECTORS.metaTitle];
  return {
    people,
    ...(found ? { mainIndex: 0 } : {}),
    report: { layer: 'x', people: people.length, fields: filledFields(people), selectors, ...(found ? {} : { missed }) },
  };
}
