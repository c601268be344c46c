// Reads a possibly partial prospect (a JSON file, an import row) into ProspectFields with safe defaults.
import { DEPARTMENTS, SENIORITIES, type ProspectFields } from '../prospect';

export type ProspectInputResult = { ok: true; prospect: ProspectFields } | { ok: false; error: string };

const TEXT_FIELDS = ['fullName', 'firstName', 'lastName', 'namePrefix', 'nameSuffix', 'headline', 'title', 'company', 'companyDomain', 'industry', 'website', 'photo', 'notes'] as const;

/** Missing lists default to empty; wrong types are reported by field name, never thrown. */
export function prospectFromPartial(input: unknown): ProspectInputResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, error: 'A prospect must be a JSON object' };
  const src = input as Record<string, unknown>;
  const out: ProspectFields = { fullName: '', emails: [], phones: [], profiles: {}, tags: [], notes: '' };
  for (const key of TEXT_FIELDS) {
    const value = src[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { ok: false, error: `Prospect field "${key}" must be text` };
    out[key] = value;
  }
  if (src.seniority !== undefined && src.seniority !== null) {
    if (!(SENIORITIES as readonly unknown[]).includes(src.seniority)) return { ok: false, error: `Prospect field "seniority" must be one of: ${SENIORITIES.join(', ')}` };
    out.seniority = src.seniority as ProspectFields['seniority'];
  }
  if (src.department !== undefined && src.department !== null) {
    if (!(DEPARTMENTS as readonly unknown[]).includes(src.department)) return { ok: false, error: `Prospect field "department" must be one of: ${DEPARTMENTS.join(', ')}` };
    out.department = src.department as ProspectFields['department'];
  }
  if (src.companySize !== undefined && src.companySize !== null) {
    if (typeof src.companySize !== 'number' || !Number.isFinite(src.companySize)) return { ok: false, error: 'Prospect field "companySize" must be a number' };
    out.companySize = src.companySize;
  }
  if (src.location !== undefined && src.location !== null) {
    if (typeof src.location === 'string') out.location = { raw: src.location };
    else if (typeof src.location === 'object' && !Array.isArray(src.location)) {
      const loc = src.location as Record<string, unknown>;
      out.location = {};
      for (const key of ['city', 'region', 'country', 'raw'] as const) {
        if (loc[key] === undefined || loc[key] === null) continue;
        if (typeof loc[key] !== 'string') return { ok: false, error: `Prospect field "location.${key}" must be text` };
        out.location[key] = loc[key];
      }
    } else return { ok: false, error: 'Prospect field "location" must be an object or text' };
  }
  for (const key of ['emails', 'tags'] as const) {
    const value = src[key];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value) || value.some((x) => typeof x !== 'string')) return { ok: false, error: `Prospect field "${key}" must be a list of text` };
    out[key] = value as string[];
  }
  if (src.phones !== undefined && src.phones !== null) {
    if (!Array.isArray(src.phones)) return { ok: false, error: 'Prospect field "phones" must be a list' };
    out.phones = src.phones.map((p) => (typeof p === 'string' ? { number: p } : p)) as ProspectFields['phones'];
    if (out.phones.some((p) => !p || typeof p !== 'object' || typeof p.number !== 'string')) return { ok: false, error: 'Each phone must be text or {"number": "..."}' };
  }
  if (src.profiles !== undefined && src.profiles !== null) {
    if (typeof src.profiles !== 'object' || Array.isArray(src.profiles) || Object.values(src.profiles).some((x) => typeof x !== 'string'))
      return { ok: false, error: 'Prospect field "profiles" must map network names to URLs' };
    out.profiles = { ...(src.profiles as Record<string, string>) };
  }
  return { ok: true, prospect: out };
}
