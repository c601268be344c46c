// Hostile captured text in real Chromium: script tags, event-handler attributes and javascript: links in a
// prospect's fields stay inert text in the popup, the side panel and the dashboard. And the whole run makes no
// network request beyond the extension and the fixture pages (checked from Chromium's NetLog at close).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servePage } from './pages';
import { startSegue, type Segue } from './segue';

const HOSTILE_URL = 'https://people.hostile.example/team/eve';
const NAME = 'Eve <img src=x onerror="window.__pwned=1"> Mallory';
const TITLE = '<script>window.__pwned=2</script>Chief Technology Officer';
const COMPANY = '<b onmouseover="window.__pwned=3">Evil Corp</b>';
const NOTES = '<iframe src="javascript:window.__pwned=4"></iframe> call after 3pm';

const HOSTILE_PAGE = `<!doctype html><html><head><title>Eve</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org', '@type': 'ProfilePage',
  mainEntity: {
    '@type': 'Person', name: NAME, jobTitle: TITLE, worksFor: { '@type': 'Organization', name: COMPANY },
    url: 'javascript:window.__pwned=5', sameAs: ['javascript:window.__pwned=6', 'https://www.linkedin.com/in/eve-mallory-demo'],
    email: 'eve@evil-corp.example',
  },
}).replace(/</g, '\\u003c')}</script></head>
<body><h1>Eve <img src=x onerror="window.__pageScriptRan=1"> Mallory</h1></body></html>`;

let segue: Segue;

async function assertInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], iframe, script:not([src]), [onerror], [onmouseover]').count()).toBe(0);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
}

beforeAll(async () => {
  segue = await startSegue();
  await servePage(segue.context, HOSTILE_URL, HOSTILE_PAGE);
});

afterAll(async () => {
  await segue?.close();
});

describe('hostile captured text', () => {
  let prospectId = '';

  it('captures from a hostile page without running anything, and shows the markup as text for review', async () => {
    const page = await segue.context.newPage();
    await page.goto(HOSTILE_URL);
    const popup = await segue.openPopup(page);
    await popup.getByTestId('capture').click();
    const form = popup.getByRole('form', { name: 'Review before saving' });
    await form.waitFor();
    const title = await form.getByLabel('Title', { exact: true }).inputValue();
    expect(title).toContain('Chief Technology Officer');
    // JSON-LD text is plain text: the characters are kept as the page wrote them, and never become markup.
    expect(title).toBe(TITLE);
    await assertInert(popup);
    await segue.screenshot(popup, 'hostile-1-review');
    await form.getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByTestId('prospect-view').waitFor();
    await assertInert(popup);
    const stored = await segue.table<{ website?: string; profiles: Record<string, string> }>('prospects');
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored[0])).not.toMatch(/javascript:/i);
    await popup.close();
    await page.close();
  });

  it('renders stored hostile fields as inert text in the popup, the side panel and the dashboard', async () => {
    const saved = await segue.send<{ prospect: { id: string } }>('prospects.save', {
      draft: {
        fields: {
          fullName: NAME, title: TITLE, company: COMPANY, notes: NOTES, website: 'javascript:window.__pwned=7',
          emails: ['eve.mallory@evil-corp.example'], phones: [], tags: ['<svg onload="window.__pwned=8">'],
          profiles: { linkedin: 'javascript:window.__pwned=9' },
        },
        fieldSources: { fullName: 'manual' },
        source: { url: 'https://people.hostile.example/other', site: 'web', capturedAt: Date.now() },
      },
    });
    prospectId = saved.prospect.id;

    const dashboard = await segue.openPage(`src/ui/options/index.html#/prospects`);
    await dashboard.getByText(NAME, { exact: false }).first().waitFor();
    expect(await dashboard.getByText(NAME).count()).toBeGreaterThan(0);
    await assertInert(dashboard);
    await segue.screenshot(dashboard, 'hostile-2-dashboard-table');

    await dashboard.goto(segue.url(`src/ui/options/index.html#/prospects/${prospectId}`));
    await dashboard.getByText('Evil Corp', { exact: false }).first().waitFor();
    await dashboard.waitForTimeout(500);
    await assertInert(dashboard);
    await segue.screenshot(dashboard, 'hostile-3-dashboard-detail');

    const panel = await segue.openPage('src/ui/sidepanel/index.html');
    await panel.getByText(NAME).first().waitFor();
    await panel.getByText(NAME).first().click();
    await panel.getByTestId('prospect-view').waitFor();
    expect(await panel.getByRole('heading', { level: 1 }).textContent()).toBe(NAME);
    await assertInert(panel);
    await segue.screenshot(panel, 'hostile-4-panel');
    await Promise.all([dashboard.close(), panel.close()]);
  });

  it('made no network request beyond the extension and the fixture pages', async () => {
    await segue.close();
    expect(segue.offending()).toEqual([]);
    segue = null as unknown as Segue;
  });
});
