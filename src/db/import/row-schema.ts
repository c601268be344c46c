// One CSV row, mapped to targets, validated with valibot and turned into prospect fields.
import * as v from 'valibot';
import { normalizePhone } from '../../domain/phones/normalize-phone';
import { inferPhoneRegion } from '../../domain/phones/phone-region';
import { countryCodeOfLocation } from '../../domain/segments/locations';
import { normalizeLocation } from '../../domain/location';
import { STAGES, emptyFields, type PhoneLabel, type ProspectFields, type Stage } from '../../domain/prospect';
import type { ImportTarget } from './column-mapping';

/** Values of one row per target (trimmed, non-empty, in column order). */
export type MappedRow = Partial<Record<ImportTarget, string[]>>;

const MAX_TEXT = 2000;

const text = (label: string, max = MAX_TEXT) =>
  v.optional(v.pipe(v.string(), v.maxLength(max, (i) => `${label} is longer than ${max} characters (${i.input.length}).`)));

/**
 * A web address a browser can open: http(s) with a real host name. Not just "new URL() parses it": Chrome's
 * parser accepts "https://not a url at all" (as the host "not%20a%20url%20at%20all"), Node's does not.
 */
export function isWebUrl(input: string): boolean {
  if (/\s/.test(input)) return false;
  try {
    const url = new URL(input);
    return (url.protocol === 'https:' || url.protocol === 'http:') && /^[a-z0-9-]+(\.[a-z0-9-]+)+\.?$/i.test(url.hostname);
  } catch {
    return false;
  }
}

const profileUrl = (label: string) =>
  v.pipe(v.string(), v.check(isWebUrl, (i) => `${label} "${clip(String(i.input))}" is not a valid URL.`));

const RowSchema = v.pipe(
  v.object({
    fullName: text('Name', 300),
    firstName: text('First name', 150),
    lastName: text('Last name', 150),
    namePrefix: text('Name prefix', 40),
    nameSuffix: text('Name suffix', 40),
    title: text('Title', 500),
    headline: text('Headline', 500),
    company: text('Company', 300),
    companyDomain: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, (i) => `Company domain "${clip(i.input)}" is not a domain name.`))),
    industry: text('Industry', 200),
    website: v.optional(profileUrl('Website')),
    city: text('City', 200),
    region: text('State/region', 200),
    country: text('Country', 200),
    location: text('Location', 300),
    companySize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0, 'Company size cannot be negative.'))),
    notes: v.optional(v.pipe(v.string(), v.maxLength(64 * 1024, 'Notes are longer than 64 KB.'))),
    emails: v.array(v.pipe(v.string(), v.maxLength(254, (i) => `Email "${clip(i.input)}" is too long.`),
      v.email((i) => `Email "${clip(i.input)}" is not a valid email address.`))),
    profiles: v.record(v.string(), profileUrl('Profile URL')),
    tags: v.array(v.pipe(v.string(), v.maxLength(100, 'A tag is longer than 100 characters.'))),
  }),
  v.check(
    (row) => Boolean(row.fullName || row.firstName || row.lastName || row.emails.length || Object.keys(row.profiles).length),
    'The row has no name, email or profile URL.',
  ),
);

type RowInput = v.InferInput<typeof RowSchema>;

export interface RowResult {
  fields?: ProspectFields;
  stage?: Stage;
  errors: string[];
}

export function validateRow(row: MappedRow): RowResult {
  const errors: string[] = [];
  const first = (target: ImportTarget) => row[target]?.[0];
  const size = first('companySize');
  const companySize = size === undefined ? undefined : parseCompanySize(size);
  if (size !== undefined && companySize === undefined) errors.push(`Company size "${clip(size)}" is not a number.`);

  const profiles: Record<string, string> = {};
  // A company or school page is never the person's profile; a person's profile URL in a website column is.
  const websites = (row.website ?? []).map(withScheme);
  const linkedin = [...(row.linkedin ?? []).map(withScheme), ...websites.filter(isPersonLinkedIn)].find((url) => !/linkedin\.com\/(company|school|showcase)\//i.test(url));
  if (linkedin) profiles.linkedin = linkedin;
  const website = websites.find((url) => !isPersonLinkedIn(url) && !/linkedin\.com\//i.test(url));
  const twitter = first('twitter');
  if (twitter) profiles.x = /^@?\w{1,15}$/.test(twitter) ? `https://x.com/${twitter.replace(/^@/, '')}` : withScheme(twitter);
  const github = first('github');
  if (github) profiles.github = /^[\w-]{1,39}$/.test(github) ? `https://github.com/${github}` : withScheme(github);

  // An honorific in the title column ("Mr.", "Dr.") is a name prefix, not a job.
  let title = first('title');
  let namePrefix = first('namePrefix');
  if (title && HONORIFIC.test(title)) {
    namePrefix ??= title;
    title = row.title?.slice(1).find((t) => !HONORIFIC.test(t));
  }
  const input: RowInput = {
    fullName: first('fullName'), firstName: first('firstName'), lastName: first('lastName'),
    namePrefix, nameSuffix: first('nameSuffix'), title, headline: first('headline'),
    company: first('company'), companyDomain: first('companyDomain'), industry: first('industry'),
    website,
    city: first('city'), region: first('region'), country: first('country'), location: first('location'),
    companySize, notes: row.notes?.join('\n\n'),
    emails: unique((row.email ?? []).flatMap(splitList)),
    profiles,
    tags: unique((row.tags ?? []).flatMap(splitList).map((t) => t.replace(/^"(.*)"$/, '$1').trim())
      .filter((t) => t && !isAddressBookGroup(t))),
  };
  const parsed = v.safeParse(RowSchema, input);
  if (!parsed.success) errors.push(...new Set(parsed.issues.map((i) => i.message)));
  if (errors.length) return { errors };
  const out = parsed.output as RowInput;

  const fields = emptyFields();
  const parts = [out.firstName, out.lastName].filter(Boolean).join(' ');
  // A name column that shares no word with the first and last name is not this person's name (LMN's "Lead Name" is
  // the account): the parts win.
  const fullName = out.fullName && !(out.firstName && out.lastName && !sharesWord(out.fullName, parts)) ? out.fullName : parts;
  fields.fullName = fullName;
  assign(fields, {
    firstName: out.firstName, lastName: out.lastName, namePrefix: out.namePrefix, nameSuffix: out.nameSuffix,
    title: out.title, headline: out.headline, company: out.company, companyDomain: out.companyDomain?.toLowerCase(),
    industry: out.industry, website: out.website, companySize: out.companySize,
  });
  const location = normalizeLocation({ city: out.city, region: out.region, country: out.country, raw: out.location });
  if (location) fields.location = location;
  fields.emails = out.emails;
  fields.profiles = out.profiles;
  fields.tags = out.tags;
  fields.notes = out.notes ?? '';
  // CRM exports name the country ("United States", "Deutschland") more often than they code it; without one, the
  // country domain of the person's email or website says where a national number is.
  // The location as stored reads "Berlin, DE" as Germany, where its raw parts would read DE as Delaware.
  const country = countryCodeOfLocation(location?.country ?? out.country, location?.region ?? out.region, out.location)
    ?? inferPhoneRegion({ emails: out.emails, ...(fields.website ? { website: fields.website } : {}) });
  // The person's own numbers first; the company's switchboard last.
  fields.phones = uniquePhones([
    ...phonesOf(row.phone, 'office', country), ...phonesOf(row.mobile, 'mobile', country), ...phonesOf(row.directPhone, 'direct', country),
    ...phonesOf(row.homePhone, 'home', country), ...phonesOf(row.companyPhone, 'office', country),
  ]);
  const stage = parseStage(first('stage'));
  return stage ? { fields, stage, errors } : { fields, errors };
}

/** "51-200" → 51, "1,200" → 1200, "10001+" → 10001. */
export function parseCompanySize(value: string): number | undefined {
  const match = /^\s*(\d{1,3}(?:[,.\s]\d{3})+|\d+)/.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]!.replace(/[,.\s]/g, ''));
  return Number.isSafeInteger(n) ? n : undefined;
}

const LIFECYCLE: Record<string, Stage> = {
  subscriber: 'new', lead: 'new', open: 'new', new: 'new', contacted: 'contacted', attemptedtocontact: 'contacted',
  inprogress: 'contacted', working: 'contacted', marketingqualifiedlead: 'qualified', salesqualifiedlead: 'qualified',
  qualified: 'qualified', opportunity: 'handed_to_sales', handedtosales: 'handed_to_sales', customer: 'won',
  closedwon: 'won', won: 'won', unqualified: 'lost', closedlost: 'lost', lost: 'lost',
};

/** Segue stages and the usual HubSpot lifecycle / Salesforce lead status values; anything else is left as 'new'. */
export function parseStage(value: string | undefined): Stage | undefined {
  if (!value) return undefined;
  const exact = value.trim().toLowerCase();
  if ((STAGES as readonly string[]).includes(exact)) return exact as Stage;
  return LIFECYCLE[exact.replace(/[^a-z]/g, '')];
}

function phonesOf(values: string[] | undefined, label: PhoneLabel, defaultCountry: string | undefined) {
  const phones: ProspectFields['phones'] = [];
  for (const raw of (values ?? []).flatMap((v) => v.split(/\s*(?:;|:::)\s*/)).flatMap(splitNumberList)) {
    if ((raw.match(/\d/g) ?? []).length < 5) continue; // "n/a", "-", "none": nothing to keep
    const parsed = normalizePhone(raw, defaultCountry ? { label, defaultCountry } : { label });
    phones.push(parsed ?? { number: raw.trim(), label, raw: raw.trim() });
  }
  return phones;
}

/** "+1 202…, +1 202…": one cell holding several numbers (Pipedrive joins a field's values with commas). */
function splitNumberList(value: string): string[] {
  const parts = value.split(/\s*,\s*/);
  return parts.length > 1 && parts.every((p) => (p.match(/\d/g) ?? []).length >= 7) ? parts : [value];
}

const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|herr|frau|m|mme|mlle|sr|sra|srta|dott|dssa|ing)\.?$/i;

function isPersonLinkedIn(url: string): boolean {
  return /linkedin\.com\/(in|pub|sales\/lead|sales\/people)\//i.test(url);
}

/** One entry per number: a repeated number keeps its first place and the more specific label. */
function uniquePhones(phones: ProspectFields['phones']): ProspectFields['phones'] {
  const byNumber = new Map<string, ProspectFields['phones'][number]>();
  for (const phone of phones) {
    const earlier = byNumber.get(phone.number);
    if (!earlier) byNumber.set(phone.number, phone);
    else if (earlier.label === 'office' && (phone.label === 'direct' || phone.label === 'mobile')) earlier.label = phone.label;
  }
  return [...byNumber.values()];
}

function sharesWord(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const other = new Set(words(b));
  return words(a).some((w) => other.has(w));
}

function withScheme(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url.replace(/^\/+/, '')}`;
}

function splitList(value: string): string[] {
  return value.split(/\s*(?:[;,]|:::)\s*/).map((s) => s.trim()).filter(Boolean);
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v.toLowerCase()) ? false : (seen.add(v.toLowerCase()), true)));
}

function assign<T extends object>(target: T, values: Partial<T>): void {
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') (target as Record<string, unknown>)[key] = value;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The groups an address book puts every contact in ("* myContacts" and "My Contacts" from Google, "Starred in
 * Android", "System Group: My Contacts"), which say nothing about the person; a group the rep made is a tag.
 */
export function isAddressBookGroup(tag: string): boolean {
  return tag.startsWith('*') || /^(system group:\s*)?(my\s?contacts|starred(\s+in\s+android)?)$/i.test(tag.trim());
}
