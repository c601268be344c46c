import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompaniesRepo, InvalidCompanyError } from '../../../src/db/companies-repo';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import type { SegueDatabase } from '../../../src/db/database';
import type { CompanyDraft, CompanyFields } from '../../../src/domain/companies';
import { makeDraft } from '../../support/db/drafts';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';

let db: SegueDatabase;
let now = 1_000;
const clock = () => now;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(closeDatabases);

const companyDraft = (fields: Partial<CompanyFields>, capturedAt = now, url = 'https://www.linkedin.com/company/northwind-analytics/'): CompanyDraft => ({
  fields: { name: 'Northwind Analytics', profiles: {}, ...fields }, fieldSources: { name: 'linkedin' }, source: { url, site: 'linkedin', capturedAt },
});

describe('CompaniesRepo', () => {
  it('saves a new company, then merges a second capture of it found by domain', async () => {
    const repo = new CompaniesRepo(db, clock);
    const first = await repo.save(companyDraft({ domain: 'northwind.example.com', industry: 'Software' }));
    expect(first.merged).toBe(false);
    now = 2_000;
    const second = await repo.save(companyDraft({ name: 'Northwind', website: 'https://northwind.example.com/about', size: 51 }, now, 'https://northwind.example.com/about'));
    expect(second).toMatchObject({ merged: true, company: { id: first.company.id, name: 'Northwind', industry: 'Software', size: 51 } });
    expect(second.company.sources).toHaveLength(2);
    expect(await repo.list()).toHaveLength(1);
  });

  it('merges by name (legal form ignored) and by LinkedIn company page; different domains stay apart', async () => {
    const repo = new CompaniesRepo(db, clock);
    const a = await repo.save(companyDraft({ name: 'Acme Inc.', domain: 'acme.example.com', profiles: { linkedin: 'https://www.linkedin.com/company/acme/' } }));
    expect((await repo.save(companyDraft({ name: 'ACME' }))).company.id).toBe(a.company.id);
    expect((await repo.save(companyDraft({ name: 'Acme Worldwide', profiles: { linkedin: 'https://linkedin.com/company/acme' } }))).company.id).toBe(a.company.id);
    const uk = await repo.save(companyDraft({ name: 'Acme Ltd', domain: 'acme.example.co.uk' }));
    expect(uk.merged).toBe(false);
    expect((await repo.list()).map((c) => c.name)).toEqual(['Acme Ltd', 'Acme Worldwide']);
  });

  it('refuses a company without a name and writes nothing', async () => {
    const repo = new CompaniesRepo(db, clock);
    await expect(repo.save(companyDraft({ name: '  ' }))).rejects.toBeInstanceOf(InvalidCompanyError);
    expect(await db.companies.count()).toBe(0);
  });

  it('lists the people of a company by work email domain or company name, following later edits', async () => {
    const companies = new CompaniesRepo(db, clock);
    const prospects = new ProspectsRepo(db, clock);
    const { company } = await companies.save(companyDraft({ domain: 'northwind.example.com' }));
    const { company: other } = await companies.save(companyDraft({ name: 'Contoso', domain: 'contoso.example.com' }));
    const byEmail = (await prospects.saveDraft(makeDraft({ fullName: 'Priya Raman', company: 'NWA', emails: ['priya@northwind.example.com'] }))).prospect;
    const byName = (await prospects.saveDraft(makeDraft({ fullName: 'Daniel Osei', company: 'Northwind Analytics, Inc.' }, { url: 'https://x.example/1' }))).prospect;
    await prospects.saveDraft(makeDraft({ fullName: 'Mei Tanaka', company: 'Northwind Analytics', emails: ['mei@contoso.example.com'] }, { url: 'https://x.example/2' }));
    await prospects.saveDraft(makeDraft({ fullName: 'Sam Free', company: 'Other', emails: ['sam@gmail.com'] }, { url: 'https://x.example/3' }));

    expect((await companies.people(company)).map((p) => p.fullName)).toEqual(['Daniel Osei', 'Priya Raman']);
    expect((await companies.people(other)).map((p) => p.fullName)).toEqual(['Mei Tanaka']);
    expect((await companies.forProspect(byEmail))?.id).toBe(company.id);

    // The link is derived from the prospect as stored: moving Daniel to Contoso moves him.
    await prospects.update(byName.id, { company: 'Contoso' });
    expect((await companies.people(company)).map((p) => p.fullName)).toEqual(['Priya Raman']);
    expect((await companies.people(other)).map((p) => p.fullName).sort()).toEqual(['Daniel Osei', 'Mei Tanaka']);
  });
});
