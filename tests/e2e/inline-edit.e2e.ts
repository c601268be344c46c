// Edit where you are, in real Chromium: the real toolbar popup edits a saved prospect's title and tags, a bad
// LinkedIn address gets the dashboard's message, and the dashboard timeline shows the edit old → new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

let segue: Segue;
let prospectId = '';

beforeAll(async () => {
  segue = await startSegue();
  const saved = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() });
  prospectId = saved.prospect.id;
});

afterAll(async () => {
  await segue?.close();
});

describe('inline edit in the popup', () => {
  it('edits the title and tags in the popup; the dashboard timeline shows old → new', async () => {
    const page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    const popup = await segue.openPopup(page);
    await popup.getByRole('button', { name: 'Open', exact: true }).click();
    await popup.getByTestId('edit-prospect').click();
    const form = popup.getByTestId('prospect-edit');
    expect(await form.getByTestId('edit-title').inputValue()).toBe('VP of Sales');

    // The dashboard's check and message, and nothing is saved.
    await form.getByTestId('edit-linkedin').fill('amara at linkedin');
    await form.getByTestId('edit-save').click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Enter a full address starting with https://');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await segue.screenshot(popup, `inline-edit-1-popup-error-${scheme}`);
    }
    // Typed without https://, the profile address is completed: the same profile, so no change on the timeline.
    await form.getByTestId('edit-linkedin').fill('www.linkedin.com/in/amara-okafor-demo');
    await form.getByTestId('edit-title').fill('Chief Revenue Officer');
    await form.getByTestId('edit-tags').fill('conference, hot');
    await form.getByTestId('edit-save').click();
    await popup.getByTestId('edit-saved').waitFor();
    await expect.poll(() => popup.locator('#prospect-name + p').textContent()).toContain('Chief Revenue Officer');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await segue.screenshot(popup, `inline-edit-2-popup-saved-${scheme}`);
    }

    const dash = await segue.openPage(`src/ui/options/index.html#/prospects/${prospectId}`);
    const edit = dash.getByTestId('timeline').getByTestId('timeline-updated');
    await expect.poll(() => edit.getByTestId('merge-changes').textContent()).toBe('TitleVP of Sales → Chief Revenue OfficerTags(empty) → conference, hot');
    await edit.scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark'] as const) {
      await dash.emulateMedia({ colorScheme: scheme });
      await segue.screenshot(dash, `inline-edit-3-timeline-${scheme}`);
    }
  });
});
