// The flat shape the `extract` CLI prints (and tests compare): one person, every field present, null or [] when
// missing, and where each field came from.
import type { ExtractionResult } from '../domain/extraction';
import type { ProspectDraft } from '../domain/prospect';

export interface CliPerson {
  name: string | null;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  emails: string[];
  phones: string[];
  website: string | null;
  profiles: Record<string, string>;
  photo: string | null;
  sources: Record<string, string>;
}

/** The first (main) person; on a team page `people` lists everyone, the first included. */
export type CliShape = (CliPerson & { people?: CliPerson[] }) | { error: string };

export function draftToCli(draft: ProspectDraft): CliPerson {
  const f = draft.fields;
  const loc = f.location;
  const location = loc ? loc.raw ?? ([loc.city, loc.region, loc.country].filter(Boolean).join(', ') || null) : null;
  const sources: Record<string, string> = {};
  for (const [field, source] of Object.entries(draft.fieldSources)) if (source) sources[field === 'fullName' ? 'name' : field] = source;
  return {
    name: f.fullName || null,
    firstName: f.firstName ?? null,
    lastName: f.lastName ?? null,
    title: f.title ?? null,
    company: f.company ?? null,
    location,
    emails: [...f.emails],
    phones: f.phones.map((p) => p.number),
    website: f.website ?? null,
    profiles: { ...f.profiles },
    photo: f.photo ?? null,
    sources,
  };
}

export function toCliShape(result: ExtractionResult): CliShape {
  if (!result.ok) return { error: result.error };
  const people = result.people.map(draftToCli);
  const first = people[0];
  if (!first) return { error: 'No person found on this page.' };
  return people.length > 1 ? { ...first, people } : first;
}
