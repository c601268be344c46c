// Who a page address identifies, per site: the one place these rules live. Pure: no DOM, no browser API.
//
// - LinkedIn, GitHub, X: the profile in the path (/in/<slug>, /<login>, /<handle>); their other pages (a feed, a
//   repository, a search) identify nobody.
// - Gmail, Outlook: the sender of the open message. The address does not say who that is (the inbox, a thread and
//   the next thread share a path), so only a capture of the open message can tell.
// - Any other page: its address (query and route-like fragment included), and only when a capture found exactly
//   one person there; a team page that lists several people identifies none of them.
import { knownSiteOfHost, type KnownSite } from './sites';

export type PageIdentity =
  | { kind: 'profile'; site: KnownSite['key']; key: string }
  | { kind: 'message'; site: KnownSite['key'] }
  | { kind: 'page'; key: string }
  | { kind: 'none' };

const LINKEDIN_PROFILE = /^\/in\/([^/?#]{2,100})(?:\/|$)/i;

const GITHUB_RESERVED = new Set([
  'about', 'account', 'apps', 'blog', 'business', 'codespaces', 'collections', 'contact', 'copilot', 'customer-stories',
  'dashboard', 'enterprise', 'events', 'explore', 'features', 'home', 'issues', 'join', 'login', 'logout',
  'marketplace', 'new', 'notifications', 'organizations', 'orgs', 'pricing', 'pulls', 'readme', 'search', 'security',
  'sessions', 'settings', 'signup', 'site', 'sponsors', 'stars', 'team', 'topics', 'trending', 'users', 'watching',
  'solutions', 'resources', 'partners', 'mobile', 'github-copilot', 'premium-support', 'status',
]);
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

const X_RESERVED = new Set([
  'home', 'explore', 'search', 'i', 'settings', 'notifications', 'messages', 'compose', 'login', 'logout', 'signup',
  'tos', 'privacy', 'hashtag', 'intent', 'share', 'jobs', 'about', 'download', 'account', 'lists', 'communities',
  'premium', 'verified-choose', 'bookmarks', 'following', 'followers', 'topics', 'moments', 'grok', 'help',
]);
/** A profile and its tabs; a single post (/<handle>/status/<id>) is not the profile. */
const X_PROFILE = /^\/([A-Za-z0-9_]{1,15})(?:\/(?:with_replies|media|likes|highlights|articles|superfollows))?\/?$/;

/** Query parameters that track a click rather than choose what the page shows. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|trk|trkinfo|originalsubdomain|_hs[a-z]+|share)$/i;

function parse(url: URL | string): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

const onSite = (url: URL, key: KnownSite['key']) => knownSiteOfHost(url.hostname)?.key === key;

/** The profile slug of a LinkedIn person page (/in/<slug> and its sub-pages), decoded. */
export function linkedInProfileSlug(url: URL): string | null {
  if (!onSite(url, 'linkedin')) return null;
  const match = LINKEDIN_PROFILE.exec(url.pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

/** The login of a GitHub user or organization page (github.com/<login>); not a repository or GitHub's own pages. */
export function githubLogin(url: URL): string | null {
  if (!onSite(url, 'github')) return null;
  const match = /^\/([^/]+)\/?$/.exec(url.pathname);
  if (!match) return null;
  const login = match[1]!;
  return GITHUB_LOGIN.test(login) && !GITHUB_RESERVED.has(login.toLowerCase()) ? login : null;
}

/** The handle of an X / Twitter profile page (x.com/<handle> and its tabs). */
export function xHandle(url: URL): string | null {
  return xHandleIn(url, X_PROFILE);
}

const X_POST = /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?:\/|$)/;

/** The author's handle of a single post (/<handle>/status/<id>): who the post is by, not who the page identifies. */
export function xPostAuthor(url: URL): string | null {
  return xHandleIn(url, X_POST);
}

/** The handle `path` captures first on an X page, unless it is one of X's own paths (/home, /settings…). */
function xHandleIn(url: URL, path: RegExp): string | null {
  if (!onSite(url, 'x')) return null;
  const handle = path.exec(url.pathname)?.[1];
  return handle && !X_RESERVED.has(handle.toLowerCase()) ? handle : null;
}

/** The identity key of a profile page on LinkedIn, GitHub or X ("linkedin.com/in/ada-ashgrove"), or null. */
export function profileKeyOf(url: URL | string): string | null {
  const u = parse(url);
  if (!u) return null;
  const linkedin = linkedInProfileSlug(u);
  if (linkedin !== null) return `linkedin.com/in/${encodeURIComponent(linkedin).toLowerCase()}`;
  const login = githubLogin(u);
  if (login !== null) return `github.com/${login.toLowerCase()}`;
  const handle = xHandle(u);
  if (handle !== null) return `x.com/${handle.toLowerCase()}`;
  return null;
}

/**
 * A host as identity keys compare it: a known site's one canonical host (de.linkedin.com, m.linkedin.com and
 * www.linkedin.com are all linkedin.com; twitter.com is x.com); any other host only loses a leading "www.".
 * Other subdomains are different sites (de.example.com is not example.com).
 */
export function canonicalHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return knownSiteOfHost(host)?.canonicalHost ?? host.replace(/^www\./, '');
}

/** Canonical form of a profile URL, so the same person captured twice from two URL variants is recognised. */
export function normalizeProfileUrl(url: string): string {
  const u = parse(url);
  if (!u) return url.trim().toLowerCase();
  const profile = profileKeyOf(u);
  if (profile) return profile;
  return `${canonicalHost(u.hostname)}${u.pathname.replace(/\/+$/, '').toLowerCase()}`;
}

/** A page's own address as an identity key: host, path, the query that selects content, and a route fragment. */
export function pageKeyOf(url: URL | string): string | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  const params = [...u.searchParams].filter(([name]) => !TRACKING_PARAM.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  // Single-page apps route in the fragment ("#/people/42", "#!/people/42"); an in-page anchor ("#bio") is the same page.
  const fragment = /^#!?\//.test(u.hash) ? u.hash.replace(/\/+$/, '') : '';
  return `page:${canonicalHost(u.hostname)}${u.pathname.replace(/\/+$/, '').toLowerCase()}${query}${fragment}`;
}

/** Who the page at this address identifies (see the top of this file). */
export function pageIdentity(url: URL | string): PageIdentity {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return { kind: 'none' };
  const site = knownSiteOfHost(u.hostname);
  if (site?.identity === 'message') return { kind: 'message', site: site.key };
  if (site) {
    const key = profileKeyOf(u);
    return key ? { kind: 'profile', site: site.key, key } : { kind: 'none' };
  }
  const key = pageKeyOf(u);
  return key ? { kind: 'page', key } : { kind: 'none' };
}
