// The prospect form's text state, and the patch it makes against the stored prospect (only what changed).
import type { ProspectRecord } from '../../../db/database';
import { DEPARTMENTS, SENIORITIES, type Department, type Phone, type Seniority } from '../../../domain/prospect';
import { normalizeLocation } from '../../../domain/location';
import { parsePhoneLine, phoneLine } from '../../shared/phone-line';
import { completeProfileUrl } from '../../../domain/profile-url';
import type { ProspectPatch } from '../../../messaging/protocol-dashboard';

export interface ProspectDraftText {
  fullName: string;
  firstName: string;
  lastName: string;
  title: string;
  headline: string;
  company: string;
  companyDomain: string;
  industry: string;
  companySize: string;
  seniority: string;
  department: string;
  city: string;
  region: string;
  country: string;
  emails: string;
  phones: string;
  website: string;
  linkedin: string;
  tags: string;
  notes: string;
}

/** A line the rep typed: a number not stored before, with the label written beside it if any. */
function phoneOfLine(line: string): Phone {
  const { number, label } = parsePhoneLine(line);
  return { number, raw: number, ...(label ? { label } : {}) };
}

export function draftOf(p: ProspectRecord): ProspectDraftText {
  // Stored before locations were split ("Lyon, Auvergne-Rhône-Alpes, France" whole in raw): split for the form.
  const location = normalizeLocation(p.location);
  return {
    fullName: p.fullName, firstName: p.firstName ?? '', lastName: p.lastName ?? '', title: p.title ?? '', headline: p.headline ?? '',
    company: p.company ?? '', companyDomain: p.companyDomain ?? '', industry: p.industry ?? '',
    companySize: p.companySize === undefined ? '' : String(p.companySize), seniority: p.seniority ?? '', department: p.department ?? '',
    city: location?.city ?? '', region: location?.region ?? '', country: location?.country ?? '',
    emails: p.emails.join('\n'), phones: p.phones.map(phoneLine).join('\n'), website: p.website ?? '',
    linkedin: p.profiles.linkedin ?? '', tags: p.tags.join(', '), notes: p.notes,
  };
}

export type DraftErrors = Partial<Record<keyof ProspectDraftText, string>>;

const lines = (text: string) => [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];
/** Blank means cleared: null, because the patch travels as JSON (which drops undefined). */
const opt = (text: string) => (text.trim() ? text.trim() : null);

/** Field problems the rep can fix before saving: error keys are i18n message names. */
export function checkDraft(d: ProspectDraftText): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.fullName.trim()) errors.fullName = 'opt_errNameRequired';
  if (d.companySize.trim() && !/^\d+$/.test(d.companySize.trim())) errors.companySize = 'opt_errWholeNumber';
  if (lines(d.emails).some((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e))) errors.emails = 'opt_errEmail';
  if (d.website.trim() && !/^https?:\/\/\S+$/i.test(d.website.trim())) errors.website = 'opt_errUrl';
  if (d.linkedin.trim() && !/^https?:\/\/\S+$/i.test(completeProfileUrl(d.linkedin))) errors.linkedin = 'opt_errUrl';
  return errors;
}

/**
 * The draft after the stored prospect changed from `before` to `after` elsewhere (another tab, an undone merge):
 * fields the rep has not touched take the new value, fields the rep typed keep what was typed. The patch is then
 * made against `after`, so a save never puts back the old value of a field someone else changed.
 */
export function rebaseDraft(before: ProspectRecord, draft: ProspectDraftText, after: ProspectRecord): ProspectDraftText {
  const was = draftOf(before);
  const now = draftOf(after);
  const out = { ...draft };
  for (const key of Object.keys(now) as (keyof ProspectDraftText)[]) {
    const touched = key === 'notes' ? draft[key] !== was[key] : draft[key].trim() !== was[key].trim();
    if (!touched) out[key] = now[key];
  }
  return out;
}

/** Fields the rep typed in that were also changed elsewhere, to a different value: saving would replace that change. */
export function conflictingFields(before: ProspectRecord, draft: ProspectDraftText, after: ProspectRecord): (keyof ProspectDraftText)[] {
  const was = draftOf(before);
  const now = draftOf(after);
  return (Object.keys(now) as (keyof ProspectDraftText)[])
    .filter((key) => was[key].trim() !== now[key].trim() && draft[key].trim() !== was[key].trim() && draft[key].trim() !== now[key].trim());
}

/** The changed fields only: the background marks each as the rep's own, so later captures don't overwrite them. */
export function patchOf(p: ProspectRecord, d: ProspectDraftText): ProspectPatch {
  const before = draftOf(p);
  const patch: ProspectPatch = {};
  const changed = (k: keyof ProspectDraftText) => before[k].trim() !== d[k].trim();
  if (changed('fullName')) patch.fullName = d.fullName.trim();
  for (const key of ['firstName', 'lastName', 'title', 'headline', 'company', 'companyDomain', 'industry', 'website'] as const) {
    if (changed(key)) patch[key] = opt(d[key]);
  }
  if (changed('companySize')) patch.companySize = d.companySize.trim() ? Number(d.companySize.trim()) : null;
  if (changed('seniority')) patch.seniority = (SENIORITIES as readonly string[]).includes(d.seniority) ? (d.seniority as Seniority) : null;
  if (changed('department')) patch.department = (DEPARTMENTS as readonly string[]).includes(d.department) ? (d.department as Department) : null;
  if (changed('city') || changed('region') || changed('country')) {
    const location = { ...(opt(d.city) ? { city: opt(d.city)! } : {}), ...(opt(d.region) ? { region: opt(d.region)! } : {}), ...(opt(d.country) ? { country: opt(d.country)! } : {}) };
    patch.location = Object.keys(location).length ? location : null;
  }
  if (changed('emails')) patch.emails = lines(d.emails);
  if (changed('phones')) {
    const known = new Map(p.phones.flatMap((ph) => [[ph.number, ph], [phoneLine(ph), ph]] as const));
    patch.phones = lines(d.phones).map((line): Phone => known.get(line) ?? phoneOfLine(line));
  }
  if (changed('linkedin')) {
    const profiles = { ...p.profiles };
    if (opt(d.linkedin)) profiles.linkedin = completeProfileUrl(d.linkedin);
    else delete profiles.linkedin;
    patch.profiles = profiles;
  }
  if (changed('tags')) patch.tags = [...new Set(d.tags.split(',').map((s) => s.trim()).filter(Boolean))];
  return patch;
}
