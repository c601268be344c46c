// Creating a company from a capture and folding a new capture into a stored company, the way prospects merge
// (domain/merge.ts): the newer non-empty value wins, an older capture only fills gaps, a value the rep typed is
// replaced only by another typed value, an empty value never erases, profiles merge per network.
import { isEmptyValue, type FieldChange } from '../merge';
import { normalizeProfileUrl, safeWebUrl } from '../prospect';
import { COMPANY_SCALAR_FIELDS, type Company, type CompanyDraft, type CompanyFields } from './company';
import { normalizeDomain } from './identity';

export type CompanyFieldChange = Omit<FieldChange, 'field'> & { field: keyof CompanyFields };

/** Fields as they may be stored: trimmed, web addresses http(s) only, the domain filled from the website. */
export function cleanCompanyFields(fields: CompanyFields): CompanyFields {
  const out: CompanyFields = { ...fields, name: (fields.name ?? '').trim().replace(/\s+/g, ' '), profiles: {} };
  for (const [network, url] of Object.entries(fields.profiles ?? {})) {
    const safe = safeWebUrl(url);
    if (safe) out.profiles[network] = safe;
  }
  const website = safeWebUrl(fields.website);
  if (website) out.website = website;
  else delete out.website;
  const domain = normalizeDomain(fields.domain) ?? normalizeDomain(website);
  if (domain) out.domain = domain;
  else delete out.domain;
  if (out.size !== undefined && !(Number.isFinite(out.size) && out.size >= 0)) delete out.size;
  for (const key of ['industry', 'sizeLabel', 'description'] as const) {
    const text = out[key]?.trim();
    if (text) out[key] = text;
    else delete out[key];
  }
  if (out.location) out.location = { ...out.location };
  return out;
}

export function createCompany(draft: CompanyDraft, id: string, now: number): Company {
  return {
    ...cleanCompanyFields(draft.fields),
    id,
    sources: [{ ...draft.source }],
    fieldSources: { ...draft.fieldSources },
    createdAt: now,
    updatedAt: now,
  };
}

export function mergeCompany(existing: Company, draft: CompanyDraft, now: number): { company: Company; changes: CompanyFieldChange[] } {
  const incoming = cleanCompanyFields(draft.fields);
  const company: Company = {
    ...existing,
    profiles: { ...existing.profiles },
    sources: [...existing.sources],
    fieldSources: { ...existing.fieldSources },
    ...(existing.location ? { location: { ...existing.location } } : {}),
  };
  const changes: CompanyFieldChange[] = [];
  const latest = Math.max(0, ...existing.sources.map((s) => s.capturedAt));
  const draftIsNewer = draft.source.capturedAt >= latest;

  for (const field of COMPANY_SCALAR_FIELDS) {
    const next = incoming[field];
    if (isEmptyValue(next)) continue;
    const current = existing[field];
    if (JSON.stringify(current) === JSON.stringify(next)) continue;
    const protectedByHand = existing.fieldSources[field] === 'manual' && draft.fieldSources[field] !== 'manual';
    if (!isEmptyValue(current) && (!draftIsNewer || protectedByHand)) continue;
    (company as unknown as Record<string, unknown>)[field] = typeof next === 'object' ? { ...next } : next;
    changes.push({ field, before: current, after: next });
    const from = draft.fieldSources[field];
    if (from) company.fieldSources[field] = from;
  }

  let profilesChanged = false;
  for (const [network, url] of Object.entries(incoming.profiles)) {
    const current = company.profiles[network];
    if (current && (normalizeProfileUrl(current) === normalizeProfileUrl(url) || !draftIsNewer)) continue;
    company.profiles[network] = url;
    profilesChanged = true;
  }
  if (profilesChanged) changes.push({ field: 'profiles', before: { ...existing.profiles }, after: { ...company.profiles } });

  if (!company.sources.some((s) => s.url === draft.source.url && s.capturedAt === draft.source.capturedAt)) company.sources.push({ ...draft.source });
  company.updatedAt = Math.max(now, existing.updatedAt);
  return { company, changes };
}
