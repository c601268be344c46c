// LinkedIn profile and company pages. For a profile, in order of preference: the signed-in layout's embedded
// API JSON, the public layout's JSON-LD, then the top-card CSS. The contact-info overlay adds emails, phones and
// websites. The title comes from the current position; the headline stays the headline, and is only split
// ("Title at Company") when no position is known. A company page yields no person: it reports the organization.
import type { LayerOutput, LayerReport, OrganizationInfo } from '../../domain/extraction';
import { extract as extractJsonLd, jsonLdScripts } from '../json-ld/extract';
import { parseLenientJson } from '../json-ld/lenient-json';
import { LIMITS } from '../shared/limits';
import { asArray, firstText, hasType, isObject, prop } from '../shared/schema-person';
import { firstMatching, queryAll } from '../shared/dom';
import { splitHeadline } from '../shared/headline';
import { PersonBuilder, filledFields } from '../shared/person-builder';
import { attrOf, cleanOptional, looksLikePersonName, textOf } from '../shared/text';
import { cleanEmail, safeHttpUrl } from '../shared/urls';
import { linkedInPage } from './detect';
import { readEmbeddedProfile } from './embedded-json';
import { PHONE_LABELS } from '../../domain/signature/vocabulary';
import { ARTICLE_SELECTORS, COMPANY_SELECTORS, CONTACT_INFO_SELECTORS, CONTACT_SECTION_KINDS, PROFILE_SELECTORS, type ContactSectionKind } from './selectors';

export function extract(doc: Document, url: URL): LayerOutput {
  const page = linkedInPage(url);
  if (page?.kind === 'company') return extractCompany(doc, url);
  if (page?.kind === 'article') return extractArticleAuthor(doc, url);
  return extractProfile(doc, url, page?.slug ?? '');
}

/** An article's person is its author: the author card's link to their profile, with the name it carries. */
function extractArticleAuthor(doc: Document, url: URL): LayerOutput {
  const found = firstMatching(doc, ARTICLE_SELECTORS.author, 5);
  const link = found?.elements.find((a) => /\/in\/[^/?#]+/.test(a.getAttribute('href') ?? ''));
  const name = link ? [attrOf(link, 'title'), attrOf(link.querySelector('img'), 'alt'), textOf(link)].find((t) => looksLikePersonName(t)) : undefined;
  if (!link || !name) {
    return { people: [], report: { layer: 'linkedin', people: 0, fields: [], missed: ARTICLE_SELECTORS.author, notes: ['LinkedIn article: no author card'] } };
  }
  const b = new PersonBuilder(url);
  b.text('fullName', name);
  const slug = /\/in\/([^/?#]+)/.exec(link.getAttribute('href') ?? '')![1]!;
  b.profileAs('linkedin', `https://www.linkedin.com/in/${slug}`);
  const people = [b.person];
  return { people, report: { layer: 'linkedin', people: 1, fields: filledFields(people), selectors: { 'article.author': found!.selector }, notes: ['LinkedIn article: the person is its author'] } };
}

function extractProfile(doc: Document, url: URL, slug: string): LayerOutput {
  const b = new PersonBuilder(url);
  const notes: string[] = [];
  const missed: string[] = [];
  const used: string[] = [];
  const selectors: Record<string, string | null> = {};

  // 1. Embedded API JSON (signed-in layout).
  const embedded = readEmbeddedProfile(doc, slug);
  notes.push(...embedded.notes);
  const e = embedded.profile;
  if (e) {
    used.push('embedded JSON');
    if (e.firstName && e.lastName) b.text('fullName', `${e.firstName} ${e.lastName}`).text('firstName', e.firstName).text('lastName', e.lastName);
    b.text('headline', e.headline).text('title', e.title).text('company', e.company);
    b.location(e.location).photo(e.photo).companyWebsite(e.companyUrl);
    if (e.publicIdentifier) b.profileAs('linkedin', `https://www.linkedin.com/in/${encodeURIComponent(e.publicIdentifier)}/`);
  } else missed.push(...PROFILE_SELECTORS.codeBlobs);
  selectors.codeBlobs = e ? PROFILE_SELECTORS.codeBlobs[0]! : null;

  // 2. JSON-LD (public layout): a Person in @graph. Its description is the About text, not the headline.
  const ld = extractJsonLd(doc, url);
  const ldPerson = ld.mainIndex !== undefined ? ld.people[ld.mainIndex] : undefined;
  if (ldPerson) {
    used.push('JSON-LD');
    b.text('fullName', ldPerson.fullName).text('firstName', ldPerson.firstName).text('lastName', ldPerson.lastName);
    b.text('title', ldPerson.title).text('company', ldPerson.company);
    if (ldPerson.companyDomain && !b.person.companyDomain) b.person.companyDomain = ldPerson.companyDomain;
    b.location(ldPerson.location).photo(ldPerson.photo);
    for (const profileUrl of Object.values(ldPerson.profiles ?? {})) b.profile(profileUrl);
    for (const email of ldPerson.emails ?? []) b.email(email);
  } else missed.push('script[type="application/ld+json"] Person');
  selectors.jsonLdPerson = ldPerson ? 'script[type="application/ld+json"] Person' : null;

  // 3. Top-card CSS.
  const css = (field: keyof typeof PROFILE_SELECTORS) => {
    const found = firstMatching(doc, PROFILE_SELECTORS[field], 1);
    if (!found) missed.push(...PROFILE_SELECTORS[field]);
    selectors[field] = found?.selector ?? null;
    return found?.elements[0];
  };
  const nameEl = css('name');
  if (nameEl) b.text('fullName', textOf(nameEl));
  const headlineEl = css('headline');
  if (headlineEl) b.text('headline', textOf(headlineEl, 500));
  const locationEl = css('location');
  if (locationEl) b.location(textOf(locationEl));
  const companyEl = css('currentCompany');
  if (companyEl) {
    const aria = attrOf(companyEl, 'aria-label');
    const fromAria = /^Current company:\s*(.+?)\.\s*Click/i.exec(aria)?.[1];
    b.text('company', fromAria ?? textOf(companyEl));
  }
  const photoEl = css('photo');
  if (photoEl) b.photo(photoEl.getAttribute('src'));
  if (nameEl || headlineEl) used.push('top card');

  // 3b. The document title, when every name selector missed ("(3) Priya Raman-Okafor | LinkedIn").
  if (!b.person.fullName) {
    const fromTitle = /^(?:\(\d+\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/i.exec(cleanOptional(doc.title) ?? '')?.[1];
    const ok = fromTitle !== undefined && looksLikePersonName(fromTitle);
    if (ok) b.text('fullName', fromTitle);
    selectors.documentTitle = ok ? 'title' : null;
  }
  // 3c. Then the page's heading, when it reads as a name (the contact-info overlay saved without its profile).
  if (!b.person.fullName) {
    const heading = firstMatching(doc, PROFILE_SELECTORS.nameHeading, 1);
    const text = textOf(heading?.elements[0]);
    const ok = heading !== null && looksLikePersonName(text);
    if (ok) b.text('fullName', text);
    else missed.push(...PROFILE_SELECTORS.nameHeading);
    selectors.nameHeading = ok ? heading.selector : null;
  }

  // 4. Contact-info overlay.
  const contactInfo = readContactInfo(doc, url, b);
  if (contactInfo) used.push('contact-info overlay');
  if (/\/overlay\/contact-info\/?$/i.test(url.pathname)) {
    selectors.contactInfo = contactInfo ? contactInfo.selector : null;
    selectors['contactInfo.kind'] = contactInfo?.kindFrom ?? null;
  }

  // 4b. The Experience section's current position (2017–2019 layout), when nothing structured gave the title.
  if (!b.person.title) {
    const position = firstMatching(doc, PROFILE_SELECTORS.currentPosition, 1)?.elements[0];
    const dates = position ? textOf(firstMatching(position, PROFILE_SELECTORS.positionDates, 1)?.elements[0]) : '';
    // "Sep 2018 – Present" / "seit 2018 – heute" is current; "May 2017 – Aug 2018" has ended. No language needed.
    const current = Boolean(dates) && !/\d{4}\s*$/.test(dates);
    const title = position && current ? cleanOptional(textOf(firstMatching(position, PROFILE_SELECTORS.positionTitle, 1)?.elements[0])) : undefined;
    if (title) b.text('title', title);
    selectors.currentPosition = title ? PROFILE_SELECTORS.currentPosition[0]! : null;
  }

  // 5. Title from the headline only when no position said it.
  if (b.person.headline && (!b.person.title || !b.person.company)) {
    const split = splitHeadline(b.person.headline);
    if (split) {
      b.text('title', split.title);
      b.text('company', split.company);
    }
  }
  if (!b.person.profiles?.linkedin && slug) b.profileAs('linkedin', `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`);

  const found = Boolean(b.person.fullName);
  const people = found ? [b.person] : [];
  const report: LayerReport = {
    layer: 'linkedin',
    people: people.length,
    fields: filledFields(people),
    ...(found ? {} : { missed }),
    selectors,
    notes: [...(used.length ? [`read from: ${used.join(', ')}`] : []), ...notes],
  };
  return { people, ...(found ? { mainIndex: 0 } : {}), report };
}

/** What a section holds, from its class (any language) or else its header's words; and which of the two said so. */
function sectionKind(section: Element, header: string): { kind: ContactSectionKind; from: 'class' | 'header' } | undefined {
  const byClass = CONTACT_SECTION_KINDS.find((k) => section.classList.contains(k.className));
  if (byClass) return { kind: byClass.kind, from: 'class' };
  const byHeader = CONTACT_SECTION_KINDS.find((k) => k.header.test(header));
  return byHeader ? { kind: byHeader.kind, from: 'header' } : undefined;
}

/** A phone's label as the overlay writes it beside the number: "(Mobile)", "(Móvil)", "(Work)". */
function phoneLabel(text: string): 'mobile' | 'office' | 'home' | undefined {
  const word = text.replace(/[()]/g, '').trim();
  if (/^work$/i.test(word)) return 'office';
  const label = PHONE_LABELS.find(([pattern]) => pattern.test(word))?.[1];
  return label === 'mobile' || label === 'office' || label === 'home' ? label : undefined;
}

/** Reads the contact-info overlay's sections (Email, Phone, Websites, Profile, Twitter, Address), in any language. */
function readContactInfo(doc: Document, url: URL, b: PersonBuilder): { selector: string; kindFrom: 'class' | 'header' | null } | null {
  const dialog = firstMatching(doc, CONTACT_INFO_SELECTORS.dialog, 1);
  if (!dialog) return null;
  const root = dialog.elements[0]!;
  const scope: ParentNode = root.matches('section') ? doc : root;
  const found = firstMatching(scope, CONTACT_INFO_SELECTORS.section, 50);
  const sections = found?.elements ?? [];
  let kindFrom: 'class' | 'header' | null = null;
  for (const section of sections) {
    const header = firstMatching(section, CONTACT_INFO_SELECTORS.sectionHeader, 1)?.elements[0];
    const sorted = sectionKind(section, textOf(header).toLowerCase());
    if (!sorted) continue;
    if (kindFrom !== 'class') kindFrom = sorted.from;
    const kind = sorted.kind;
    const links = queryAll(section, 'a[href]', 20);
    if (kind === 'email') {
      for (const a of links) b.email(cleanEmail(a.getAttribute('href')) ?? textOf(a));
      if (!links.length) b.email(textOf(section).replace(textOf(header), ''));
    } else if (kind === 'phone') {
      for (const item of queryAll(section, 'li', 10)) {
        const spans = queryAll(item, 'span', 4).map((s) => textOf(s));
        b.phone(spans[0] ?? textOf(item), phoneLabel(spans[1] ?? ''));
      }
    } else if (kind === 'websites') {
      for (const a of links) {
        const href = safeHttpUrl(a.getAttribute('href'), url);
        const note = textOf(a.parentElement).toLowerCase();
        if (!href) continue;
        if (/\(company\)/.test(note)) b.companyWebsite(href);
        else b.link(href);
        if (!b.person.website && /\((personal|portfolio|blog|other)\)/.test(note)) b.website(href);
      }
      // A person who lists only a company website: it is still their website.
      if (!b.person.website) for (const a of links) b.website(a.getAttribute('href'));
    } else if (kind === 'profile') {
      for (const a of links) b.profileAs('linkedin', a.getAttribute('href'));
    } else if (kind === 'twitter') {
      for (const a of links) b.profileAs('x', a.getAttribute('href'));
    } else if (kind === 'address' && !b.person.location) {
      b.location(cleanOptional(textOf(section).replace(textOf(header), '')));
    }
  }
  return found ? { selector: found.selector, kindFrom } : null;
}

function extractCompany(doc: Document, url: URL): LayerOutput {
  const organization: OrganizationInfo = {};
  const missed: string[] = [];
  const selectors: Record<string, string | null> = {};
  const pick = (name: keyof typeof COMPANY_SELECTORS) => {
    const list = COMPANY_SELECTORS[name];
    const found = firstMatching(doc, list, 5);
    if (!found) missed.push(...list);
    selectors[`company.${name}`] = found?.selector ?? null;
    return found?.elements ?? [];
  };
  const name = cleanOptional(textOf(pick('name')[0]));
  if (name) organization.name = name;
  const tagline = cleanOptional(textOf(pick('tagline')[0], 500));
  if (tagline) organization.description = tagline;
  const info = pick('infoItems').map((el) => textOf(el));
  const location = info.find((text) => /,/.test(text) && !/follower/i.test(text));
  if (location) organization.location = location;
  const websiteEl = pick('website')[0];
  const website = safeHttpUrl(textOf(websiteEl)) ?? safeHttpUrl(websiteEl?.getAttribute('href'), url);
  if (website) organization.website = website;
  const industry = cleanOptional(textOf(pick('industry')[0]));
  if (industry) organization.industry = industry;
  const size = cleanOptional(textOf(pick('size')[0]));
  if (size && /\d/.test(size)) organization.size = size;
  const slug = linkedInPage(url)?.slug;
  if (slug) organization.profileUrl = `https://www.linkedin.com/company/${encodeURIComponent(slug)}/`;
  // The public company page has an Organization in JSON-LD: use it when the CSS missed.
  if (!organization.name) {
    for (const script of jsonLdScripts(doc).slice(0, 10)) {
      const text = script.textContent ?? '';
      if (text.length > LIMITS.maxJsonLdChars) continue;
      for (const value of parseLenientJson(text).values) {
        const nodes = isObject(value) && Array.isArray(value['@graph']) ? value['@graph'] : asArray(value);
        const org = nodes.find((n) => isObject(n) && hasType(n, 'Organization', 'Corporation'));
        if (isObject(org)) organization.name ??= cleanOptional(firstText(prop(org, 'name')));
      }
    }
  }
  return {
    people: [],
    report: {
      layer: 'linkedin',
      people: 0,
      fields: [],
      ...(organization.name ? {} : { missed }),
      selectors,
      organization,
      notes: ['LinkedIn company page: an organization, not a person'],
    },
  };
}
