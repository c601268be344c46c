// Layer 3: microformats h-card (and classic vcard), read with microformats-parser.
//
// microformats-parser parses an HTML *string* with parse5; it cannot read a live DOM. Serialising the whole
// document (documentElement.outerHTML) would hand it multi-megabyte pages (LinkedIn ships MBs of JSON blobs) and
// re-parse all of it inside the visited page. So only the top-level h-card/vcard elements are serialised, wrapped
// in a minimal document, capped at LIMITS.maxHCardHtmlChars. (itemref/include references to elements outside a
// card are lost by this; they are rare on person cards.) The parser recurses over the tree, so a pathological
// nesting throws a RangeError that the pipeline catches as a layer error.
//
// Which cards count: an h-card that is itself a property of another microformat (p-author h-card in an h-entry,
// p-org h-card) is not the page's subject. A card whose name equals its org is an organization card, skipped.
import { mf2 } from 'microformats-parser';
import type { LayerOutput, PartialPerson } from '../../domain/extraction';
import { inComments } from '../shared/comments';
import { closestWithin, queryAll } from '../shared/dom';
import { LIMITS } from '../shared/limits';
import { PersonBuilder, filledFields } from '../shared/person-builder';
import { normalizeKey } from '../../domain/prospect';

type Mf2Root = ReturnType<typeof mf2>['items'][number];
type Mf2Value = Mf2Root['properties'][string][number];

export const H_CARD_SELECTOR = '.h-card, .vcard';

export function extract(doc: Document, url: URL): LayerOutput {
  const notes: string[] = [];
  const cards = queryAll(doc, H_CARD_SELECTOR, 500).filter((el) => {
    const parent = el.parentElement;
    if (parent && closestWithin(parent, H_CARD_SELECTOR, 200)) return false; // nested in another card
    const classes = (el.getAttribute('class') ?? '').split(/\s+/);
    if (classes.some((c) => /^(p|u|e|dt)-/.test(c) || c === 'author' || c === 'reviewer')) return false;
    // A commenter ("comment-author vcard" in WordPress's comment list) is not who the page is about.
    return !inComments(el);
  });
  const people: PartialPerson[] = [];
  if (cards.length) {
    let html = '';
    for (const card of cards) {
      const outer = card.outerHTML;
      if (html.length + outer.length > LIMITS.maxHCardHtmlChars) {
        notes.push(`h-card HTML over ${LIMITS.maxHCardHtmlChars} characters: later cards skipped`);
        break;
      }
      html += outer;
    }
    if (html) {
      const parsed = mf2(`<!doctype html><html><head></head><body>${html}</body></html>`, { baseUrl: url.href });
      for (const item of parsed.items.slice(0, LIMITS.maxPeople)) {
        if (!(item.type ?? []).includes('h-card')) continue;
        const person = mapHCard(item, url);
        if (person) people.push(person);
      }
    }
  }
  return {
    people,
    ...(people.length === 1 ? { mainIndex: 0 } : {}),
    report: {
      layer: 'h-card',
      people: people.length,
      fields: filledFields(people),
      ...(people.length ? {} : { missed: [H_CARD_SELECTOR] }),
      ...(notes.length ? { notes } : {}),
    },
  };
}

function text(value: Mf2Value | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if ('html' in value) return value.value;
  if ('properties' in value) return typeof value.value === 'string' ? value.value : text(value.properties.name?.[0] as Mf2Value | undefined);
  if ('alt' in value || 'value' in value) return value.value ?? '';
  return '';
}

function all(item: Mf2Root, key: string): Mf2Value[] {
  return item.properties[key] ?? [];
}

function first(item: Mf2Root, ...keys: string[]): string {
  for (const key of keys) {
    for (const value of all(item, key)) {
      const t = text(value).trim();
      if (t) return t;
    }
  }
  return '';
}

function mapHCard(item: Mf2Root, url: URL): PartialPerson | null {
  const b = new PersonBuilder(url);
  const name = first(item, 'name');
  const given = first(item, 'given-name');
  const family = first(item, 'family-name');
  b.text('fullName', name || [given, family].filter(Boolean).join(' '));
  b.text('firstName', given).text('lastName', family);
  b.text('namePrefix', first(item, 'honorific-prefix'));
  b.text('nameSuffix', first(item, 'honorific-suffix'));
  b.text('title', first(item, 'job-title', 'title', 'role'));
  b.text('headline', first(item, 'note'));

  for (const org of all(item, 'org')) {
    if (typeof org === 'object' && 'properties' in org) {
      b.text('company', text(org));
      for (const u of org.properties.url ?? []) b.companyWebsite(text(u));
    } else b.text('company', text(org));
    if (b.person.company) break;
  }
  // An organization's own card: its name is its org (or it has no person-like name parts and an org only).
  if (b.person.fullName && b.person.company && normalizeKey(b.person.fullName) === normalizeKey(b.person.company)) return null;

  for (const e of all(item, 'email')) b.email(text(e));
  for (const t of all(item, 'tel')) b.phone(text(t));
  for (const u of all(item, 'url')) b.link(text(u));
  for (const p of all(item, 'photo')) b.photo(text(p));

  const adr = all(item, 'adr').find((a): a is Mf2Root => typeof a === 'object' && 'properties' in a);
  const city = first(item, 'locality') || (adr ? first(adr, 'locality') : '');
  const region = first(item, 'region') || (adr ? first(adr, 'region') : '');
  const country = first(item, 'country-name') || (adr ? first(adr, 'country-name') : '');
  if (city || region || country) b.location({ city, region, country });
  else b.location(first(item, 'label', 'adr', 'location') || undefined);

  if (!b.person.fullName && !b.person.emails?.length && !b.person.phones?.length) return null;
  return b.person;
}
