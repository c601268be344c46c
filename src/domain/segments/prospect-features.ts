// What segment rules read from a prospect, folded once per prospect and shared by every segment's rules.
import type { ProspectFields } from '../prospect';
import { emailDomain, isFreeEmailDomain } from './free-email-domains';
import { countryCodeOfLocation, expandUsStates } from './locations';
import { foldText, paddedText } from './text-match';

export interface ProspectFeatures {
  prospect: ProspectFields;
  /** Padded folded text (" vp of sales "), '' when absent. */
  title: string;
  headline: string;
  /** Title then headline; the double space between them keeps a phrase from spanning both. */
  titleAndHeadline: string;
  industry: string;
  /** City, region, country and the raw location, padded and folded, US state codes expanded to names. */
  locationText: string;
  countryCode: string | undefined;
  /** The location as a person would read it, for explanations. */
  locationLabel: string | undefined;
  emailDomains: string[];
  /** The first email domain that is not a free mailbox provider. */
  companyEmailDomain: string | undefined;
  /** Trimmed title and headline as written, for explanations. */
  titleLabel: string | undefined;
  headlineLabel: string | undefined;
  /** has_field results, filled on first use (many segments test the same field). */
  fieldCache: Map<string, { present: boolean; shown: string | undefined }> | undefined;
  /** Folded tag to the tag as written. */
  tags: Map<string, string>;
}

const NO_TAGS: Map<string, string> = new Map();

export function prospectFeatures(prospect: ProspectFields): ProspectFeatures {
  const title = paddedText(prospect.title);
  const headline = paddedText(prospect.headline);
  const loc = prospect.location;
  const locationParts = loc ? [loc.city, loc.region, loc.country, loc.raw].filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  const locationLabel = loc ? [loc.city, loc.region, loc.country].filter(Boolean).join(', ') || loc.raw : undefined;
  const tags = prospect.tags?.length ? new Map<string, string>() : NO_TAGS;
  for (const tag of prospect.tags ?? []) {
    const key = foldText(tag);
    if (key && !tags.has(key)) tags.set(key, tag);
  }
  const emailDomains: string[] = [];
  for (const email of prospect.emails ?? []) {
    const domain = typeof email === 'string' ? emailDomain(email) : undefined;
    if (domain && !emailDomains.includes(domain)) emailDomains.push(domain);
  }
  return {
    prospect,
    title,
    headline,
    titleAndHeadline: title + headline,
    industry: paddedText(prospect.industry),
    locationText: locationParts.length ? ` ${locationParts.map((p) => foldText(/\b[A-Z]{2}\b/.test(p) ? expandUsStates(p) : p)).join('  ')} ` : '',
    countryCode: loc ? countryCodeOfLocation(loc.country, loc.region, loc.raw) : undefined,
    locationLabel: locationLabel || undefined,
    emailDomains,
    companyEmailDomain: emailDomains.find((d) => !isFreeEmailDomain(d)),
    titleLabel: prospect.title?.trim() || undefined,
    headlineLabel: prospect.headline?.trim() || undefined,
    fieldCache: undefined,
    tags,
  };
}

/** Whether a field is present (see isPresent) and how to show it, cached per prospect. */
export function fieldCheck(features: ProspectFeatures, field: string): { present: boolean; shown: string | undefined } {
  features.fieldCache ??= new Map();
  let hit = features.fieldCache.get(field);
  if (!hit) {
    const value = fieldValue(features.prospect, field);
    const shown = displayValue(value);
    hit = { present: isPresent(value), shown: shown && shown.length > 80 ? `${shown.slice(0, 79)}…` : shown };
    features.fieldCache.set(field, hit);
  }
  return hit;
}

/** A has_field check: present and non-empty (blank text, empty lists and empty objects count as absent). */
export function fieldValue(prospect: ProspectFields, field: string): unknown {
  const dot = field.indexOf('.');
  const record = prospect as unknown as Record<string, unknown>;
  if (dot < 0) return record[field];
  const parent = record[field.slice(0, dot)];
  return parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[field.slice(dot + 1)] : undefined;
}

export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.some(isPresent);
  if (typeof value === 'object') {
    // Own enumerable values, as Object.values gives, without building the list (runs per prospect in bulk).
    for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key) && isPresent((value as Record<string, unknown>)[key])) return true;
    return false;
  }
  return Boolean(value);
}

/** A short readable form of a field value for explanations. */
export function displayValue(value: unknown): string | undefined {
  if (!isPresent(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((x) => (typeof x === 'object' && x && 'number' in x ? String((x as { number: unknown }).number) : String(x))).join(', ');
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter((x) => typeof x === 'string' && x.trim()).join(', ');
  return String(value);
}
