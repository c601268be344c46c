// The first-run setup in real Chromium: a fresh install opens it; the rep fills who they are, what they sell and a
// playbook (with a preview), and a prospect captured afterwards gets talking points and messages about their offer.
// The skip path leaves general wording with no empty or raw placeholder; Settings reopens the setup.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { axeViolations, describeViolations, isSerious } from './axe';
import { startSegue, type Segue } from './segue';

let segue: Segue | undefined;
afterEach(async () => {
  await segue?.close();
  segue = undefined;
});

const SCHEMES = ['light', 'dark'] as const;

async function firstRunTab(s: Segue): Promise<Page> {
  const isSetup = (p: Page) => p.url().endsWith('/src/ui/options/index.html#/welcome');
  await expect.poll(() => s.context.pages().some(isSetup), { timeout: 20_000 }).toBe(true);
  const page = s.context.pages().find(isSetup)!;
  await page.getByTestId('welcome-form').waitFor();
  return page;
}

/** Light and dark screenshots; axe finds nothing serious in either, and the page never scrolls sideways. */
async function shoot(s: Segue, page: Page, name: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(describeViolations((await axeViolations(page)).filter(isSerious)), `${name} ${scheme}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${name} fits`).toBe(true);
    await s.screenshot(page, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Captures the demo page's person through the real popup and returns the popup showing her. */
async function captureAmara(s: Segue): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(DEMO_PAGES[0]!.url);
  const popup = await s.openPopup(page);
  await popup.getByTestId('capture').click();
  const form = popup.getByRole('form', { name: 'Review before saving' });
  await form.getByRole('button', { name: 'Save prospect' }).click();
  await popup.getByTestId('prospect-view').waitFor();
  await popup.getByTestId('talking-points').locator('li').first().waitFor();
  return popup;
}

const RAW_OR_EMPTY = /\{\{|\}\}|Hi ,| {2}| [,.]|\.\./;

describe('first-run setup', () => {
  it('opens on install; filled in, it makes the captured prospect\'s talking points and messages about the rep\'s offer', async () => {
    segue = await startSegue({ keepFirstRunSetup: true });
    const s = segue;
    const setup = await firstRunTab(s);
    expect(await setup.getByRole('heading', { level: 1 }).textContent()).toBe('Set up Segue for what you sell');

    // 1. About you.
    await setup.getByTestId('welcome-name').fill('Sam Rivera');
    await setup.getByTestId('welcome-title').fill('Account Executive');
    await setup.getByTestId('welcome-company').fill('Ledgerly Inc');
    await setup.getByTestId('welcome-meeting-link').fill('cal.example.com/sam');
    await setup.getByTestId('welcome-next').click();
    await expect.poll(() => setup.getByRole('alert').textContent()).toMatch(/https:\/\//);
    await setup.getByTestId('welcome-meeting-link').fill('https://cal.example.com/sam');
    await shoot(s, setup, 'onboarding-1-about-you');
    await setup.getByTestId('welcome-next').click();

    // 2. What you sell, and the default country.
    await setup.getByTestId('welcome-offer-name').fill('Ledgerly');
    await setup.getByTestId('welcome-offer-problem').fill('month-end close that takes two weeks');
    await setup.getByTestId('welcome-proof-1').fill('Acme Corp closes its books in 3 days.');
    await setup.getByTestId('welcome-proof-2').fill('40 finance teams use it every month');
    await setup.getByTestId('welcome-country').selectOption('GB');
    await shoot(s, setup, 'onboarding-2-offer');
    await setup.getByTestId('welcome-next').click();

    // 3. The playbook, previewed on its sample prospect with the answers above.
    const preview = setup.getByTestId('welcome-preview');
    await setup.getByTestId('welcome-playbook-professional-services').check();
    await expect.poll(() => preview.textContent()).toContain('Morgan Ellis');
    expect(await setup.getByTestId('welcome-replace-note').isVisible()).toBe(true);
    await setup.getByTestId('welcome-playbook-b2b-software').check();
    await expect.poll(() => preview.textContent()).toContain('Jordan Rivera');
    expect(await setup.getByTestId('welcome-replace-note').count()).toBe(0);
    const points = await setup.getByTestId('welcome-preview-points').textContent();
    expect(points).toContain('Ledgerly helps sales leaders with month-end close that takes two weeks');
    expect(points).toContain('Proof to mention: Acme Corp closes its books in 3 days.');
    const email = await setup.getByTestId('welcome-preview-email').textContent();
    expect(email).toContain('One example: Acme Corp closes its books in 3 days.');
    expect(email).toContain('https://cal.example.com/sam');
    expect(email).not.toMatch(RAW_OR_EMPTY);
    await shoot(s, setup, 'onboarding-3-playbook');
    await setup.getByTestId('welcome-next').click();
    await setup.getByTestId('welcome-done').waitFor();
    await shoot(s, setup, 'onboarding-4-done');

    const settings = await s.table<{ key: string; value: Record<string, unknown> }>('settings');
    expect(settings.find((r) => r.key === 'offer')?.value).toEqual({
      name: 'Ledgerly', problem: 'month-end close that takes two weeks', proofs: ['Acme Corp closes its books in 3 days.', '40 finance teams use it every month'], playbook: 'b2b-software',
    });
    expect(settings.find((r) => r.key === 'sender')?.value).toMatchObject({ name: 'Sam Rivera', title: 'Account Executive', country: 'GB', meetingLink: 'https://cal.example.com/sam' });

    // A prospect captured now: talking points and the email speak about Ledgerly.
    const popup = await captureAmara(s);
    const tp = (await popup.getByTestId('talking-points').locator('li').allTextContents()).join('\n');
    expect(tp).toContain('Ledgerly helps sales leaders with month-end close that takes two weeks');
    expect(tp).toContain('Acme Corp closes its books in 3 days.');
    expect(tp).toContain('More proof if they ask: 40 finance teams use it every month.');
    expect(tp).not.toMatch(RAW_OR_EMPTY);
    const body = await popup.getByTestId('messages').getByTestId('message-body').inputValue();
    expect(body).toMatch(/^Hi Amara,/);
    expect(body).toContain('Ledgerly helps sales leaders with month-end close that takes two weeks. One example: Acme Corp closes its books in 3 days.');
    expect(body).toMatch(/Best,\nSam Rivera\nAccount Executive, Ledgerly Inc$/);
    await shoot(s, popup, 'onboarding-5-popup-offer');

    // Settings says what is set and reopens the setup, filled with the answers.
    const dash = await s.openPage('src/ui/options/index.html#/settings');
    await expect.poll(() => dash.getByTestId('setup-entry-summary').textContent()).toContain('Ledgerly');
    await shoot(s, dash, 'onboarding-6-settings-entry');
    await dash.getByTestId('setup-entry-open').click();
    await dash.getByTestId('welcome-form').waitFor();
    expect(await dash.getByTestId('welcome-name').inputValue()).toBe('Sam Rivera');
  });

  it('can be skipped: the captured prospect gets general wording, never an empty or raw placeholder', async () => {
    segue = await startSegue({ keepFirstRunSetup: true });
    const s = segue;
    const setup = await firstRunTab(s);
    await setup.getByTestId('welcome-skip').click();
    await setup.waitForURL(/#\/prospects$/);
    await setup.getByTestId('nav-prospects').waitFor();

    const popup = await captureAmara(s);
    const tp = await popup.getByTestId('talking-points').locator('li').allTextContents();
    expect(tp.join('\n')).toContain('Our platform helps sales leaders with the hours reps lose to admin instead of selling');
    for (const text of tp) expect(text).not.toMatch(RAW_OR_EMPTY);
    const body = await popup.getByTestId('messages').getByTestId('message-body').inputValue();
    expect(body).toMatch(/^Hi Amara,/);
    expect(body).not.toMatch(RAW_OR_EMPTY);
    expect(body).not.toMatch(/Ledgerly|Segue/);
    expect(tp.join('\n')).toContain('Likely objection: "my reps already have too many tools"');
    await shoot(s, popup, 'onboarding-7-skipped-popup');
    const settings = await s.table<{ key: string }>('settings');
    expect(settings.find((r) => r.key === 'offer')).toBeUndefined();
  });
});
