// Runs every extraction layer over a page and merges what they found into prospect drafts.
//
// Trust order (most trusted first): JSON-LD, microdata, RDFa, h-card, site adapters, Open Graph, links. One
// exception: on a page a site adapter claims (a LinkedIn / GitHub / X profile) and reads a person from, that
// adapter goes first, because it reads the same structured data with the site's quirks in mind (X writes the
// display name in givenName, LinkedIn's JSON-LD description is the About text, not the headline).
//
// Per field, the most trusted non-empty value wins and its layer is recorded; emails and phones are the union of
// all layers (deduplicated); profiles are merged per network. Open Graph and links describe the page, so their
// fields attach to whoever the page is about; a structured layer's person with a different name is someone else
// (a reviewer, a colleague) and is left out.
//
// People: a team page (several peers, no main subject) gives one draft per person; otherwise one draft for the
// page's main person. Each layer runs in its own try/catch: a failing layer reports an error, the others run.
import type { ExtractionResult, LayerOutput, LayerReport, PartialPerson } from '../domain/extraction';
import { NO_PERSON_FOUND } from '../domain/extraction';
import { parseName } from '../domain/names/parse-name';
import { countryOfHost, countryOfLocale, inferPhoneRegion, keepPhone } from '../domain/phones/phone-region';
import type { FieldSource, Phone, ProspectDraft, ProspectFields } from '../domain/prospect';
import { emptyFields, normalizeEmail, normalizeKey } from '../domain/prospect';
import { countryCodeOfLocation } from '../domain/segments/locations';
import { detectSite } from '../domain/site';
import { extract as hCard } from './h-card/extract';
import { extract as jsonLd } from './json-ld/extract';
import { extract as links } from './links/extract';
import { extract as microdata } from './microdata/extract';
import { extract as openGraph } from './opengraph/extract';
import { extract as rdfa } from './rdfa/extract';
import { siteAdapters, type SiteAdapter } from './registry';
import { LIMITS } from './shared/limits';
import { isMultiClause } from './shared/text';
import { extractCompany } from './organization/extract';
import type { CompanyDraft } from '../domain/companies/company';

export { toCliShape, type CliShape } from './cli-shape';

type LayerKind = 'structured' | 'site' | 'page';

export interface LayerRun {
  source: FieldSource;
  kind: LayerKind;
  output: LayerOutput;
  adapter?: SiteAdapter;
}

export interface LayerDef {
  source: FieldSource;
  kind: LayerKind;
  run: (doc: Document, url: URL) => LayerOutput;
  adapter?: SiteAdapter;
}

const STRUCTURED: LayerDef[] = [
  { source: 'json-ld', kind: 'structured', run: jsonLd },
  { source: 'microdata', kind: 'structured', run: microdata },
  { source: 'rdfa', kind: 'structured', run: rdfa },
  { source: 'h-card', kind: 'structured', run: hCard },
];
const PAGE_LEVEL: LayerDef[] = [
  { source: 'opengraph', kind: 'page', run: openGraph },
  { source: 'links', kind: 'page', run: links },
];

export function extractPage(doc: Document, url: URL): ExtractionResult {
  const site = detectSite(url);
  const claimed = siteAdapters.filter((a) => a.detect(url) && !a.contentDetected);
  const contentAdapters = site === 'web' && !claimed.length ? siteAdapters.filter((a) => a.contentDetected) : [];
  const siteDefs: LayerDef[] = [...claimed, ...contentAdapters].map((adapter) => ({ source: adapter.key, kind: 'site', run: adapter.extract, adapter }));

  const runs: LayerRun[] = [];
  for (const def of [...STRUCTURED, ...siteDefs, ...PAGE_LEVEL]) runs.push(runLayer(def, doc, url));
  const reports = runs.map((r) => r.output.report);
  const pageCountry = site === 'web' ? pageCountryHint(doc, url) : undefined;
  const company = companyOfPage(doc, url, site, reports);
  const fail = (error: string): ExtractionResult => ({ ok: false, url: url.href, error, reports, ...(company ? { company } : {}) });

  const siteWithPerson = runs.find((r) => r.kind === 'site' && r.adapter && !r.adapter.contentDetected && mainOf(r.output)?.fullName);
  const ordered = siteWithPerson ? [siteWithPerson, ...runs.filter((r) => r !== siteWithPerson)] : runs;

  const organization = reports.find((r) => r.organization)?.organization;
  const strongMain = ordered.find((r) => r.kind !== 'page' && r.output.mainIndex !== undefined && mainOf(r.output)?.fullName);

  let drafts: ProspectDraft[] = [];
  if (!strongMain) {
    const peerRuns = ordered.filter((r) => r.kind !== 'page' && r.output.mainIndex === undefined && r.output.people.length >= 2);
    if (peerRuns.length && !organization) drafts = teamDrafts(peerRuns, url, site, pageCountry);
  }
  const fromPeers = drafts.length > 0;
  if (!drafts.length) {
    const anchor = ordered.find((r) => r.kind !== 'page' && mainOf(r.output)?.fullName);
    if (organization && !anchor) {
      return fail(`${NO_PERSON_FOUND.replace(/\.$/, '')}: this is an organization page${organization.name ? ` (${organization.name})` : ''}, not a person.`);
    }
    const draft = singleDraft(ordered, url, site, pageCountry);
    if (draft) drafts = [draft];
  }
  if (!drafts.length) {
    const missedSite = runs.find((r) => r.kind === 'site' && r.adapter && !r.adapter.contentDetected && !r.output.people.length && !r.output.report.organization);
    if (missedSite?.adapter) {
      const missed = missedSite.output.report.missed ?? [];
      const list = missed.slice(0, 6).join(', ') + (missed.length > 6 ? ', …' : '');
      return fail(`${missedSite.adapter.label} page found but none of its selectors matched (${list || 'no selectors'}): the site may have changed.`);
    }
    return fail(NO_PERSON_FOUND);
  }
  // A page about this one person (not one of a team page's peers) identifies them by its address.
  if (site === 'web' && !fromPeers && drafts.length === 1) drafts[0]!.source.onlyPersonOnPage = true;
  // The people of a team page work at the company the page is about.
  if (fromPeers && company) for (const draft of drafts) linkToCompany(draft, company);
  return { ok: true, url: url.href, people: drafts, reports, ...(fromPeers && company ? { company } : {}) };
}

/** The organization the page is about; a failure here never fails the capture of its people. */
function companyOfPage(doc: Document, url: URL, site: string, reports: LayerReport[]): CompanyDraft | undefined {
  const siteReport = reports.find((r) => r.organization && (r.layer === 'linkedin' || r.layer === 'github'));
  try {
    const siteOrg = siteReport?.organization ? { source: siteReport.layer as 'linkedin' | 'github', info: siteReport.organization } : undefined;
    return extractCompany(doc, url, siteOrg, site);
  } catch {
    return undefined;
  }
}

/** Fills a team member's empty company and company domain from the page's company. */
function linkToCompany(draft: ProspectDraft, company: CompanyDraft): void {
  if (!draft.fields.company && company.fields.name) {
    draft.fields.company = company.fields.name;
    draft.fieldSources.company = 'team-page';
  }
  if (!draft.fields.companyDomain && company.fields.domain) {
    draft.fields.companyDomain = company.fields.domain;
    draft.fieldSources.companyDomain = 'team-page';
  }
}

/** Runs one layer; a layer that throws becomes an error report instead of failing the capture. */
export function runLayer(def: LayerDef, doc: Document, url: URL): LayerRun {
  try {
    const output = def.run(doc, url);
    return { source: def.source, kind: def.kind, output, ...(def.adapter ? { adapter: def.adapter } : {}) };
  } catch (err) {
    const message = err instanceof RangeError ? 'page too deeply nested or too large for this layer' : err instanceof Error ? err.message : String(err);
    const report: LayerReport = { layer: def.source, people: 0, fields: [], error: `${def.source} failed: ${message.slice(0, 300)}` };
    return { source: def.source, kind: def.kind, output: { people: [], report }, ...(def.adapter ? { adapter: def.adapter } : {}) };
  }
}

function mainOf(output: LayerOutput): PartialPerson | undefined {
  if (output.mainIndex !== undefined) return output.people[output.mainIndex];
  return output.people.length === 1 ? output.people[0] : undefined;
}

function nameKey(name: string | undefined): string {
  if (!name) return '';
  const parsed = parseName(name);
  return normalizeKey(parsed.fullName || name);
}

/** Same person by name: equal once parsed, or one name's words all found in the other ("Priya Okafor" / "Priya Raman-Okafor" is not). */
function sameName(a: string | undefined, b: string | undefined): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const wa = ka.split(' ');
  const wb = new Set(kb.split(' '));
  return wa.length >= 2 && wa.every((w) => wb.has(w)) || (wb.size >= 2 && [...wb].every((w) => wa.includes(w)));
}

interface Part {
  source: FieldSource;
  person: PartialPerson;
  /** Open Graph and links: their name does not decide who the person is. */
  pageLevel: boolean;
}

function singleDraft(ordered: LayerRun[], url: URL, site: string, pageCountry?: string): ProspectDraft | null {
  const anchorRun = ordered.find((r) => r.kind !== 'page' && mainOf(r.output)?.fullName) ?? ordered.find((r) => mainOf(r.output)?.fullName);
  const anchorName = anchorRun ? mainOf(anchorRun.output)?.fullName : undefined;
  if (!anchorName) return null;
  const parts: Part[] = [];
  for (const run of ordered) {
    if (run.adapter?.contentDetected) continue; // a team page's people are not the main person's details
    let person = mainOf(run.output);
    if (!person && run.output.people.length > 1) person = run.output.people.find((p) => sameName(p.fullName, anchorName));
    if (!person) continue;
    const pageLevel = run.kind === 'page';
    if (person.fullName && !sameName(person.fullName, anchorName)) {
      if (!pageLevel) {
        run.output.report.notes = [...(run.output.report.notes ?? []), `"${person.fullName}" is not the page's person ("${anchorName}"): left out`];
        continue;
      }
      const { fullName: _n, firstName: _f, lastName: _l, namePrefix: _p, nameSuffix: _s, ...rest } = person;
      person = rest;
    }
    parts.push({ source: run.source, person, pageLevel });
  }
  return buildDraft(parts, url, site, pageCountry);
}

function teamDrafts(peerRuns: LayerRun[], url: URL, site: string, pageCountry?: string): ProspectDraft[] {
  const groups: Array<{ name: string; parts: Part[] }> = [];
  for (const run of peerRuns) {
    for (const person of run.output.people) {
      if (!person.fullName) continue;
      let group = groups.find((g) => sameName(g.name, person.fullName));
      if (!group) {
        if (groups.length >= LIMITS.maxPeople) continue;
        group = { name: person.fullName, parts: [] };
        groups.push(group);
      }
      group.parts.push({ source: run.source, person, pageLevel: false });
    }
  }
  return groups.map((g) => buildDraft(g.parts, url, site, pageCountry)).filter((d): d is ProspectDraft => d !== null);
}

const SCALARS = ['headline', 'title', 'company', 'companyDomain', 'website', 'photo'] as const;

function buildDraft(parts: Part[], url: URL, site: string, pageCountry?: string): ProspectDraft | null {
  const fields: ProspectFields = emptyFields();
  const sources: ProspectDraft['fieldSources'] = {};
  const nameOwner = parts.find((p) => p.person.fullName);
  if (!nameOwner) return null;

  // Names: the most trusted full name, parsed; given/family names a layer stated are kept when they belong to it.
  const parsed = parseName(nameOwner.person.fullName!);
  fields.fullName = parsed.fullName || nameOwner.person.fullName!;
  sources.fullName = nameOwner.source;
  const stated = parts.find((p) => p.person.firstName && p.person.lastName && sameName(`${p.person.firstName} ${p.person.lastName}`, fields.fullName));
  const setName = (field: 'firstName' | 'lastName' | 'namePrefix' | 'nameSuffix', value: string | undefined, source: FieldSource) => {
    if (!value || fields[field]) return;
    fields[field] = value;
    sources[field] = source;
  };
  if (stated) {
    setName('firstName', stated.person.firstName, stated.source);
    setName('lastName', stated.person.lastName, stated.source);
  }
  for (const part of parts) {
    if (!part.person.fullName || part.pageLevel) continue;
    setName('namePrefix', part.person.namePrefix, part.source);
    setName('nameSuffix', part.person.nameSuffix, part.source);
  }
  setName('firstName', parsed.firstName, 'derived');
  setName('lastName', parsed.lastName, 'derived');
  setName('namePrefix', parsed.prefix, 'derived');
  setName('nameSuffix', parsed.suffix, 'derived');

  for (const field of SCALARS) {
    // A title that is a multi-clause headline ("Founder of X | Former Y") gives way to a plain role another layer read.
    const part = (field === 'title' ? parts.find((p) => p.person.title && !isMultiClause(p.person.title)) : undefined) ?? parts.find((p) => p.person[field]);
    if (part) {
      fields[field] = part.person[field]!;
      sources[field] = part.source;
    }
  }
  const locationPart = parts.find((p) => p.person.location && Object.keys(p.person.location).length);
  if (locationPart) {
    fields.location = { ...locationPart.person.location };
    sources.location = locationPart.source;
  }

  for (const part of parts) {
    for (const email of part.person.emails ?? []) {
      const normalized = normalizeEmail(email);
      if (!normalized || fields.emails.includes(normalized) || fields.emails.length >= 20) continue;
      fields.emails.push(normalized);
      sources.emails ??= part.source;
    }
  }
  // Region for national numbers: the prospect's country, their email's or website's ccTLD, then the page's hint. The
  // rep's own default country comes last, in the background (regionalizePhones), which knows the setting.
  const prospectCountry = fields.location ? countryCodeOfLocation(fields.location.country, fields.location.region, fields.location.raw ?? fields.location.city) : undefined;
  const region = inferPhoneRegion({
    ...(prospectCountry ? { prospectCountry } : {}), emails: fields.emails, ...(fields.website ? { website: fields.website } : {}),
  }) ?? pageCountry;
  for (const part of parts) {
    for (const phone of part.person.phones ?? []) {
      // Never dropped: E.164 when the region allows, else the number as the page wrote it.
      const kept = keepPhone(phone.raw ?? phone.number, { region, label: phone.label });
      if (!kept || fields.phones.some((p: Phone) => p.number === kept.number) || fields.phones.length >= 20) continue;
      if (phone.extension && !kept.extension) kept.extension = phone.extension;
      fields.phones.push(kept);
      sources.phones ??= part.source;
    }
  }
  for (const part of parts) {
    for (const [network, profileUrl] of Object.entries(part.person.profiles ?? {})) {
      if (fields.profiles[network]) continue;
      fields.profiles[network] = profileUrl;
      sources.profiles ??= part.source;
    }
  }
  return {
    fields,
    fieldSources: sources,
    source: { url: url.href, site, capturedAt: Date.now() },
  };
}

/**
 * The country a page's national numbers ("030 7654321") most likely belong to, when the person's location, email and
 * website do not say: the page's national domain (.de), else its language (<html lang="en-GB">, "sv"). Only on
 * ordinary websites; LinkedIn or GitHub pages say nothing about the person's country.
 */
function pageCountryHint(doc: Document, url: URL): string | undefined {
  return countryOfHost(url.hostname) ?? countryOfLocale(doc.documentElement?.getAttribute('lang') ?? '');
}
