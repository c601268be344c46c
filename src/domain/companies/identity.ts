// Which stored company a capture or a prospect is: by web domain first, then by normalised name, then by a company
// profile address (LinkedIn company page, X, GitHub organization).
import { normalizeKey, normalizeProfileUrl, type ProspectFields } from '../prospect';
import { emailDomain, isFreeEmailDomain } from '../segments/free-email-domains';
import type { CompanyFields } from './company';
import { LEGAL_FORMS } from './legal-forms';


/** Hosts that are never a company's own domain: social networks and mailbox providers. */
const NOT_A_COMPANY_HOST = /(^|\.)(linkedin\.com|github\.com|twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|youtube\.com|medium\.com|crunchbase\.com|wellfound\.com|angel\.co|xing\.com|google\.com|bit\.ly|linktr\.ee)$/;

/** "Northwind Analytics, Inc." → "northwind analytics"; a name that is only a legal form keeps it. */
export function companyNameKey(name: string | undefined): string {
  const words = normalizeKey(name).split(' ').filter(Boolean);
  const kept = [...words];
  while (kept.length > 1 && LEGAL_FORMS.has(kept[kept.length - 1]!)) kept.pop();
  return kept.join(' ');
}

/**
 * A company domain from a web address, an email address or a bare host: lower case, without "www." and a port.
 * Social networks and free mailbox providers are no company's domain (undefined).
 */
export function normalizeDomain(raw: string | undefined): string | undefined {
  const text = raw?.trim().toLowerCase();
  if (!text) return undefined;
  let host: string | undefined;
  if (text.includes('@') && !text.includes('/')) host = emailDomain(text);
  else {
    try {
      host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname;
    } catch {
      host = undefined;
    }
  }
  host = host?.replace(/\.$/, '').replace(/^www\d*\./, '');
  if (!host || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return undefined;
  if (NOT_A_COMPANY_HOST.test(host) || isFreeEmailDomain(host)) return undefined;
  return host;
}

/** Identity keys of a company, strongest first: domain:, name:, profile:. */
export function companyKeys(company: Pick<CompanyFields, 'name' | 'domain' | 'website' | 'profiles'>): string[] {
  const keys: string[] = [];
  const domain = normalizeDomain(company.domain) ?? normalizeDomain(company.website);
  if (domain) keys.push(`domain:${domain}`);
  const name = companyNameKey(company.name);
  if (name) keys.push(`name:${name}`);
  for (const url of Object.values(company.profiles ?? {})) {
    if (url) keys.push(`profile:${normalizeProfileUrl(url)}`);
  }
  return [...new Set(keys)];
}

/**
 * The keys a prospect links to its company by: the company domain, the domain of each work email (never a free
 * mailbox), then the company name. A prospect's own website is left out: it is as often a personal site.
 */
export function prospectCompanyKeys(prospect: Pick<ProspectFields, 'company' | 'companyDomain' | 'emails'>): string[] {
  const keys: string[] = [];
  const domains = [prospect.companyDomain, ...(prospect.emails ?? [])].map(normalizeDomain);
  for (const domain of domains) if (domain) keys.push(`domain:${domain}`);
  const name = companyNameKey(prospect.company);
  if (name) keys.push(`name:${name}`);
  return [...new Set(keys)];
}

/** Two companies with different domains are different companies, even with the same name (Acme US / Acme UK). */
export function domainsConflict(a: Pick<CompanyFields, 'domain' | 'website'>, b: Pick<CompanyFields, 'domain' | 'website'>): boolean {
  const da = normalizeDomain(a.domain) ?? normalizeDomain(a.website);
  const db = normalizeDomain(b.domain) ?? normalizeDomain(b.website);
  return Boolean(da && db && da !== db);
}

/**
 * The company among `candidates` that `fields` is: the one sharing its domain; else one with the same name whose
 * domain does not conflict; else one sharing a profile address. undefined when none.
 */
export function findCompany<T extends CompanyFields>(fields: CompanyFields, candidates: readonly T[]): T | undefined {
  const keys = companyKeys(fields);
  const keyed = candidates.map((c) => ({ company: c, keys: new Set(companyKeys(c)) }));
  for (const prefix of ['domain:', 'name:', 'profile:']) {
    for (const key of keys.filter((k) => k.startsWith(prefix))) {
      const hit = keyed.find((c) => c.keys.has(key) && (prefix === 'domain:' || !domainsConflict(c.company, fields)));
      if (hit) return hit.company;
    }
  }
  return undefined;
}

/** The company a prospect works at among `companies`: by domain first, then by name (see prospectCompanyKeys). */
export function companyOfProspect<T extends CompanyFields>(prospect: Pick<ProspectFields, 'company' | 'companyDomain' | 'emails'>, companies: readonly T[]): T | undefined {
  return indexCompanies(companies)(prospect);
}

/**
 * A lookup from prospect to company over many companies, built once (for matching a whole table). A name match is
 * not the same company when the prospect's work domain is known and the company's domain differs.
 */
export function indexCompanies<T extends CompanyFields>(companies: readonly T[]): (prospect: Pick<ProspectFields, 'company' | 'companyDomain' | 'emails'>) => T | undefined {
  const byKey = new Map<string, T>();
  const domainsOf = new Map<T, string[]>();
  for (const company of companies) {
    const keys = companyKeys(company);
    domainsOf.set(company, keys.filter((k) => k.startsWith('domain:')));
    for (const key of keys) if (!byKey.has(key)) byKey.set(key, company);
  }
  return (prospect) => {
    const keys = prospectCompanyKeys(prospect);
    const ownDomains = new Set(keys.filter((k) => k.startsWith('domain:')));
    for (const key of keys) {
      const hit = byKey.get(key);
      if (!hit) continue;
      const theirs = domainsOf.get(hit)!;
      if (key.startsWith('name:') && ownDomains.size && theirs.length && !theirs.some((d) => ownDomains.has(d))) continue;
      return hit;
    }
    return undefined;
  };
}
