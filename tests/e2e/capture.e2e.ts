// The first user flow in real Chromium: toolbar click → Capture → review → save → listed; and a page with no person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSegue, type Segue } from './segue';
import { DEMO_PAGES } from '../../src/tools/demo-sites';

let segue: Segue;

beforeAll(async () => {
  segue = await startSegue();
});

afterAll(async () => {
  await segue?.close();
});

describe('capture a prospect from a page with a schema.org Person', () => {
  it('captures, shows the fields for review, saves through the background and lists the prospect', async () => {
    const page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    const popup = await segue.openPopup(page);
    await popup.getByTestId('capture').waitFor();
    await segue.screenshot(popup, 'foundation-1-popup-home');

    await popup.getByTestId('capture').click();
    const form = popup.getByRole('form', { name: 'Review before saving' });
    await form.waitFor();
    expect(await form.getByLabel('Full name').inputValue()).toBe('Amara Okafor');
    expect(await form.getByLabel('First name').inputValue()).toBe('Amara');
    expect(await form.getByLabel('Last name').inputValue()).toBe('Okafor');
    expect(await form.getByLabel('Title', { exact: true }).inputValue()).toBe('VP of Sales');
    expect(await form.getByLabel('Company').inputValue()).toBe('Brightwave Analytics');
    expect(await form.getByLabel('Emails (one per line)').inputValue()).toBe('amara.okafor@brightwave.example.com');
    await expect.poll(() => form.getByText('VP', { exact: true }).count()).toBeGreaterThan(0);
    await segue.screenshot(popup, 'foundation-2-review');

    await form.getByLabel('Notes').fill('Met at RevOps Summit; interested in outbound coaching.');
    await form.getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByTestId('prospect-view').waitFor();
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Amara Okafor');
    await segue.screenshot(popup, 'foundation-3-saved');

    const rows = await segue.table<{ fullName: string; company?: string; emails: string[] }>('prospects');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fullName: 'Amara Okafor', company: 'Brightwave Analytics', emails: ['amara.okafor@brightwave.example.com'] });
    await popup.close();

    // The popup now knows the person on this page, and lists her among the recent prospects.
    const again = await segue.openPopup(page);
    await again.getByText('Amara Okafor is already in Segue.').waitFor();
    expect(await again.getByTestId('prospect-list').textContent()).toContain('Amara Okafor');
    await segue.screenshot(again, 'foundation-4-known');
    await again.close();
    await page.close();
  });

  it('says so on a page with no person, and saves nothing', async () => {
    const page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[1]!.url);
    const popup = await segue.openPopup(page);
    await popup.getByTestId('capture').click();
    const error = popup.getByTestId('capture-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/no person found/i);
    await segue.screenshot(popup, 'foundation-5-no-person');
    const rows = await segue.table('prospects');
    expect(rows).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});
