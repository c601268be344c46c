// Viewing segment-matched talking points and copying a suggested message, in real Chromium through the real popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

let segue: Segue;

beforeAll(async () => {
  segue = await startSegue();
  await segue.send('prospects.save', { draft: amaraDraft() });
});

afterAll(async () => {
  await segue?.close();
});

describe('talking points and suggested messages', () => {
  it('explains the matched segment, shows its talking points, and copies a filled-in message', async () => {
    const page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    const popup = await segue.openPopup(page);
    await popup.getByRole('button', { name: 'Open' }).click();
    const segments = popup.getByTestId('segment-matches');
    await segments.waitFor();

    // The best match leads, with its score, and "Why?" lists the rules that decided it with their weights.
    const first = segments.locator('.segment-match').first();
    expect(await first.textContent()).toContain('Sales leaders');
    expect(await first.locator('.badge').textContent()).toMatch(/^Match \d+$/);
    await first.getByRole('button', { name: /^Why/ }).click();
    const reasons = first.getByRole('list', { name: /Why .* matches/ });
    await reasons.waitFor();
    const reasonText = await reasons.textContent();
    expect(reasonText).toMatch(/VP of Sales → seniority in \([^)]*vp[^)]*\) \+\d+/);
    await segue.screenshot(popup, 'talking-1-segments-and-reasons');

    const points = popup.getByTestId('talking-points').locator('li');
    expect(await points.count()).toBeGreaterThanOrEqual(4);
    for (const text of await points.allTextContents()) {
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text.trim().length).toBeGreaterThan(20);
    }

    // The email is filled from the prospect: her first name and company, no placeholder, no dangling greeting.
    const messages = popup.getByTestId('messages');
    const body = messages.getByTestId('message-body');
    const email = await body.inputValue();
    expect(email).toMatch(/^Hi Amara,/);
    expect(email).toContain('Brightwave Analytics');
    expect(email).not.toMatch(/\{\{|\}\}|Hi ,| {2}/);
    await segue.screenshot(popup, 'talking-2-email');

    // The LinkedIn note stays within its 300-character limit and says so.
    await messages.getByRole('tab', { name: 'LinkedIn note' }).click();
    const note = await body.inputValue();
    expect(note.length).toBeLessThanOrEqual(300);
    expect(await messages.getByTestId('char-count').textContent()).toBe(`${note.length} / 300`);

    // Copy puts exactly the shown text on the clipboard and records which template was used.
    const cdp = await segue.context.browser()!.newBrowserCDPSession();
    await cdp.send('Browser.grantPermissions', { origin: `chrome-extension://${segue.extensionId}`, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
    await messages.getByRole('button', { name: 'Copy', exact: true }).click();
    await messages.getByText('Copied to the clipboard.').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(note);
    await segue.screenshot(popup, 'talking-3-linkedin-note-copied');
    await expect.poll(async () => (await segue.table<{ kind: string; data?: { channel?: string } }>('activities'))
      .filter((a) => a.kind === 'message_copied').map((a) => a.data?.channel)).toEqual(['linkedin_connect']);

    // The email channel offers a mailto: link with the subject and body.
    await messages.getByRole('tab', { name: 'Email', exact: true }).click();
    const href = await messages.getByRole('link', { name: 'Open in email' }).getAttribute('href');
    expect(href).toMatch(/^mailto:amara\.okafor@brightwave\.example\.com\?subject=.+&body=Hi%20Amara%2C/);
    await popup.close();
    await page.close();
  });
});
