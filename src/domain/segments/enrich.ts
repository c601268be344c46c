// Fills a prospect's seniority and department from its title (then its headline) before matching, when absent, and the
// ranked departments of a title that names two functions ("Head of Sales & Partnerships"), when they agree with the
// department. Values already on the prospect (set by the rep, an adapter or an import) are never overwritten.
import type { Department, ProspectFields, Seniority } from '../prospect';
import { parseTitle } from '../titles/parse-title';

export interface ParsedTitleLike {
  seniority?: Seniority;
  department?: Department;
  departments?: Department[];
}

/** Only a title with a joining word or sign can name two functions: the others need no second parse. */
const MAY_NAME_TWO = /[&/,+|]|\s(?:and|und|en|et|y|e|og|och|sowie)\s/i;
export type TitleParser = (text: string) => ParsedTitleLike;

export function enrichProspect(prospect: ProspectFields, parse: TitleParser = parseTitle): ProspectFields {
  const title = prospect.title?.trim();
  const wantsDepartments = !prospect.departments && !!title && MAY_NAME_TWO.test(title);
  if (prospect.seniority && prospect.department && !wantsDepartments) return prospect;
  const enriched = { ...prospect };
  let titleParse: ParsedTitleLike | undefined;
  for (const source of [prospect.title, prospect.headline]) {
    const text = source?.trim();
    if (!text || (enriched.seniority && enriched.department)) continue;
    const parsed = parse(text);
    if (source === prospect.title) titleParse = parsed;
    if (!enriched.seniority && parsed.seniority && parsed.seniority !== 'unknown') enriched.seniority = parsed.seniority;
    if (!enriched.department && parsed.department && parsed.department !== 'other') enriched.department = parsed.department;
  }
  if (wantsDepartments) {
    const ranked = (titleParse ?? parse(title!)).departments;
    if (ranked && ranked.length > 1 && ranked[0] === enriched.department) enriched.departments = [...ranked];
  }
  return enriched;
}
