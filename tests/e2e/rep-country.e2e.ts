// The rep's own country (last hint for phone numbers written without +country code) in the real dashboard.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSegue, type Segue } from './segue';

describe('Settings: your country', () => {
  let segue: Segue;
  let dashboard: Page;

  beforeAll(async () => {
    segue = await startSegue();
    dashboard = await segue.openPage('src/ui/options/index.html#/settings');
    await dashboard.getByTestId('sender-form').waitFor();
  }, 60_000);

  afterAll(async () => {
    await segue?.close();
  });

  it('starts from the browser\'s locale, saves a chosen country and keeps it after a reload', async () => {
    const select = dashboard.getByTestId('sender-country');
    expect(await select.inputValue()).toBe('');
    expect(await select.locator('option').first().textContent()).toMatch(/^From your browser \(.+\)$/);
    await select.selectOption('DE');
    await dashboard.getByTestId('sender-save').click();
    await dashboard.getByTestId('toast').getByText(/Settings saved/).waitFor();
    await expect.poll(async () => (await segue.table<{ key: string; value: { country?: string } }>('settings')).find((row) => row.key === 'sender')?.value.country).toBe('DE');
    await dashboard.reload();
    await dashboard.getByTestId('sender-form').waitFor();
    expect(await dashboard.getByTestId('sender-country').inputValue()).toBe('DE');
    await dashboard.getByTestId('sender-form').scrollIntoViewIfNeeded();
    await segue.screenshot(dashboard, 'settings-your-country');
  });
});
