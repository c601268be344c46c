// The dashboard loads only the page shown: its entry reaches no page module through static imports, and every page
// still arrives (as its own chunk) when the rep navigates to it in real Chromium.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/ui/options/router';
import { initialJs } from '../bench/support/initial-js';
import { DIST } from './chromium';
import { startSegue, type Segue } from './segue';

const PAGE_MODULES = [
  'prospects-page', 'prospect-detail', 'segments-page', 'segment-editor-page', 'calls-page',
  'follow-ups-page', 'insights-page', 'data-page', 'settings-page',
];

describe('dashboard code split', () => {
  it('the entry statically imports none of the pages; each page is a chunk of its own', () => {
    const assets = readdirSync(join(DIST, 'assets'));
    const { chunks } = initialJs(DIST, 'src/ui/options/index.html');
    for (const page of PAGE_MODULES) {
      const chunk = assets.find((name) => name.startsWith(`${page}-`) && name.endsWith('.js'));
      expect(chunk, `a chunk for ${page}`).toBeDefined();
      expect(chunks).not.toContain(`assets/${chunk}`);
    }
  });

  describe('navigating in Chromium', () => {
    let segue: Segue;
    beforeAll(async () => { segue = await startSegue(); });
    afterAll(async () => { await segue?.close(); });

    it('every section loads its page from the nav, and a deep link loads the page it names', async () => {
      const page = await segue.openPage('src/ui/options/index.html#/settings');
      await page.locator('main h1').first().waitFor();
      for (const section of SECTIONS) {
        const link = page.getByTestId(`nav-${section}`);
        await link.click();
        await expect.poll(() => page.locator('main h1').first().textContent()).toBe(await link.textContent());
        expect(await page.locator('main [aria-busy="true"].lazy-placeholder').count()).toBe(0);
      }
      await page.goto(page.url().replace(/#.*$/, '#/segments/sales-leaders-saas'));
      await page.locator('#basics-heading').waitFor();
      await page.close();
    });
  });
});
