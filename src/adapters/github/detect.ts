// GitHub user and organization pages: github.com/<login>. Repositories (/<owner>/<repo>), gists and GitHub's own
// top-level pages (/features, /settings, /orgs/…) are not profiles.

import { githubLogin } from '../../domain/page-identity';

export { githubLogin };

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
