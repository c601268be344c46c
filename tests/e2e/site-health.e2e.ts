// Adapter health in real Chromium: captures through the real toolbar popup note which site selectors matched, and
// Settings → Site health shows a selector that stopped matching (X's profile markup gone, only its server-rendered
// head left), with a Copy diagnostic button.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servePage } from './pages';
import { startSegue, type Segue } from './segue';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const X_RENDERED = 'https://twitter.com/JonasVdBerg';
const X_HEAD_ONLY = 'https://x.com/priyaro_data';
const HEAD_ONLY_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Priya Raman-Okafor (@priyaro_data) / X</title>
<meta content="profile" property="og:type"><meta content="Priya Raman-Okafor (@priyaro_data) on X" property="og:title">
<meta content="Data partnerships at @northwind." property="og:description"></head><body><div id="react-root"></div></body></html>`;

let segue: Segue;

beforeAll(async () => {
  segue = await startSegue();
  await servePage(segue.context, X_RENDERED, { file: resolve(FIXTURES, 'x/twitter-dom-only.html') });
  await servePage(segue.context, X_HEAD_ONLY, HEAD_ONLY_HTML);
  await servePage(segue.context, 'https://pbs.twimg.com/**', '');
});

afterAll(async () => {
  await segue?.close();
});

async function captureIn(url: string): Promise<void> {
  const page = await segue.context.newPage();
  await page.goto(url);
  const popup = await segue.openPopup(page);
  await popup.getByTestId('capture').click();
  await popup.getByRole('form', { name: 'Review before saving' }).waitFor();
  expect(await popup.getByLabel('Full name', { exact: true }).inputValue()).toBeTruthy();
  await popup.close();
  await page.close();
}

describe('Settings → Site health', () => {
  it('shows the X selector that stopped matching, and copies a diagnostic', async () => {
    await captureIn(X_RENDERED);
    await captureIn(X_HEAD_ONLY);
    const cdp = await segue.context.browser()!.newBrowserCDPSession();
    await cdp.send('Browser.grantPermissions', { origin: `chrome-extension://${segue.extensionId}`, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
    const dashboard: Page = await segue.openPage('src/ui/options/index.html#/settings');
    const section = dashboard.getByTestId('site-health');
    const x = section.getByTestId('site-health-x');
    await x.waitFor();
    expect(await x.textContent()).toMatch(/2 captures/);
    expect(await x.locator('h3 .badge').textContent()).toMatch(/stopped matching/);
    const userName = x.locator('tr', { has: dashboard.getByRole('rowheader', { name: 'userName', exact: true }) });
    expect(await userName.textContent()).toMatch(/Missed.*1 of 2/);
    const metaTitle = x.locator('tr', { has: dashboard.getByRole('rowheader', { name: 'metaTitle', exact: true }) });
    expect(await metaTitle.textContent()).toMatch(/Matched/);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: resolve(import.meta.dirname, '../../test-results/e2e/settings-site-health.png') });

    await section.getByTestId('site-health-copy').click();
    await dashboard.getByTestId('toast').waitFor();
    const copied = await dashboard.evaluate(() => navigator.clipboard.readText());
    const diagnostic = JSON.parse(copied) as { sites: Array<{ layer: string; failing: string[] }> };
    expect(diagnostic.sites.find((s) => s.layer === 'x')?.failing).toContain('userName');
    expect(copied).not.toMatch(/Priya|Jonas|northwind|fabrikam/i);
  });
});
