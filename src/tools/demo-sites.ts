// Demo and fixture pages served at their real-looking URLs, for `npm start` and the end-to-end tests.
// The browser is driven through playwright-core, whose route() answers these URLs from local files:
// nothing reaches the network.
import { resolve } from 'node:path';

const fixtures = resolve(import.meta.dirname, '../../tests/fixtures');

export interface DemoPage {
  /** Where the browser goes (may carry a #fragment, as Gmail's do). */
  url: string;
  file: string;
  label: string;
}

/** The URL a request is made for: fragments never reach the network, so routes match without them. */
export function routeUrl(page: DemoPage): string {
  return page.url.replace(/#.*$/, '');
}

export const DEMO_PAGES: DemoPage[] = [
  {
    url: 'https://events.example.com/speakers/amara-okafor',
    file: resolve(fixtures, 'demo/speaker-profile.html'),
    label: 'Speaker page with a schema.org Person (JSON-LD)',
  },
  {
    url: 'https://blog.example.org/news/quarterly-update',
    file: resolve(fixtures, 'demo/no-person.html'),
    label: 'Blog post with no person on it',
  },
  {
    url: 'https://www.linkedin.com/in/priya-raman-okafor/',
    file: resolve(fixtures, 'linkedin/public-profile.html'),
    label: 'LinkedIn-like public profile',
  },
  {
    url: 'https://github.com/priyaro',
    file: resolve(fixtures, 'github/user-full.html'),
    label: 'GitHub-like user page',
  },
  {
    url: 'https://northwind.example.com/team',
    file: resolve(fixtures, 'team-page/card-grid.html'),
    label: 'Company team page with several people (pick one)',
  },
  {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp',
    file: resolve(fixtures, 'gmail/single-message.html'),
    label: 'Gmail-like open message with a signature',
  },
  {
    url: 'https://www.linkedin.com/company/northwind-analytics/',
    file: resolve(fixtures, 'linkedin/company-page.html'),
    label: 'LinkedIn-like company page (save the company; its team page links people to it)',
  },
  {
    url: 'https://www.fabrikam.example.com/about-us/',
    file: resolve(fixtures, 'demo/company-about.html'),
    label: "A company's About page with a schema.org Organization (JSON-LD)",
  },
];

export function demoPage(url: string): DemoPage {
  const page = DEMO_PAGES.find((p) => p.url === url);
  if (!page) throw new Error(`No demo page for ${url}`);
  return page;
}
