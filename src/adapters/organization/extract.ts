// The organization a page is about (a LinkedIn company page, a GitHub organization, a company's About or team page),
// as a company draft. Structured data first — JSON-LD, microdata, an h-card that is only an organization — then what
// a site adapter reported (LinkedIn, GitHub), the page's own social links, and last its site name and title.
//
// A page is about an organization when: a site adapter says so; a page's mainEntity/about is an Organization; a
// top-level Organization sits on a page that is not an article (an article's Organization is its publisher); a
// microdata Organization is no other item's property; an h-card's name is its org; or, with no structured data,
// the page is one of the company's own pages about itself (home, about, team … see COMPANY_PAGE_PATH).
import { mf2 } from 'microformats-parser';
import type { CompanyDraft, CompanyFieldSource, CompanyFields } from '../../domain/companies';
import { normalizeDomain, parseCompanySize } from '../../domain/companies';
import type { OrganizationInfo } from '../../domain/extraction';
import { normalizeKey } from '../../domain/prospect';
import { H_CARD_SELECTOR } from '../h-card/extract';
import { jsonLdScripts } from '../json-ld/extract';
import { parseLenientJson } from '../json-ld/lenient-json';
import { MICRODATA_SYNTAX } from '../microdata/extract';
import { readMeta } from '../opengraph/extract';
import { closestWithin, firstMatching, queryAll } from '../shared/dom';
import { readItem } from '../shared/item-tree';
import { LIMITS } from '../shared/limits';
import { asArray, hasType, isObject, type SchemaNode } from '../shared/schema-person';
import { cleanOptional, textOf } from '../shared/text';
import { safeHttpUrl } from '../shared/urls';
import { addCompanyUrl, companyProfileNetwork, isOrganization, mapSchemaOrganization, type CompanyPart } from './schema-org';
import {
  ABOUT_LABELS, ARTICLE_TYPES, COMPANY_PAGE_PATH, DESCRIPTION_META, GENERIC_TITLE_PART, ORG_HEADING_SELECTORS, ORG_TITLE_SITE_PART,
  ORG_TITLE_TAB_PART, PAGE_TYPES, SITE_NAME_META, SOCIAL_LINK_CONTAINERS,
} from './selectors';

interface Layer {
  source: CompanyFieldSource;
  part: CompanyPart;
}

/** What a site adapter reported about the organization whose page this is. */
export interface SiteOrganization {
  source: 'linkedin' | 'github';
  info: OrganizationInfo;
}

export function extractCompany(doc: Document, url: URL, siteOrg?: SiteOrganization, site = 'web'): CompanyDraft | undefined {
  const ownPage = COMPANY_PAGE_PATH.test(url.pathname);
  const structured: Layer[] = [];
  const json = jsonLdOrganization(doc, url, ownPage);
  if (json) structured.push({ source: 'json-ld', part: json });
  const micro = microdataOrganization(doc, url);
  if (micro) structured.push({ source: 'microdata', part: micro });
  const card = hCardOrganization(doc, url);
  if (card) structured.push({ source: 'h-card', part: card });

  const layers: Layer[] = [...structured];
  if (siteOrg) layers.push({ source: siteOrg.source, part: fromSiteReport(siteOrg.info, url) });
  const aboutSection = aboutDefinitions(doc, url);
  if (Object.keys(aboutSection).length) layers.push({ source: 'page', part: aboutSection });
  // The site adapter knows this is an organization's page but missed its name: the page's own title or heading.
  const heading = siteOrg && !siteOrg.info.name && !structured.some((l) => l.part.name) ? pageHeading(doc) : undefined;
  if (heading) layers.push({ source: 'page', part: { name: heading } });
  const isSubject = structured.length > 0 || Boolean(siteOrg?.info.name) || Boolean(heading) || (ownPage && site === 'web');
  if (!isSubject) return undefined;
  if (site === 'web') layers.push({ source: 'page', part: socialLinks(doc, url) });
  if (site === 'web' && ownPage) layers.push({ source: 'opengraph', part: siteInfo(doc) });

  const fields: CompanyFields = { name: '', profiles: {} };
  const sources: CompanyDraft['fieldSources'] = {};
  const scalar = ['name', 'website', 'industry', 'size', 'sizeLabel', 'location', 'description'] as const;
  for (const field of scalar) {
    const layer = layers.find((l) => l.part[field] !== undefined && l.part[field] !== '');
    if (!layer) continue;
    (fields as unknown as Record<string, unknown>)[field] = layer.part[field];
    sources[field] = layer.source;
  }
  for (const layer of layers) {
    for (const [network, profile] of Object.entries(layer.part.profiles ?? {})) {
      if (fields.profiles[network]) continue;
      fields.profiles[network] = profile;
      sources.profiles ??= layer.source;
    }
  }
  if (!fields.name) return undefined;
  // On the company's own site the page's host is its domain, when no website says otherwise.
  const domain = normalizeDomain(fields.website) ?? (site === 'web' ? normalizeDomain(url.href) : undefined);
  if (domain) {
    fields.domain = domain;
    sources.domain = fields.website ? (sources.website ?? 'page') : 'page';
  }
  return { fields, fieldSources: sources, source: { url: url.href, site, capturedAt: Date.now() } };
}

/** The JSON-LD Organization the page is about: a page's mainEntity/about, else a top-level one on a non-article page. */
function jsonLdOrganization(doc: Document, url: URL, ownPage: boolean): CompanyPart | undefined {
  const roots: unknown[] = [];
  for (const script of jsonLdScripts(doc).slice(0, LIMITS.maxJsonLdScripts)) {
    const text = script.textContent ?? '';
    if (text.length <= LIMITS.maxJsonLdChars) roots.push(...parseLenientJson(text).values);
  }
  const top: SchemaNode[] = [];
  for (const root of roots) {
    for (const item of asArray(root)) {
      if (isObject(item) && Array.isArray(item['@graph'])) top.push(...item['@graph'].filter(isObject));
      else if (isObject(item)) top.push(item);
    }
  }
  const ids = new Map<string, SchemaNode>();
  for (const node of top) if (typeof node['@id'] === 'string' && node['@type']) ids.set(node['@id'], node);
  const resolve = (value: unknown): unknown => (isObject(value) && typeof value['@id'] === 'string' && !value['@type'] ? ids.get(value['@id']) ?? value : value);

  const pages = top.filter((n) => hasType(n, ...PAGE_TYPES));
  for (const page of pages) {
    for (const key of ['mainEntity', 'about']) {
      const main = asArray(page[key]).map(resolve).find(isOrganization);
      if (main) return mapSchemaOrganization(main, url, resolve);
    }
  }
  const isArticle = top.some((n) => hasType(n, ...ARTICLE_TYPES));
  const orgs = top.filter(isOrganization);
  if (!orgs.length || (isArticle && !ownPage)) return undefined;
  // Yoast-style graphs hold the site's Organization on every page: only the company's own pages are about it.
  if (pages.length && !ownPage && !orgs.some((o) => sameSite(o, url))) return undefined;
  return mapSchemaOrganization(orgs[0]!, url, resolve);
}

function sameSite(org: SchemaNode, url: URL): boolean {
  const page = normalizeDomain(url.href);
  return asArray(org.url).some((u) => typeof u === 'string' && normalizeDomain(u) === page && new URL(u, url).pathname.replace(/\/+$/, '') === url.pathname.replace(/\/+$/, ''));
}

function microdataOrganization(doc: Document, url: URL): CompanyPart | undefined {
  const item = queryAll(doc, '[itemscope][itemtype]', 2_000).find((el) => !el.hasAttribute('itemprop') && isOrganization({ '@type': MICRODATA_SYNTAX.types(el) }));
  if (!item) return undefined;
  const part = mapSchemaOrganization(readItem(item, MICRODATA_SYNTAX), url);
  return part.name ? part : undefined;
}

/** A top-level h-card that is an organization: its name is its org, or it names only an org. */
function hCardOrganization(doc: Document, url: URL): CompanyPart | undefined {
  const cards = queryAll(doc, H_CARD_SELECTOR, 200).filter((el) => !(el.parentElement && closestWithin(el.parentElement, H_CARD_SELECTOR, 200)));
  let html = '';
  for (const card of cards) {
    if (html.length + card.outerHTML.length > LIMITS.maxHCardHtmlChars) break;
    html += card.outerHTML;
  }
  if (!html) return undefined;
  const parsed = mf2(`<!doctype html><html><head></head><body>${html}</body></html>`, { baseUrl: url.href });
  for (const item of parsed.items) {
    if (!(item.type ?? []).includes('h-card')) continue;
    const text = (key: string) => {
      const value = item.properties[key]?.[0];
      return typeof value === 'string' ? value.trim() : '';
    };
    const org = text('org') || text('organization-name');
    const name = text('name');
    if (!org || (name && normalizeKey(name) !== normalizeKey(org))) continue;
    const part: CompanyPart = { name: org };
    for (const u of item.properties.url ?? []) addCompanyUrl(part, typeof u === 'string' ? u : undefined, url);
    const city = text('locality');
    const region = text('region');
    const country = text('country-name');
    if (city || region || country) part.location = { ...(city ? { city } : {}), ...(region ? { region } : {}), ...(country ? { country } : {}) };
    const note = text('note');
    if (note) part.description = note.slice(0, 500);
    return part;
  }
  return undefined;
}

function fromSiteReport(info: OrganizationInfo, url: URL): CompanyPart {
  const part: CompanyPart = {};
  if (info.name) part.name = info.name;
  if (info.description) part.description = info.description;
  if (info.industry) part.industry = info.industry;
  if (info.size) {
    part.sizeLabel = info.size;
    const size = parseCompanySize(info.size);
    if (size !== undefined) part.size = size;
  }
  if (info.location) part.location = { raw: info.location };
  if (info.website) addCompanyUrl(part, info.website, url);
  if (info.profileUrl) addCompanyUrl(part, info.profileUrl, url);
  return part;
}

/** The organization's name as the page's title (without the site's part) or its first heading shows it. */
function pageHeading(doc: Document): string | undefined {
  const meta = readMeta(doc);
  for (const title of [meta.get('og:title')?.[0], textOf(doc.querySelector('title'))]) {
    if (!title || !ORG_TITLE_SITE_PART.test(title)) continue;
    const name = cleanOptional(title.replace(ORG_TITLE_SITE_PART, '').replace(/^\(\d+\+?\)\s*/, '').replace(ORG_TITLE_TAB_PART, ''));
    if (name && !GENERIC_TITLE_PART.test(name)) return name;
  }
  const h1 = firstMatching(doc, ORG_HEADING_SELECTORS, 1)?.elements[0];
  const text = cleanOptional(textOf(h1));
  return text && text.length <= 120 ? text : undefined;
}

/** An About section's definition list: Industry, Company size, Headquarters, Website (labels in ABOUT_LABELS). */
function aboutDefinitions(doc: Document, url: URL): CompanyPart {
  const part: CompanyPart = {};
  for (const dt of queryAll(doc, 'dl dt', 60)) {
    const label = textOf(dt).replace(/:$/, '').trim();
    const dd = dt.nextElementSibling?.tagName === 'DD' ? dt.nextElementSibling : null;
    const value = cleanOptional(textOf(dd));
    if (!dd || !value) continue;
    if (ABOUT_LABELS.industry.test(label)) part.industry ??= value;
    else if (ABOUT_LABELS.size.test(label)) {
      part.sizeLabel ??= value;
      const size = parseCompanySize(value);
      if (size !== undefined) part.size ??= size;
    } else if (ABOUT_LABELS.headquarters.test(label)) part.location ??= { raw: value };
    else if (ABOUT_LABELS.website.test(label)) addCompanyUrl(part, safeHttpUrl(value) ?? dd.querySelector('a')?.getAttribute('href'), url);
  }
  return part;
}

/** The company's own profiles: social links in the header, footer, nav or a social-links list. */
function socialLinks(doc: Document, url: URL): CompanyPart {
  const part: CompanyPart = {};
  for (const container of SOCIAL_LINK_CONTAINERS) {
    for (const a of queryAll(doc, `${container} a[href]`, 200)) {
      const href = safeHttpUrl(a.getAttribute('href'), url);
      if (href && companyProfileNetwork(href)) addCompanyUrl(part, href, url);
    }
  }
  // A LinkedIn company page link anywhere on the page is the company's (a person's is /in/).
  for (const a of queryAll(doc, 'a[href*="linkedin.com/company/"]', 50)) addCompanyUrl(part, a.getAttribute('href'), url);
  return part;
}

/** The site's name (og:site_name, else the title part that is not the page's own name) and description. */
function siteInfo(doc: Document): CompanyPart {
  const meta = readMeta(doc);
  const part: CompanyPart = {};
  const siteName = SITE_NAME_META.map((key) => meta.get(key)?.[0]?.trim()).find(Boolean);
  const fromTitle = (textOf(doc.querySelector('title')) || '').split(/\s+[|–—·•:-]\s+/).map((s) => s.trim()).filter((s) => s && !GENERIC_TITLE_PART.test(s));
  const name = cleanOptional(siteName ?? (fromTitle.length ? fromTitle[fromTitle.length - 1] : undefined));
  if (name) part.name = name;
  const description = cleanOptional(DESCRIPTION_META.map((key) => meta.get(key)?.[0]).find(Boolean), 500);
  if (description) part.description = description;
  return part;
}
