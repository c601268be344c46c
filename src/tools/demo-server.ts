// Answers pages at their real-looking URLs from local files through playwright-core's route(), so nothing reaches
// the network: the demo pages of `npm start`, and the fixture pages of the end-to-end tests (tests/e2e/pages.ts).
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { DEMO_PAGES, routeUrl } from './demo-sites';

export async function answerPage(context: BrowserContext, url: string, html: string | { file: string }): Promise<void> {
  const body = typeof html === 'string' ? html : readFileSync(html.file, 'utf8');
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** Every demo page, each answered by `serve` (the tests pass one that also records the page's host). */
export async function serveDemoPages(
  context: BrowserContext,
  serve: (context: BrowserContext, url: string, html: { file: string }) => Promise<void> = answerPage,
): Promise<void> {
  for (const page of DEMO_PAGES) await serve(context, routeUrl(page), { file: page.file });
}
