import { describe, expect, it } from 'vitest';
import {
  companyKeys, companyNameKey, companyOfProspect, createCompany, findCompany, mergeCompany, normalizeDomain,
  parseCompanySize, withCompanyFacts, type Company, type CompanyDraft, type CompanyFields,
} from '../../../../src/domain/companies';
import { emptyFields } from '../../../../src/domain/prospect';

const source = (capturedAt: number, url = 'https://www.linkedin.com/company/northwind-analytics/') => ({ url, site: 'linkedin', capturedAt });
const draft = (fields: Partial<CompanyFields>, capturedAt = 1000, fieldSources: CompanyDraft['fieldSources'] = {}): CompanyDraft => ({
  fields: { name: 'Northwind Analytics', profiles: {}, ...fields }, fieldSources, source: source(capturedAt),
});
const company = (id: string, fields: Partial<CompanyFields>): Company => createCompany(draft(fields), id, 1000);

describe('company identity', () => {
  it('normalises names without their legal form and domains without www or a path', () => {
    expect(companyNameKey('Northwind Analytics, Inc.')).toBe('northwind analytics');
    expect(companyNameKey('Müller GmbH & Co. KG')).toBe('muller');
    expect(companyNameKey('Company')).toBe('company');
    expect(normalizeDomain('https://www.Northwind.example.com/about?x=1')).toBe('northwind.example.com');
    expect(normalizeDomain('priya@northwind.example.com')).toBe('northwind.example.com');
    expect(normalizeDomain('northwind.example.com')).toBe('northwind.example.com');
    expect(normalizeDomain('jane@gmail.com')).toBeUndefined();
    expect(normalizeDomain('https://www.linkedin.com/company/northwind')).toBeUndefined();
    expect(normalizeDomain('not a domain')).toBeUndefined();
  });

  it('keys a company by domain, then name, then profile', () => {
    expect(companyKeys({ name: 'Northwind Analytics Inc', website: 'https://www.northwind.example.com/', profiles: { linkedin: 'https://www.linkedin.com/company/northwind-analytics/' } }))
      .toEqual(['domain:northwind.example.com', 'name:northwind analytics', 'profile:linkedin.com/company/northwind-analytics']);
  });

  it('finds the same company by domain first, even under another name', () => {
    const stored = [company('a', { name: 'Other Co', domain: 'northwind.example.com' }), company('b', { name: 'Northwind Analytics' })];
    expect(findCompany({ name: 'Northwind Analytics', domain: 'northwind.example.com', profiles: {} }, stored)?.id).toBe('a');
  });

  it('finds by normalised name unless both domains are known and differ', () => {
    const stored = [company('uk', { name: 'Acme Ltd', domain: 'acme.example.co.uk' })];
    expect(findCompany({ name: 'ACME', profiles: {} }, stored)?.id).toBe('uk');
    expect(findCompany({ name: 'Acme Inc.', domain: 'acme.example.com', profiles: {} }, stored)).toBeUndefined();
  });

  it('finds by company profile address when name and domain say nothing', () => {
    const stored = [company('li', { name: 'Northwind', profiles: { linkedin: 'https://www.linkedin.com/company/northwind-analytics/' } })];
    expect(findCompany({ name: 'NWA', profiles: { linkedin: 'https://linkedin.com/company/northwind-analytics' } }, stored)?.id).toBe('li');
  });

  it('links a prospect by work email domain before company name, never by a free mailbox', () => {
    const stored = [company('name', { name: 'Northwind Analytics' }), company('dom', { name: 'NW', domain: 'northwind.example.com' })];
    expect(companyOfProspect({ ...emptyFields(), company: 'Northwind Analytics', emails: ['p@northwind.example.com'] }, stored)?.id).toBe('dom');
    expect(companyOfProspect({ ...emptyFields(), company: 'Northwind Analytics, Inc.', emails: ['p@gmail.com'] }, stored)?.id).toBe('name');
    expect(companyOfProspect({ ...emptyFields(), emails: ['p@gmail.com'] }, stored)).toBeUndefined();
  });

  it('does not link by name when the prospect works at another domain than the company', () => {
    const stored = [company('uk', { name: 'Acme', domain: 'acme.example.co.uk' })];
    expect(companyOfProspect({ ...emptyFields(), company: 'Acme', emails: ['jo@acme.example.com'] }, stored)).toBeUndefined();
    expect(companyOfProspect({ ...emptyFields(), company: 'Acme', emails: ['jo@acme.example.co.uk'] }, stored)?.id).toBe('uk');
  });
});

describe('company merge', () => {
  it('creates a clean record: domain from the website, unsafe links dropped', () => {
    const created = createCompany(draft({ name: '  Northwind   Analytics ', website: 'https://www.northwind.example.com/', profiles: { x: 'javascript:alert(1)', github: 'https://github.com/northwind' } }), 'c1', 5);
    expect(created).toMatchObject({ id: 'c1', name: 'Northwind Analytics', domain: 'northwind.example.com', profiles: { github: 'https://github.com/northwind' }, createdAt: 5 });
    expect(created.profiles.x).toBeUndefined();
  });

  it('a newer capture replaces values, fills gaps and adds profiles; an empty value never erases', () => {
    const stored = company('c', { industry: 'Software', size: 11, sizeLabel: '11-50 employees', profiles: { linkedin: 'https://www.linkedin.com/company/northwind-analytics/' } });
    const { company: merged, changes } = mergeCompany(stored, draft({ industry: 'Data & Analytics', size: 51, location: { city: 'Austin' }, profiles: { x: 'https://x.com/northwind' } }, 2000), 3000);
    expect(merged).toMatchObject({ industry: 'Data & Analytics', size: 51, sizeLabel: '11-50 employees', location: { city: 'Austin' }, updatedAt: 3000 });
    expect(merged.profiles).toEqual({ linkedin: 'https://www.linkedin.com/company/northwind-analytics/', x: 'https://x.com/northwind' });
    expect(changes.map((c) => c.field).sort()).toEqual(['industry', 'location', 'profiles', 'size']);
    expect(merged.sources).toHaveLength(2);
  });

  it('an older capture only fills empty fields, and a typed value survives a capture', () => {
    const stored = { ...company('c', { industry: 'Software' }), fieldSources: { industry: 'manual' as const } };
    stored.sources = [source(5000)];
    const older = mergeCompany(stored, draft({ industry: 'Retail', size: 10 }, 1000), 6000).company;
    expect(older).toMatchObject({ industry: 'Software', size: 10 });
    const newer = mergeCompany(stored, draft({ industry: 'Retail' }, 9000), 9000).company;
    expect(newer.industry).toBe('Software');
  });
});

describe('company facts for segment rules', () => {
  it('fills industry and size from the company only where the prospect lacks them', () => {
    const prospect = { ...emptyFields(), fullName: 'Priya' };
    expect(withCompanyFacts(prospect, { industry: 'Software', size: 120 })).toMatchObject({ industry: 'Software', companySize: 120 });
    expect(withCompanyFacts({ ...prospect, industry: 'Retail', companySize: 5 }, { industry: 'Software', size: 120 })).toMatchObject({ industry: 'Retail', companySize: 5 });
    expect(withCompanyFacts(prospect, undefined)).toBe(prospect);
  });

  it('reads head counts as pages write them', () => {
    expect(parseCompanySize('51-200 employees')).toBe(51);
    expect(parseCompanySize('10,001+ employees')).toBe(10001);
    expect(parseCompanySize('1.2K')).toBe(1200);
    expect(parseCompanySize(250)).toBe(250);
    expect(parseCompanySize('Self-employed')).toBeUndefined();
  });
});
