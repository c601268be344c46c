// schema.org Person (as JSON-LD, or microdata / RDFa converted to the same shape) to a person's fields.
import type { PartialPerson } from '../../domain/extraction';
import type { PhoneLabel } from '../../domain/prospect';
import { LIMITS } from './limits';
import { PersonBuilder } from './person-builder';
import { cleanText } from './text';

export type SchemaNode = Record<string, unknown>;

export function isObject(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The bare type names of a node: "http://schema.org/Person", "schema:Person" and "Person" all give "Person". */
export function typesOf(node: SchemaNode): string[] {
  return asArray(node['@type'] ?? node['type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().replace(/^.*[/#:]/, ''));
}

export function hasType(node: SchemaNode, ...names: string[]): boolean {
  return typesOf(node).some((t) => names.includes(t));
}

/** A property's value with the vocabulary prefix tolerated ("schema:name", "name"). */
export function prop(node: SchemaNode, name: string): unknown {
  if (name in node) return node[name];
  for (const key of Object.keys(node)) {
    if (key.replace(/^.*[/#:]/, '') === name) return node[key];
  }
  return undefined;
}

/** The first plain text among a value, an array, a {"@value"} literal or a {name} object. */
export function firstText(value: unknown): string {
  for (const item of asArray(value)) {
    if (typeof item === 'string' || typeof item === 'number') {
      const text = cleanText(item, LIMITS.maxTextChars);
      if (text) return text;
    } else if (isObject(item)) {
      const literal = item['@value'] ?? prop(item, 'name');
      if (typeof literal === 'string' && cleanText(literal)) return cleanText(literal, LIMITS.maxTextChars);
    }
  }
  return '';
}

/** URLs among strings, {url}, {contentUrl}, {"@id"} objects. */
export function urlsOf(value: unknown): string[] {
  const out: string[] = [];
  for (const item of asArray(value)) {
    if (typeof item === 'string') out.push(item);
    else if (isObject(item)) {
      const url = prop(item, 'contentUrl') ?? prop(item, 'url') ?? item['@id'] ?? item['@value'];
      for (const inner of asArray(url)) if (typeof inner === 'string') out.push(inner);
    }
  }
  return out;
}

/** Reads a schema.org Person node into a person's fields. `resolve` follows {"@id"} references. */
export function mapSchemaPerson(node: SchemaNode, base: URL, resolve: (value: unknown) => unknown = (v) => v): PartialPerson {
  const b = new PersonBuilder(base);
  const get = (name: string) => {
    const value = prop(node, name);
    return Array.isArray(value) ? value.map(resolve) : resolve(value);
  };

  const name = firstText(get('name'));
  const given = firstText(get('givenName'));
  const family = firstText(get('familyName'));
  if (name) b.text('fullName', name);
  else if (given && family) b.text('fullName', `${given} ${family}`);
  // A givenName with no familyName and no name is ambiguous (X writes the display name there): keep it whole.
  else if (given) b.text('fullName', given);
  if (given && family) {
    b.text('firstName', given).text('lastName', family);
  } else if (family) b.text('lastName', family);
  b.text('namePrefix', firstText(get('honorificPrefix')));
  b.text('nameSuffix', firstText(get('honorificSuffix')));

  b.text('title', firstText(get('jobTitle')));
  b.text('headline', firstText(get('description')));

  for (const org of currentOrganizations(get('worksFor'), resolve)) {
    if (typeof org === 'string') {
      b.text('company', org);
    } else if (isObject(org)) {
      b.text('company', firstText(prop(org, 'name')) || firstText(prop(org, 'legalName')));
      for (const url of [...urlsOf(prop(org, 'url')), ...urlsOf(prop(org, 'sameAs'))]) b.companyWebsite(url);
    }
    if (b.person.company) break;
  }

  for (const place of [get('address'), get('homeLocation'), get('workLocation')]) {
    readPlace(b, place, resolve);
    if (b.person.location) break;
  }

  for (const email of asArray(get('email'))) b.email(typeof email === 'string' ? email : firstText(email));
  for (const phone of asArray(get('telephone'))) b.phone(typeof phone === 'string' ? phone : firstText(phone));
  for (const fax of asArray(get('faxNumber'))) b.phone(typeof fax === 'string' ? fax : firstText(fax), 'fax');
  for (const point of asArray(get('contactPoint')).map(resolve)) {
    if (!isObject(point)) continue;
    const label = contactLabel(firstText(prop(point, 'contactType')));
    for (const email of asArray(prop(point, 'email'))) b.email(firstText(email) || email);
    for (const phone of asArray(prop(point, 'telephone'))) b.phone(firstText(phone) || phone, label);
  }

  for (const url of urlsOf(get('sameAs'))) b.profile(url);
  for (const url of urlsOf(get('url'))) b.link(url);
  for (const url of urlsOf(get('image'))) {
    b.photo(url);
    if (b.person.photo) break;
  }
  return b.person;
}

/** worksFor entries, current ones first (LinkedIn lists past employers with an OrganizationRole endDate). */
function currentOrganizations(value: unknown, resolve: (value: unknown) => unknown): unknown[] {
  const orgs = asArray(value).map(resolve);
  const ended = (org: unknown) => {
    if (!isObject(org)) return false;
    const member = prop(org, 'member');
    return asArray(member).some((role) => isObject(role) && Boolean(prop(role, 'endDate')));
  };
  return [...orgs.filter((o) => !ended(o)), ...orgs.filter(ended)];
}

function readPlace(b: PersonBuilder, value: unknown, resolve: (value: unknown) => unknown, depth = 0): void {
  if (depth > 3) return;
  for (const item of asArray(value).map(resolve)) {
    if (typeof item === 'string') {
      b.location(item);
    } else if (isObject(item)) {
      const address = resolve(prop(item, 'address'));
      if (hasType(item, 'Place') && address !== undefined) {
        readPlace(b, address, resolve, depth + 1);
        if (b.person.location) return;
      }
      const city = firstText(prop(item, 'addressLocality'));
      const region = firstText(prop(item, 'addressRegion'));
      const country = firstText(prop(item, 'addressCountry'));
      if (city || region || country) b.location({ city, region, country });
      else b.location(firstText(prop(item, 'name')) || undefined);
    }
    if (b.person.location) return;
  }
}

function contactLabel(contactType: string): PhoneLabel | undefined {
  const type = contactType.toLowerCase();
  if (/mobile|cell/.test(type)) return 'mobile';
  if (/fax/.test(type)) return 'fax';
  if (/home/.test(type)) return 'home';
  if (/direct/.test(type)) return 'direct';
  if (type) return 'office';
  return undefined;
}
