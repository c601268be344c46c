// A schema.org Organization node (from JSON-LD, microdata or RDFa) as company fields.
import type { CompanyFields } from '../../domain/companies';
import { normalizeDomain, parseCompanySize } from '../../domain/companies';
import type { Location } from '../../domain/prospect';
import { asArray, firstText, hasType, isObject, prop, urlsOf, type SchemaNode } from '../shared/schema-person';
import { cleanOptional } from '../shared/text';
import { safeHttpUrl } from '../shared/urls';
import { COMPANY_PROFILE_PATTERNS, ORGANIZATION_TYPES } from './selectors';

export type CompanyPart = Partial<CompanyFields>;

export function isOrganization(node: unknown): node is SchemaNode {
  return isObject(node) && hasType(node, ...ORGANIZATION_TYPES);
}

/** The network of an organization's profile URL (linkedin, x, github …), or undefined for any other address. */
export function companyProfileNetwork(url: string): string | undefined {
  return COMPANY_PROFILE_PATTERNS.find(([, pattern]) => pattern.test(url))?.[0];
}

/** Adds a web address as a company profile (social network) or as its website (anything else). */
export function addCompanyUrl(part: CompanyPart, raw: unknown, base: URL): void {
  const url = safeHttpUrl(raw, base);
  if (!url) return;
  const network = companyProfileNetwork(url);
  if (network) {
    part.profiles ??= {};
    part.profiles[network] ??= url;
  } else if (!part.website && normalizeDomain(url)) {
    part.website = url;
  }
}

export function mapSchemaOrganization(node: SchemaNode, base: URL, resolve: (value: unknown) => unknown = (v) => v): CompanyPart {
  const part: CompanyPart = {};
  const name = cleanOptional(firstText(prop(node, 'name')) || firstText(prop(node, 'legalName')) || firstText(prop(node, 'alternateName')));
  if (name) part.name = name;
  const description = cleanOptional(firstText(prop(node, 'description')), 500);
  if (description) part.description = description;
  const industry = cleanOptional(firstText(prop(node, 'industry')) || firstText(prop(node, 'knowsAbout')));
  if (industry) part.industry = industry;
  for (const url of [...urlsOf(prop(node, 'url')), ...urlsOf(prop(node, 'sameAs'))]) addCompanyUrl(part, url, base);
  const employees = resolve(asArray(prop(node, 'numberOfEmployees'))[0]);
  const size = isObject(employees)
    ? parseCompanySize(prop(employees, 'value') ?? prop(employees, 'minValue'))
    : parseCompanySize(employees);
  if (size !== undefined) part.size = size;
  if (typeof employees === 'string' && employees.trim()) part.sizeLabel = employees.trim();
  else if (isObject(employees) && prop(employees, 'minValue') !== undefined && prop(employees, 'maxValue') !== undefined) {
    part.sizeLabel = `${firstText(prop(employees, 'minValue'))}-${firstText(prop(employees, 'maxValue'))}`;
  }
  const location = placeOf(resolve(asArray(prop(node, 'address'))[0]) ?? resolve(asArray(prop(node, 'location'))[0]), resolve);
  if (location) part.location = location;
  return part;
}

function placeOf(value: unknown, resolve: (value: unknown) => unknown, depth = 0): Location | undefined {
  if (typeof value === 'string') return value.trim() ? { raw: value.trim().slice(0, 200) } : undefined;
  if (!isObject(value) || depth > 2) return undefined;
  if (hasType(value, 'Place') && prop(value, 'address') !== undefined) return placeOf(resolve(asArray(prop(value, 'address'))[0]), resolve, depth + 1);
  const city = firstText(prop(value, 'addressLocality'));
  const region = firstText(prop(value, 'addressRegion'));
  const country = firstText(prop(value, 'addressCountry'));
  const location: Location = {};
  if (city) location.city = city;
  if (region) location.region = region;
  if (country) location.country = country;
  return Object.keys(location).length ? location : undefined;
}
