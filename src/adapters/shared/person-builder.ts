// Accumulates one person's fields from a layer, cleaning and bounding each value as it goes.
import type { PartialPerson } from '../../domain/extraction';
import type { Location, PhoneLabel } from '../../domain/prospect';
import { normalizeLocation } from '../../domain/location';
import { LIMITS } from './limits';
import { cleanOptional, isSentence } from './text';
import { addProfile, cleanEmail, cleanPhoneText, companyDomainOf, profileNetwork, safeHttpUrl } from './urls';

type ScalarField = 'fullName' | 'firstName' | 'lastName' | 'namePrefix' | 'nameSuffix' | 'headline' | 'title' | 'company';

const MAX_CHARS: Record<ScalarField, number> = {
  fullName: LIMITS.nameChars,
  firstName: LIMITS.nameChars,
  lastName: LIMITS.nameChars,
  namePrefix: 40,
  nameSuffix: 60,
  headline: LIMITS.headlineChars,
  title: LIMITS.titleChars,
  company: LIMITS.titleChars,
};

const NAME_FIELDS: ReadonlySet<ScalarField> = new Set(['fullName', 'firstName', 'lastName']);

/**
 * A web address, host name, email address or path written alone ("ashgrove.example.net", "https://…", "ada@…",
 * a forum's "/members/ada.81656/"), or a page template's unfilled placeholder ("${name}", "{{ author.name }}").
 */
function isAddress(text: string): boolean {
  return /^(?:https?:\/\/|www\.|\/)/i.test(text) || /^[^\s@]+@[^\s@]+$/.test(text) || /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,24}\/?$/iu.test(text)
    || /\$\{|\{\{|\}\}/.test(text);
}

export class PersonBuilder {
  readonly person: PartialPerson = {};

  constructor(private readonly base?: URL) {}

  /** Sets a text field unless it already has a value. */
  text(field: ScalarField, value: unknown): this {
    if (this.person[field]) return this;
    const text = cleanOptional(value, MAX_CHARS[field]);
    // A title is a role, never a sentence ("I help B2B teams grow…"): such text belongs in the headline.
    if (text && field === 'title' && isSentence(text)) return this;
    // A name is never an address or a placeholder: blogs' author markup often names the author by the site or a login.
    if (text && NAME_FIELDS.has(field) && isAddress(text)) return this;
    if (text) this.person[field] = text;
    return this;
  }

  email(value: unknown): this {
    const email = cleanEmail(value);
    if (!email) return this;
    const emails = (this.person.emails ??= []);
    if (!emails.includes(email) && emails.length < 20) emails.push(email);
    return this;
  }

  phone(value: unknown, label?: PhoneLabel): this {
    const raw = cleanPhoneText(value);
    if (!raw) return this;
    const phones = (this.person.phones ??= []);
    const digits = raw.replace(/\D/g, '');
    if (phones.some((p) => p.number.replace(/\D/g, '') === digits) || phones.length >= 20) return this;
    phones.push(label ? { number: raw, raw, label } : { number: raw, raw });
    return this;
  }

  /** A URL that is either a social profile (filed by network) or the person's website. */
  link(value: unknown): this {
    const url = safeHttpUrl(value, this.base);
    if (!url) return this;
    if (profileNetwork(url)) return this.profile(url);
    return this.website(url);
  }

  profile(value: unknown): this {
    const profiles = (this.person.profiles ??= {});
    addProfile(profiles, value, this.base);
    if (!Object.keys(profiles).length) delete this.person.profiles;
    return this;
  }

  profileAs(network: string, value: unknown): this {
    const url = safeHttpUrl(value, this.base);
    if (!url) return this;
    const profiles = (this.person.profiles ??= {});
    if (!profiles[network]) profiles[network] = url;
    return this;
  }

  website(value: unknown): this {
    if (this.person.website) return this;
    const url = safeHttpUrl(value, this.base);
    if (url && !profileNetwork(url)) this.person.website = url;
    return this;
  }

  companyWebsite(value: unknown): this {
    if (this.person.companyDomain) return this;
    const domain = companyDomainOf(safeHttpUrl(value, this.base));
    if (domain) this.person.companyDomain = domain;
    return this;
  }

  photo(value: unknown): this {
    if (this.person.photo) return this;
    const url = safeHttpUrl(value, this.base);
    if (url) this.person.photo = url;
    return this;
  }

  location(value: Location | string | undefined): this {
    if (this.person.location || !value) return this;
    const written: Location = typeof value === 'string' ? { raw: value } : value;
    const location: Location = {};
    for (const key of ['city', 'region', 'country', 'raw'] as const) {
      const part = cleanOptional(written[key], LIMITS.titleChars);
      if (part) location[key] = part;
    }
    const split = normalizeLocation(location);
    if (split) this.person.location = split;
    return this;
  }

  /** Whether anything was found. */
  isEmpty(): boolean {
    return Object.keys(this.person).length === 0;
  }
}

/** The field names a list of people fills, for the layer report. */
export function filledFields(people: PartialPerson[]): string[] {
  const fields = new Set<string>();
  for (const person of people) {
    for (const [key, value] of Object.entries(person)) {
      if (value === undefined || value === '') continue;
      if (Array.isArray(value) && !value.length) continue;
      if (typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length) continue;
      fields.add(key);
    }
  }
  return [...fields].sort();
}
