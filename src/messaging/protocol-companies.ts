// Companies (part of the one protocol map, see protocol.ts).
import type { Company, CompanyDraft } from '../domain/companies/company';
import type { CompanyFieldChange } from '../domain/companies/merge';

export interface CompaniesProtocol {
  /**
   * Save a reviewed company capture: merged into the stored company with the same domain, name or company profile,
   * else new. Its people's segments are matched again (rules on industry and size read the company).
   */
  'companies.save': { request: { draft: CompanyDraft }; response: { company: Company; merged: boolean; changes: CompanyFieldChange[] } };
  /** Delete a company; its people stay (the link is derived from their own fields). */
  'companies.delete': { request: { id: string }; response: { deleted: true } };
}
