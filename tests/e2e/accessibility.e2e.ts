// axe-core on every screen, in real Chromium, light and dark: no serious or critical violation anywhere.
// axe is evaluated over DevTools (not a <script> tag), so the extension pages' CSP stays as strict as shipped.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { axeViolations, describeViolations, isSerious, type AxeViolation } from './axe';
import { amaraDraft } from './drafts';
import { SCREENSHOTS, startSegue, type Segue, DASHBOARD_PAGES } from './segue';

const results: Record<string, { violations: number; seriousOrCritical: AxeViolation[] }> = {};
let segue: Segue;
let prospectId = '';

async function audit(page: Page, name: string): Promise<AxeViolation[]> {
  const violations = await axeViolations(page);
  const serious = violations.filter(isSerious);
  results[name] = { violations: violations.length, seriousOrCritical: serious };
  return serious;
}

beforeAll(async () => {
  segue = await startSegue();
  const saved = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() });
  prospectId = saved.prospect.id;
});

afterAll(async () => {
  writeFileSync(join(SCREENSHOTS, 'axe-results.json'), JSON.stringify(results, null, 2));
  console.log('axe-core, serious or critical violations per screen:');
  for (const [name, r] of Object.entries(results)) console.log(`  ${name.padEnd(34)} ${r.seriousOrCritical.length} (all impacts: ${r.violations})`);
  await segue?.close();
});

describe.each(['light', 'dark'] as const)('accessibility (%s theme)', (scheme) => {
  it('popup screens: home, review, prospect, call', async () => {
    const page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    const popup = await segue.openPopup(page);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByTestId('capture').waitFor();
    expect(describeViolations(await audit(popup, `popup-home-${scheme}`))).toEqual([]);

    await popup.getByTestId('capture').click();
    await popup.getByRole('form', { name: 'Review before saving' }).waitFor();
    expect(describeViolations(await audit(popup, `popup-review-${scheme}`))).toEqual([]);
    if (scheme === 'dark') await segue.screenshot(popup, 'dark-popup-review');

    await popup.getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByTestId('prospect-view').waitFor();
    await popup.getByRole('button', { name: /^Why/ }).first().click();
    expect(describeViolations(await audit(popup, `popup-prospect-${scheme}`))).toEqual([]);
    if (scheme === 'dark') await segue.screenshot(popup, 'dark-popup-prospect');

    await popup.getByTestId('log-call').click();
    await popup.getByTestId('call-view').waitFor();
    expect(describeViolations(await audit(popup, `popup-call-${scheme}`))).toEqual([]);
    if (scheme === 'dark') await segue.screenshot(popup, 'dark-popup-call');
    await segue.send('call.discard', {});
    await popup.close();
    await page.close();
  });

  it('side panel', async () => {
    const panel = await segue.openPage('src/ui/sidepanel/index.html');
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.getByTestId('capture').waitFor();
    expect(describeViolations(await audit(panel, `sidepanel-${scheme}`))).toEqual([]);
    await panel.close();
  });

  it.each(DASHBOARD_PAGES)('dashboard: %s', async (name, hash) => {
    const page = await segue.openPage(`src/ui/options/index.html${hash.replace(':id', prospectId)}`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('main').waitFor();
    await page.waitForTimeout(500);
    expect(describeViolations(await audit(page, `dashboard-${name}-${scheme}`))).toEqual([]);
    await segue.screenshot(page, `dashboard-${name}-${scheme}`);
    await page.close();
  });
});
