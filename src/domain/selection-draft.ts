// Turns text the rep selected on any page (parsed like a signature) into a draft for review.
import { parseName } from './names/parse-name';
import { emptyFields, type FieldSource, type ProspectDraft, type ProspectFields } from './prospect';
import type { ParsedSignature } from './signature/types';

function siteOf(url: string): string {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    if (host.endsWith('linkedin.com')) return 'linkedin';
    if (host === 'github.com') return 'github';
    if (host === 'x.com' || host === 'twitter.com') return 'x';
    if (host === 'mail.google.com') return 'gmail';
    if (host.startsWith('outlook.')) return 'outlook';
    return 'web';
  } catch {
    return 'web';
  }
}

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
  return { fields, fieldSources: sources, source: { url, site: siteOf(url), capturedAt: now } };
}
