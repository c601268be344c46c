// GitHub user and organization pages: github.com/<login>. Repositories (/<owner>/<repo>), gists and GitHub's own
// top-level pages (/features, /settings, /orgs/…) are not profiles.

const RESERVED = new Set([
  'about', 'account', 'apps', 'blog', 'business', 'codespaces', 'collections', 'contact', 'copilot', 'customer-stories',
  'dashboard', 'enterprise', 'events', 'explore', 'features', 'home', 'issues', 'join', 'login', 'logout',
  'marketplace', 'new', 'notifications', 'organizations', 'orgs', 'pricing', 'pulls', 'readme', 'search', 'security',
  'sessions', 'settings', 'signup', 'site', 'sponsors', 'stars', 'team', 'topics', 'trending', 'users', 'watching',
  'solutions', 'resources', 'partners', 'mobile', 'github-copilot', 'premium-support', 'status',
]);
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function githubLogin(url: URL): string | null {
  if (url.hostname.toLowerCase() !== 'github.com' && url.hostname.toLowerCase() !== 'www.github.com') return null;
  const match = /^\/([^/]+)\/?$/.exec(url.pathname);
  if (!match) return null;
  const login = match[1]!;
  if (!LOGIN.test(login) || RESERVED.has(login.toLowerCase())) return null;
  return login;
}

export function detect(url: URL): boolean {
  return githubLogin(url) !== null;
}

export const exampleUrls = {
  positive: [
    'https://github.com/priyaro',
    'https://github.com/priyaro/',
    'https://github.com/jonas-vdberg?tab=repositories',
    'https://www.github.com/Lena-F',
    'https://github.com/northwind-analytics',
  ],
  negative: [
    'https://github.com/',
    'https://github.com/priyaro/dataset-tools',
    'https://github.com/priyaro/dataset-tools/issues/12',
    'https://github.com/features/actions',
    'https://github.com/settings/profile',
    'https://github.com/orgs/northwind-analytics/people',
    'https://github.com/explore',
    'https://gist.github.com/priyaro',
    'https://docs.github.com/en/account',
    'https://github.com/-bad-login-',
  ],
};
