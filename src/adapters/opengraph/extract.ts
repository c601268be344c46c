// Layer 5: Open Graph, profile:* and twitter:* meta tags, and <meta name="author">.
//
// These tags describe the *page*, so they only describe a person when the page is a profile: og:type "profile"
// (or "profile"-prefixed), or profile:first_name / profile:last_name / profile:username tags present. On an article
// og:title is the article's headline and <meta name="author"> its writer: neither is the page's subject, so nothing
// is returned. A name taken from og:title / twitter:title must read like a person's name once the site suffix
// (" | Site", " - Site") is cut; otherwise only the other fields (photo, description, handle) are returned,
// and the pipeline attaches them to the person other layers found.
import type { LayerOutput } from '../../domain/extraction';
import { queryAll } from '../shared/dom';
import { PersonBuilder, filledFields } from '../shared/person-builder';
import { cleanText, looksLikePersonName } from '../shared/text';

export function readMeta(doc: Document): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const el of queryAll(doc, 'meta[content]', 500)) {
    const content = el.getAttribute('content') ?? '';
    for (const key of [el.getAttribute('property'), el.getAttribute('name')]) {
      if (!key) continue;
      const k = key.trim().toLowerCase();
      const list = meta.get(k) ?? [];
      if (!list.includes(content)) list.push(content);
      meta.set(k, list);
    }
  }
  return meta;
}

/** "Priya Raman-Okafor | Northwind" → "Priya Raman-Okafor"; the site name and separators removed. */
export function stripSiteSuffix(title: string, siteName?: string): string {
  let text = cleanText(title);
  if (siteName) {
    const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`\\s*[|\\-–—:·•]\\s*${escaped}\\s*$`, 'i'), '');
  }
  return text.replace(/\s+[|–—·•]\s+.*$/, '').replace(/\s+-\s+[^-]*$/, '').replace(/\s*\((?:@[\w.]+)\)\s*/, ' ').trim();
}

/** "Name (@handle) • Instagram", "Name (@handle) | TikTok", "Name (@user@host) - Mastodon": name and handle. */
const HANDLE_TITLE = /^(.+?)\s*\(@([\p{L}\p{N}._-]{1,60})(?:@[\w.-]+)?\)/u;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

/** The name of a profile titled "Name (@handle) …" when the handle is the page's own (/handle, /@handle). */
function handleTitleName(titles: string[], url: URL): string | undefined {
  const first = url.pathname.split('/').filter(Boolean)[0]?.replace(/^@/, '').toLowerCase();
  if (!first) return undefined;
  for (const title of titles) {
    const match = HANDLE_TITLE.exec(title);
    if (!match || match[2]!.toLowerCase() !== first) continue;
    const name = match[1]!.replace(PICTOGRAPHS, '').replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(name) && name.length <= 80) return name;
  }
  return undefined;
}

export function extract(doc: Document, url: URL): LayerOutput {
  const meta = readMeta(doc);
  const one = (key: string) => cleanText(meta.get(key)?.[0] ?? '');
  const ogType = one('og:type').toLowerCase();
  const hasProfileTags = ['profile:first_name', 'profile:last_name', 'profile:username'].some((k) => one(k));
  const titleName = handleTitleName([one('og:title'), cleanText(doc.title ?? ''), one('twitter:title')].filter(Boolean), url);
  const isProfile = ogType === 'profile' || ogType.startsWith('profile') || hasProfileTags || titleName !== undefined;
  if (!isProfile) {
    return {
      people: [],
      report: {
        layer: 'opengraph',
        people: 0,
        fields: [],
        missed: ['meta[property="og:type"][content="profile"]'],
        ...(one('og:title') ? { notes: [`og:type is "${ogType || 'missing'}": og:title "${one('og:title').slice(0, 80)}" is not taken as a person`] } : {}),
      },
    };
  }
  const b = new PersonBuilder(url);
  const first = one('profile:first_name');
  const last = one('profile:last_name');
  if (first && last) b.text('fullName', `${first} ${last}`).text('firstName', first).text('lastName', last);
  const siteName = one('og:site_name');
  if (titleName && !b.person.fullName) {
    b.text('fullName', titleName);
    b.profile(url.href);
  }
  for (const candidate of [one('og:title'), one('twitter:title'), one('author')]) {
    if (b.person.fullName || !candidate) continue;
    const name = stripSiteSuffix(candidate, siteName);
    if (looksLikePersonName(name)) b.text('fullName', name);
  }
  b.text('headline', one('og:description') || one('twitter:description') || one('description'));
  b.photo(one('og:image') || one('og:image:url') || one('og:image:secure_url') || one('twitter:image'));
  b.profile(one('og:url'));
  const handle = one('twitter:creator').replace(/^@/, '');
  if (/^[A-Za-z0-9_]{1,15}$/.test(handle)) b.profileAs('x', `https://x.com/${handle}`);
  const people = b.isEmpty() ? [] : [b.person];
  return {
    people,
    ...(people.length ? { mainIndex: 0 } : {}),
    report: { layer: 'opengraph', people: people.length, fields: filledFields(people), ...(people.length ? {} : { missed: ['og:title', 'profile:first_name'] }) },
  };
}
