// Companies: save a capture (merging with the same company), list, look up, and the people who work there.
import { companyKeys, companyOfProspect, indexCompanies, createCompany, findCompany, mergeCompany, prospectCompanyKeys, type Company, type CompanyDraft, type CompanyFieldChange } from '../domain/companies';
import { normalizeKey, type ProspectFields } from '../domain/prospect';
import { companyFromStored, companyToStored, fromStored, newId, type ProspectRecord, type SegueDatabase, type StoredProspect } from './database';
import { searchIds } from './prospect-search';

export interface CompanySaveResult {
  company: Company;
  merged: boolean;
  changes: CompanyFieldChange[];
}

export class InvalidCompanyError extends Error {
  override name = 'InvalidCompanyError';
}

export class CompaniesRepo {
  constructor(private readonly db: SegueDatabase, private readonly clock: () => number = Date.now) {}

  /** Saves a reviewed company capture: merged into the stored company with its domain, name or profile, else new. */
  async save(draft: CompanyDraft): Promise<CompanySaveResult> {
    if (!draft?.fields || !draft.source) throw new InvalidCompanyError('Nothing to save.');
    if (!draft.fields.name?.trim()) throw new InvalidCompanyError('A company needs a name.');
    return this.db.transaction('rw', this.db.companies, async () => {
      const existing = await this.find(draft.fields);
      const now = this.clock();
      if (!existing) {
        const company = createCompany(draft, newId(), now);
        await this.db.companies.add(companyToStored(company));
        return { company, merged: false, changes: [] };
      }
      const { company, changes } = mergeCompany(existing, draft, now);
      await this.db.companies.put(companyToStored(company));
      return { company, merged: true, changes };
    });
  }

  /** The stored company these fields are (domain, then name, then profile), if any. */
  async find(fields: CompanyDraft['fields']): Promise<Company | undefined> {
    const keys = companyKeys(fields);
    if (!keys.length) return undefined;
    const candidates = (await this.db.companies.where('keys').anyOf(keys).distinct().toArray()).map(companyFromStored);
    return findCompany(fields, candidates);
  }

  async get(id: string): Promise<Company | undefined> {
    const row = await this.db.companies.get(id);
    return row ? companyFromStored(row) : undefined;
  }

  /** Every company, A→Z by name. */
  async list(): Promise<Company[]> {
    return (await this.db.companies.orderBy('nameKey').toArray()).map(companyFromStored);
  }

  async delete(id: string): Promise<void> {
    await this.db.companies.delete(id);
  }

  /** The company a prospect works at: by its company domain or work email domain, then by company name. */
  async forProspect(prospect: Pick<ProspectFields, 'company' | 'companyDomain' | 'emails'>): Promise<Company | undefined> {
    const keys = prospectCompanyKeys(prospect);
    if (!keys.length) return undefined;
    const candidates = (await this.db.companies.where('keys').anyOf(keys).distinct().toArray()).map(companyFromStored);
    return companyOfProspect(prospect, candidates);
  }

  /**
   * The prospects linked to a company. The link is derived from each prospect's own fields every time it is read,
   * so it follows every write (capture, edit, import, restore) without a stored pointer going stale. Candidates come
   * from the search index (the domain and the first word of the name); each is then checked against all companies,
   * so a person at a better-matching company is not counted here.
   */
  async people(company: Company): Promise<ProspectRecord[]> {
    const companyOf = indexCompanies(await this.list());
    return (await this.peopleByFields(company)).filter((p) => companyOf(p)?.id === company.id);
  }

  /** Every company with how many people link to it, A→Z. */
  async listWithPeopleCounts(): Promise<Array<{ company: Company; people: number }>> {
    const all = await this.list();
    const companyOf = indexCompanies(all);
    const out: Array<{ company: Company; people: number }> = [];
    for (const company of all) {
      const people = (await this.peopleByFields(company)).filter((p) => companyOf(p)?.id === company.id);
      out.push({ company, people: people.length });
    }
    return out;
  }

  /** Prospects whose own fields point at this company (domain or name), whether or not it is stored. A→Z. */
  async peopleByFields(company: Company): Promise<ProspectRecord[]> {
    const firstWord = normalizeKey(company.name).split(' ')[0];
    const tokens = [company.domain, firstWord].filter((t): t is string => Boolean(t));
    if (!tokens.length) return [];
    // Every prospect with a token starting with the domain or the name's first word: a superset, narrowed below.
    const ids = new Set<string>();
    for (const token of tokens) for (const id of await searchIds(this.db, [token], { limit: Infinity, offset: 0 })) ids.add(id);
    const rows = (await this.db.prospects.bulkGet([...ids])).filter((row): row is StoredProspect => Boolean(row));
    return rows.map(fromStored)
      .filter((p) => companyOfProspect(p, [company]) !== undefined)
      .sort((a, b) => a.fullName.localeCompare(b.fullName));
  }
}
