// Turns text the rep selected on any page (parsed like a signature) into a draft for review.
import { parseName } from './names/parse-name';
import { detectSite } from './site';
import { emptyFields, type FieldSource, type ProspectDraft, type ProspectFields } from './prospect';
import type { ParsedSignature } from './signature/types';

/** A draft when the selection names a person; null when it holds no name (a draft never invents one). */
export function selectionToDraft(parsed: ParsedSignature, url: string, now: number): ProspectDraft | null {
  if (!parsed.name?.trim()) return null;
  const name = parseName(parsed.name);
  const fields: ProspectFields = { ...emptyFields(), fullName: name.fullName };
  const sources: ProspectDraft['fieldSources'] = {};
  const set = <K extends keyof ProspectFields>(key: K, value: ProspectFields[K] | undefined) => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    fields[key] = value;
    sources[key] = 'selection' satisfies FieldSource;
  };
  set('fullName', name.fullName);
  set('firstName', name.firstName);
  set('lastName', name.lastName);
  set('namePrefix', name.prefix);
  set('nameSuffix', name.suffix);
  set('title', parsed.title);
  set('company', parsed.company);
  set('emails', parsed.emails);
  set('phones', parsed.phones);
  set('website', parsed.website);
  if (Object.keys(parsed.profiles).length) set('profiles', { ...parsed.profiles });
  set('location', parsed.location);
  return { fields, fieldSources: sources, source: { url, site: detectSite(url), capturedAt: now } };
}
