// GitHub user pages give a person; organization pages give no person, and report the organization instead.
import type { LayerOutput, OrganizationInfo } from '../../domain/extraction';
import { firstMatching } from '../shared/dom';
import { PersonBuilder, filledFields } from '../shared/person-builder';
import { attrOf, cleanOptional, emailsInText, textOf } from '../shared/text';
import { cleanEmail, safeHttpUrl } from '../shared/urls';
import { githubLogin } from './detect';
import { ORG_SELECTORS, USER_SELECTORS } from './selectors';

export function extract(doc: Document, url: URL): LayerOutput {
  const subject = firstMatching(doc, ORG_SELECTORS.subjectTag, 1)?.elements[0]?.getAttribute('content') ?? '';
  const orgHeader = firstMatching(doc, ORG_SELECTORS.name, 1);
  const userName = firstMatching(doc, USER_SELECTORS.name, 1);
  if (subject.startsWith('organization:') || (!subject && orgHeader && !userName)) return extractOrganization(doc, url);
  return extractUser(doc, url);
}

function extractUser(doc: Document, url: URL): LayerOutput {
  const b = new PersonBuilder(url);
  const missed: string[] = [];
  const selectors: Record<string, string | null> = {};
  const get = (field: keyof typeof USER_SELECTORS, limit = 1) => {
    const found = firstMatching(doc, USER_SELECTORS[field], limit);
    if (!found) missed.push(...USER_SELECTORS[field]);
    selectors[field] = found?.selector ?? null;
    return found?.elements ?? [];
  };
  b.text('fullName', textOf(get('name')[0]));
  const login = textOf(get('login')[0]) || githubLogin(url) || '';
  const bioEl = get('bio')[0];
  const bio = bioEl ? attrOf(bioEl, 'data-bio-text', 500) || textOf(bioEl, 500) : '';
  b.text('headline', bio);
  for (const email of emailsInText(bio)) b.email(email);
  // "@northwind-analytics" is an org mention: keep the org's login as the company name.
  b.text('company', textOf(get('company')[0]).replace(/^@/, ''));
  const locationEl = get('location')[0];
  b.location(locationEl ? textOf(locationEl) || attrOf(locationEl, 'aria-label').replace(/^Home location:\s*/i, '') : undefined);
  for (const a of get('email', 5)) b.email(cleanEmail(a.getAttribute('href')) ?? textOf(a));
  for (const a of get('website', 3)) b.website(a.getAttribute('href') ?? textOf(a));
  for (const a of get('social', 10)) b.profile(a.getAttribute('href'));
  const avatar = get('avatar')[0];
  b.photo(avatar?.getAttribute('src') ?? avatar?.getAttribute('href'));
  if (login) b.profileAs('github', `https://github.com/${login}`);
  // A user with no display name is still a person: GitHub shows the login in its place.
  if (!b.person.fullName && login && (get('bio')[0] || get('login')[0])) b.text('fullName', login);
  const found = Boolean(b.person.fullName);
  const people = found ? [b.person] : [];
  return {
    people,
    ...(found ? { mainIndex: 0 } : {}),
    report: { layer: 'github', people: people.length, fields: filledFields(people), selectors, ...(found ? {} : { missed }) },
  };
}

function extractOrganization(doc: Document, url: URL): LayerOutput {
  const organization: OrganizationInfo = {};
  const one = (list: string[]) => firstMatching(doc, list, 1)?.elements[0];
  const name = cleanOptional(textOf(one(ORG_SELECTORS.name)));
  if (name) organization.name = name;
  const description = cleanOptional(textOf(one(ORG_SELECTORS.description), 500));
  if (description) organization.description = description;
  const location = cleanOptional(textOf(one(ORG_SELECTORS.location)));
  if (location) organization.location = location;
  const website = safeHttpUrl(one(ORG_SELECTORS.website)?.getAttribute('href'), url);
  if (website) organization.website = website;
  const email = cleanEmail(one(ORG_SELECTORS.email)?.getAttribute('href'));
  if (email) organization.email = email;
  const login = githubLogin(url);
  if (login) organization.profileUrl = `https://github.com/${login}`;
  return {
    people: [],
    report: {
      layer: 'github',
      people: 0,
      fields: [],
      organization,
      notes: ['GitHub organization page: an organization, not a person'],
      ...(name ? {} : { missed: ORG_SELECTORS.name }),
    },
  };
}
