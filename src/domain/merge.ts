// Identity and merge: recognise the same person captured twice, and fold a new capture into the stored record.
import {
  normalizeEmail, normalizeKey, normalizeProfileUrl,
  type FieldSource, type Location, type Phone, type Prospect, type ProspectDraft, type ProspectFields,
} from './prospect';
import { isRoleAddress } from './role-addresses';

export interface FieldChange {
  field: keyof ProspectFields;
  before: unknown;
  after: unknown;
}

/** Comparison key of a phone number: digits only, keeping a leading + (so "+1 (415) 555-0100" equals "+14155550100"). */
export function phoneKey(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D+/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

/**
 * Keys that identify a person, strongest first. An email (not a role address such as sales@) or a profile address
 * is the same person; a name with a company is only a likely one (see matchEvidence), and "Jane Doe" alone is none.
 */
export function identityKeys(fields: ProspectFields): string[] {
  const keys: string[] = [];
  for (const email of fields.emails) {
    if (isRoleAddress(email)) continue;
    const key = normalizeEmail(email);
    if (key) keys.push(`email:${key}`);
  }
  for (const url of Object.values(fields.profiles)) {
    if (!url) continue;
    const key = normalizeProfileUrl(url);
    if (key) keys.push(`profile:${key}`);
  }
  const name = normalizeKey(fields.fullName);
  const company = normalizeKey(fields.company);
  if (name && company) keys.push(`name:${name}|${company}`);
  return [...new Set(keys)];
}

/**
 * Two records that both have a profile on the same network, with different URLs, are different people even when
 * name and company agree (two "Jane Doe"s at a large company). Email and profile keys are never overruled.
 */
export function profilesConflict(a: Pick<ProspectFields, 'profiles'>, b: Pick<ProspectFields, 'profiles'>): boolean {
  for (const [network, url] of Object.entries(a.profiles)) {
    const other = b.profiles[network];
    if (url && other && normalizeProfileUrl(url) !== normalizeProfileUrl(other)) return true;
  }
  return false;
}

/** How strong a shared identity key is: an email or profile merges at once, a name + company asks the rep first. */
export type MatchEvidence = 'email' | 'profile' | 'name';

export function matchEvidence(key: string): MatchEvidence {
  return key.startsWith('email:') ? 'email' : key.startsWith('profile:') ? 'profile' : 'name';
}

/** Whether a record found by `key` may be merged with `fields`: name-only matches must not conflict. */
export function keyMatchHolds(key: string, found: Pick<ProspectFields, 'profiles'>, fields: Pick<ProspectFields, 'profiles'>): boolean {
  return !key.startsWith('name:') || !profilesConflict(found, fields);
}

export function createProspect(draft: ProspectDraft, id: string, now: number): Prospect {
  const fields = cloneFields(draft.fields);
  return {
    ...fields,
    id,
    stage: 'new',
    source: { ...draft.source },
    sources: [{ ...draft.source }],
    fieldSources: { ...draft.fieldSources },
    createdAt: now,
    updatedAt: now,
  };
}

/** Fields holding one value, where the newer non-empty value wins. */
const SCALAR_FIELDS = [
  'fullName', 'firstName', 'lastName', 'namePrefix', 'nameSuffix', 'headline', 'title', 'seniority', 'department',
  'company', 'companyDomain', 'industry', 'companySize', 'location', 'website', 'photo',
] as const satisfies readonly (keyof ProspectFields)[];

/**
 * Folds a new capture into a stored prospect.
 * - Every capture is kept in `sources`; the stage is never touched.
 * - Scalar fields: a non-empty draft value replaces the stored one when the draft is the newer capture; an older
 *   capture (an import of an old file) only fills empty fields. An empty draft value never erases. A value the rep
 *   typed by hand (fieldSources 'manual') is only replaced by another manual value.
 * - Emails, phones (by digits) and tags are unioned; profiles merge per network (newer wins); notes are appended.
 */
export function mergeProspect(existing: Prospect, draft: ProspectDraft, now: number): { prospect: Prospect; changes: FieldChange[] } {
  const prospect: Prospect = {
    ...existing,
    ...cloneFields(existing),
    sources: [...existing.sources],
    fieldSources: { ...existing.fieldSources },
  };
  const changes: FieldChange[] = [];
  const latestCapture = Math.max(existing.source.capturedAt, ...existing.sources.map((s) => s.capturedAt));
  const draftIsNewer = draft.source.capturedAt >= latestCapture;
  const incoming = draft.fields;

  const record = (field: keyof ProspectFields, before: unknown, after: unknown, source: FieldSource | undefined) => {
    changes.push({ field, before, after });
    const from = source ?? draft.fieldSources[field];
    if (from) prospect.fieldSources[field] = from;
  };

  for (const field of SCALAR_FIELDS) {
    const next = incoming[field];
    if (isEmptyValue(next) || (field === 'seniority' && next === 'unknown')) continue;
    const current = existing[field];
    if (sameValue(current, next)) continue;
    const currentIsEmpty = isEmptyValue(current) || (field === 'seniority' && current === 'unknown');
    const protectedByHand = existing.fieldSources[field] === 'manual' && draft.fieldSources[field] !== 'manual';
    if (!currentIsEmpty && (!draftIsNewer || protectedByHand)) continue;
    (prospect as unknown as Record<string, unknown>)[field] = cloneValue(next);
    record(field, cloneValue(current), cloneValue(next), undefined);
  }

  const emails = unionBy(existing.emails, incoming.emails, normalizeEmail, (e) => e.trim());
  if (emails.length !== existing.emails.length) {
    prospect.emails = emails;
    record('emails', [...existing.emails], [...emails], undefined);
  }

  const phones = mergePhones(existing.phones, incoming.phones);
  if (!sameValue(phones, existing.phones)) {
    prospect.phones = phones;
    record('phones', existing.phones.map((p) => ({ ...p })), phones.map((p) => ({ ...p })), undefined);
  }

  const tags = unionBy(existing.tags, incoming.tags, (t) => t.trim().toLowerCase(), (t) => t.trim());
  if (tags.length !== existing.tags.length) {
    prospect.tags = tags;
    record('tags', [...existing.tags], [...tags], undefined);
  }

  const profiles = { ...existing.profiles };
  for (const [network, url] of Object.entries(incoming.profiles)) {
    if (!url) continue;
    const current = profiles[network];
    if (current && normalizeProfileUrl(current) === normalizeProfileUrl(url)) continue;
    if (current && !draftIsNewer) continue;
    profiles[network] = url;
  }
  if (!sameValue(profiles, existing.profiles)) {
    prospect.profiles = profiles;
    record('profiles', { ...existing.profiles }, { ...profiles }, undefined);
  }

  const note = incoming.notes.trim();
  if (note && !existing.notes.includes(note)) {
    prospect.notes = existing.notes.trim() ? `${existing.notes.trimEnd()}\n\n${note}` : note;
    record('notes', existing.notes, prospect.notes, undefined);
  }

  const alreadyKept = prospect.sources.some((s) => s.url === draft.source.url && s.capturedAt === draft.source.capturedAt);
  if (!alreadyKept) prospect.sources.push({ ...draft.source });
  prospect.updatedAt = Math.max(now, existing.updatedAt);
  return { prospect, changes };
}

function mergePhones(existing: Phone[], incoming: Phone[]): Phone[] {
  const merged = existing.map((p) => ({ ...p }));
  for (const phone of incoming) {
    const key = phoneKey(phone.number);
    if (!key) continue;
    const same = merged.find((p) => phoneKey(p.number) === key);
    if (!same) merged.push({ ...phone });
    else if (!same.label && phone.label) same.label = phone.label;
  }
  return merged;
}

function unionBy<T>(existing: T[], incoming: T[], key: (value: T) => string, clean: (value: T) => T): T[] {
  const seen = new Set(existing.map(key));
  const out = [...existing];
  for (const value of incoming) {
    const k = key(value);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(clean(value));
  }
  return out;
}

export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'object') return isEmptyLocation(value as Location);
  return false;
}

function isEmptyLocation(location: Location): boolean {
  return !location.city?.trim() && !location.region?.trim() && !location.country?.trim() && !location.raw?.trim();
}

/** Deep equality that ignores the order of object keys ({city, country} equals {country, city}). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
}

function cloneValue<T>(value: T): T {
  return value !== null && typeof value === 'object' ? structuredClone(value) : value;
}

function cloneFields(fields: ProspectFields): ProspectFields {
  return {
    ...fields,
    ...(fields.location ? { location: { ...fields.location } } : {}),
    emails: [...fields.emails],
    phones: fields.phones.map((p) => ({ ...p })),
    profiles: { ...fields.profiles },
    tags: [...fields.tags],
  };
}
