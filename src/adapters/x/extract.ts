// X / Twitter profiles. Prefers the ProfilePage JSON-LD X embeds, read with X's quirks: the display name is in
// `givenName` (not a first name), the handle in `additionalName`, the bio in `description`. Falls back to the
// data-testid elements of the rendered profile.
import type { LayerOutput } from '../../domain/extraction';
import { parseLenientJson } from '../json-ld/lenient-json';
import { firstMatching, queryAll } from '../shared/dom';
import { LIMITS } from '../shared/limits';
import { PersonBuilder, filledFields } from '../shared/person-builder';
import { asArray, firstText, hasType, isObject, prop, urlsOf, type SchemaNode } from '../shared/schema-person';
import { textOf } from '../shared/text';
import { hostOf } from '../shared/urls';
import { xHandle } from './detect';
import { X_SELECTORS } from './selectors';

const SHORTENER = /^t\.co$/i;

export function extract(doc: Document, url: URL): LayerOutput {
  const b = new PersonBuilder(url);
  const missed: string[] = [];
  const handle = xHandle(url);

  const person = schemaPerson(doc);
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

  const nameBlock = firstMatching(doc, X_SELECTORS.userName, 1)?.elements[0];
  if (nameBlock) {
    const parts = queryAll(nameBlock, '[dir="ltr"], span', 40).map((el) => textOf(el)).filter(Boolean);
    const display = parts.find((text) => !text.startsWith('@'));
    if (display) b.text('fullName', display);
  } else missed.push(...X_SELECTORS.userName);
  const description = firstMatching(doc, X_SELECTORS.description, 1)?.elements[0];
  if (description) b.text('headline', textOf(description, 500));
  const location = firstMatching(doc, X_SELECTORS.location, 1)?.elements[0];
  if (location) b.location(textOf(location));
  const link = firstMatching(doc, X_SELECTORS.url, 1)?.elements[0];
  if (link) {
    const href = link.getAttribute('href') ?? '';
    // The href is a t.co redirect; the visible text is the real (shortened-for-display) address.
    // A text cut with "…" is only sure up to its host.
    const text = textOf(link);
    const shown = text.endsWith('…') ? text.replace(/^(https?:\/\/)?([^/]+).*$/i, '$2') : text;
    if (SHORTENER.test(hostOf(href) ?? '') || !href) b.link(/^https?:\/\//i.test(shown) ? shown : `https://${shown}`);
    else b.link(href);
  }
  const avatar = firstMatching(doc, X_SELECTORS.avatar, 1)?.elements[0];
  if (avatar) b.photo(avatar.getAttribute('src'));

  if (handle) b.profileAs('x', `https://x.com/${handle}`);
  const found = Boolean(b.person.fullName);
  const people = found ? [b.person] : [];
  return {
    people,
    ...(found ? { mainIndex: 0 } : {}),
    report: { layer: 'x', people: people.length, fields: filledFields(people), ...(found ? {} : { missed }) },
  };
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
