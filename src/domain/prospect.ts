// The prospect model shared by every layer. Pure data: no DOM, no browser API.
export { normalizeProfileUrl } from './page-identity';

export const STAGES = ['new', 'contacted', 'qualified', 'handed_to_sales', 'won', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

export const SENIORITIES = [
  'owner', 'founder', 'c_suite', 'partner', 'vp', 'head', 'director', 'manager', 'senior', 'entry', 'intern', 'unknown',
] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const DEPARTMENTS = [
  'executive', 'sales', 'marketing', 'business_development', 'customer_success', 'support', 'engineering', 'it',
  'product', 'design', 'data', 'finance', 'hr', 'operations', 'legal', 'consulting', 'education', 'healthcare', 'other',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Where a field's value came from: an extraction layer, a site adapter, the rep, or an import. */
export type FieldSource =
  | 'json-ld' | 'microdata' | 'rdfa' | 'h-card' | 'opengraph' | 'meta' | 'links'
  | 'linkedin' | 'github' | 'x' | 'team-page' | 'gmail' | 'outlook' | 'email-header' | 'signature' | 'selection'
  | 'manual' | 'import' | 'derived';

export interface Location {
  city?: string;
  region?: string;
  country?: string;
  /** The location as the page wrote it, when it could not be split. */
  raw?: string;
}

export const PHONE_LABELS = ['mobile', 'office', 'direct', 'home', 'fax', 'other'] as const;
export type PhoneLabel = (typeof PHONE_LABELS)[number];

export interface Phone {
  /** E.164 when it could be parsed (+14155550123), otherwise as written. */
  number: string;
  label?: PhoneLabel;
  /** The number as the page or signature wrote it. */
  raw?: string;
  /** Extension digits ("x123", "ext. 45"), kept apart because E.164 has no room for them. */
  extension?: string;
}

export interface CaptureSource {
  url: string;
  /** Short site key: linkedin, github, x, gmail, outlook, web, import, manual. */
  site: string;
  /** Epoch milliseconds. */
  capturedAt: number;
  /**
   * Set by a capture that found this person and no one else on a page of no known site (a speaker page), so the
   * page's address identifies them. A team page's people never get it (see domain/page-identity.ts).
   */
  onlyPersonOnPage?: boolean;
}

/** The fields a capture, a form or an import can fill. */
export interface ProspectFields {
  fullName: string;
  firstName?: string;
  lastName?: string;
  /** Dr., Prof., Mr. … kept apart so messages can use the plain first name. */
  namePrefix?: string;
  /** PhD, Jr., III … */
  nameSuffix?: string;
  headline?: string;
  title?: string;
  seniority?: Seniority;
  department?: Department;
  /**
   * Every function the title names, primary first ("Head of Sales & Partnerships": sales, business_development).
   * Read only while its first entry is `department` (a department the rep changed wins over the title's list).
   */
  departments?: Department[];
  company?: string;
  companyDomain?: string;
  industry?: string;
  /** Employee count; for a range such as "51-200" the lower bound. */
  companySize?: number;
  location?: Location;
  emails: string[];
  phones: Phone[];
  website?: string;
  /** Network key (linkedin, github, x, facebook, …) to profile URL. */
  profiles: Record<string, string>;
  photo?: string;
  tags: string[];
  notes: string;
}

export interface Prospect extends ProspectFields {
  id: string;
  stage: Stage;
  /** The first capture; `sources` keeps every capture in order. */
  source: CaptureSource;
  sources: CaptureSource[];
  /** Field name to where its current value came from. */
  fieldSources: Partial<Record<keyof ProspectFields, FieldSource>>;
  createdAt: number;
  updatedAt: number;
}

/** What capture hands to review: the fields found, where each came from, and the page it came from. */
export interface ProspectDraft {
  fields: ProspectFields;
  fieldSources: Partial<Record<keyof ProspectFields, FieldSource>>;
  source: CaptureSource;
}

export function emptyFields(): ProspectFields {
  return { fullName: '', emails: [], phones: [], profiles: {}, tags: [], notes: '' };
}

/** Lower-case, accents stripped, punctuation folded to single spaces: the key used to compare names and companies. */
export function normalizeKey(text: string | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function normalizeEmail(email: string): string {
  return email.trim().replace(/^mailto:/i, '').toLowerCase();
}

/** A web address Segue may show as a link: http(s) only. javascript:, data: and the like are dropped. */
export function safeWebUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    return undefined;
  }
}

/** Fields as they may be stored: addresses that are not web links are dropped (page text stays text). */
export function sanitizeFields<T extends Partial<ProspectFields>>(fields: T): T {
  const out = { ...fields };
  if ('website' in out) {
    const website = safeWebUrl(out.website);
    if (website) out.website = website;
    else delete out.website;
  }
  if ('photo' in out) {
    const photo = safeWebUrl(out.photo);
    if (photo) out.photo = photo;
    else delete out.photo;
  }
  if (out.profiles) {
    out.profiles = Object.fromEntries(
      Object.entries(out.profiles).flatMap(([network, url]) => {
        const safe = safeWebUrl(url);
        return safe ? [[network, safe]] : [];
      }),
    );
  }
  return out;
}

/** The prospect's departments for rules: the ranked list when it agrees with `department`, else `department` alone. */
export function departmentsOf(prospect: Pick<ProspectFields, 'department' | 'departments'>): Department[] {
  const { department, departments } = prospect;
  if (departments?.length && (department === undefined || departments[0] === department)) return departments;
  return department ? [department] : [];
}
