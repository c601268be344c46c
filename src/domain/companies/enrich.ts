// Segment rules on industry and company size read the prospect's company when the prospect lacks them.
import type { ProspectFields } from '../prospect';
import type { CompanyFields } from './company';

/** The prospect with its company's industry and size filled in where the prospect has none (never overwritten). */
export function withCompanyFacts<T extends ProspectFields>(prospect: T, company: Pick<CompanyFields, 'industry' | 'size'> | undefined): T {
  if (!company) return prospect;
  const industry = !prospect.industry?.trim() && company.industry?.trim() ? company.industry : undefined;
  const size = !Number.isFinite(prospect.companySize) && Number.isFinite(company.size) ? company.size : undefined;
  if (industry === undefined && size === undefined) return prospect;
  return { ...prospect, ...(industry !== undefined ? { industry } : {}), ...(size !== undefined ? { companySize: size } : {}) };
}
