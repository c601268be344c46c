// Demo and fixture pages served at their real-looking URLs, for `npm start` and the end-to-end tests.
// The browser is driven through playwright-core, whose route() answers these URLs from local files:
// nothing reaches the network.
import { resolve } from 'node:path';

const fixtures = resolve(import.meta.dirname, '../../tests/fixtures');

export interface DemoPage {
  url: string;
  file: string;
  label: string;
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
];

export function demoPage(url: string): DemoPage {
  const page = DEMO_PAGES.find((p) => p.url === url);
  if (!page) throw new Error(`No demo page for ${url}`);
  return page;
}
