// LinkedIn person profiles (/in/<slug>) and company pages (/company/<slug>), including their sub-pages
// (/in/<slug>/overlay/contact-info/, /company/<slug>/about/).

import { linkedInProfileSlug } from '../../domain/page-identity';
import { knownSiteOfHost } from '../../domain/sites';

const COMPANY_PATH = /^\/company\/([^/?#]{1,100})(?:\/|$)/i;
const ARTICLE_PATH = /^\/pulse\/([^/?#]{1,300})(?:\/|$)/i;

export type LinkedInPage = 'profile' | 'company' | 'article';

export function linkedInPage(url: URL): { kind: LinkedInPage; slug: string } | null {
  if (knownSiteOfHost(url.hostname)?.key !== 'linkedin') return null;
  const profile = linkedInProfileSlug(url);
  if (profile !== null) return { kind: 'profile', slug: profile };
  const company = COMPANY_PATH.exec(url.pathname);
  if (company) return { kind: 'company', slug: safeDecode(company[1]!) };
  const article = ARTICLE_PATH.exec(url.pathname);
  if (article) return { kind: 'article', slug: safeDecode(article[1]!) };
  return null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function detect(url: URL): boolean {
  return linkedInPage(url) !== null;
}

export const exampleUrls = {
  positive: [
    'https://www.linkedin.com/in/priya-raman-okafor/',
    'https://www.linkedin.com/in/priya-raman-okafor',
    'https://linkedin.com/in/jonas-van-der-berg-4b1a2c3d/?originalSubdomain=nl',
    'https://de.linkedin.com/in/lena-fischer-example',
    'https://www.linkedin.com/in/priya-raman-okafor/overlay/contact-info/',
    'https://www.linkedin.com/in/ren%C3%A9-dubois-example/details/experience/',
    'https://www.linkedin.com/company/northwind-analytics/',
    'https://www.linkedin.com/company/northwind-analytics/about/',
    'https://www.linkedin.com/pulse/why-maps-matter-priya-raman-okafor',
  ],
  negative: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/jobs/view/3812345678/',
    'https://www.linkedin.com/posts/priya-raman-okafor_data-activity-7150000000000000000-abcd',
    'https://www.linkedin.com/search/results/people/?keywords=northwind',
    'https://www.linkedin.com/school/example-university/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://notlinkedin.com/in/priya-raman-okafor',
    'https://example.com/in/priya-raman-okafor',
  ],
};
