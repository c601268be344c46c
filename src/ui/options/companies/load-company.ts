// What the company view shows: the company, its people, their calls, and how its people fit each segment.
import type { Call } from '../../../domain/calls';
import type { Company } from '../../../domain/companies/company';
import { withCompanyFacts } from '../../../domain/companies/enrich';
import type { Segment } from '../../../domain/segments/segment-schema';
import { enrichProspect } from '../../../domain/segments/enrich';
import { matchSegments } from '../../../domain/segments/match';
import type { ProspectRecord } from '../../../db/database';
import { CompaniesRepo } from '../../../db/companies-repo';
import { prospectFieldsOf } from '../shared/prospect-fields';
import { repos } from '../shared/repos';

export interface SegmentFit {
  segment: Segment;
  /** People who match the segment, and the best score among them. */
  matched: number;
  bestScore: number;
}

export interface CompanyViewData {
  company: Company;
  people: Array<ProspectRecord & { matchedSegmentNames: string[] }>;
  calls: Array<Call & { prospectName: string }>;
  fit: SegmentFit[];
}

export async function loadCompany(id: string): Promise<CompanyViewData | null> {
  const companies = new CompaniesRepo(repos.db());
  const company = await companies.get(id);
  if (!company) return null;
  const [people, segments] = await Promise.all([companies.people(company), repos.segments().list()]);
  const names = new Map(people.map((p) => [p.id, p.fullName]));
  const calls = people.length
    ? (await repos.db().calls.where('prospectId').anyOf([...names.keys()]).toArray()).sort((a, b) => b.startedAt - a.startedAt)
    : [];
  const fit = new Map<string, SegmentFit>(segments.map((s) => [s.id, { segment: s, matched: 0, bestScore: 0 }]));
  const withSegments = people.map((person) => {
    // Matched as the background matches: title-derived fields, then the company's industry and size where missing.
    const matches = matchSegments(withCompanyFacts(enrichProspect(prospectFieldsOf(person)), company), segments).filter((m) => m.matched);
    for (const match of matches) {
      const row = fit.get(match.segmentId);
      if (!row) continue;
      row.matched++;
      row.bestScore = Math.max(row.bestScore, match.score);
    }
    return { ...person, matchedSegmentNames: matches.map((m) => fit.get(m.segmentId)?.segment.name ?? m.segmentId) };
  });
  return {
    company,
    people: withSegments,
    calls: calls.slice(0, 50).map((c) => ({ ...c, prospectName: names.get(c.prospectId) ?? '' })),
    fit: [...fit.values()].filter((f) => f.matched > 0).sort((a, b) => b.matched - a.matched || b.bestScore - a.bestScore),
  };
}
