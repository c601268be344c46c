// Fills a prospect's seniority and department from its title (then its headline) before matching, when absent.
// Values already on the prospect (set by the rep, an adapter or an import) are never overwritten.
import type { Department, ProspectFields, Seniority } from '../prospect';
import { parseTitle } from '../titles/parse-title';

export interface ParsedTitleLike {
  seniority?: Seniority;
  department?: Department;
}
export type TitleParser = (text: string) => ParsedTitleLike;

export function enrichProspect(prospect: ProspectFields, parse: TitleParser = parseTitle): ProspectFields {
  if (prospect.seniority && prospect.department) return prospect;
  const enriched = { ...prospect };
  for (const source of [prospect.title, prospect.headline]) {
    const text = source?.trim();
    if (!text || (enriched.seniority && enriched.department)) continue;
    const parsed = parse(text);
    if (!enriched.seniority && parsed.seniority && parsed.seniority !== 'unknown') enriched.seniority = parsed.seniority;
    if (!enriched.department && parsed.department && parsed.department !== 'other') enriched.department = parsed.department;
  }
  return enriched;
}
