// Notes as a history, in real Chromium: a note added in the real toolbar popup shows on the dashboard timeline,
// is edited and deleted (and the delete undone) there, and prospect search finds the prospect by a word of it; the
// side panel adds and deletes notes too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

let segue: Segue;
let prospectId = '';

interface ActivityRow { id: string; kind: string; prospectId: string; summary: string; data?: { text?: string; editedAt?: number } }

beforeAll(async () => {
  segue = await startSegue();
  const saved = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() });
  prospectId = saved.prospect.id;
});

afterAll(async () => {
  await segue?.close();
});

const notesOf = async () => (await segue.table<ActivityRow>('activities')).filter((a) => a.kind === 'note' && a.prospectId === prospectId);

describe('notes on a prospect', () => {
  it('adds a note in the toolbar popup, then edits, deletes and finds it on the dashboard', async () => {
    const page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    const popup = await segue.openPopup(page);
    await popup.getByRole('button', { name: 'Open', exact: true }).click();
    const card = popup.getByTestId('prospect-notes');
    await card.waitFor();
    await card.getByTestId('note-input').fill('Asked about the Kestrel rollout.\nCall back after the board meeting.');
    await card.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(async () => (await card.getByTestId('note-text').allTextContents())).toEqual(['Asked about the Kestrel rollout.\nCall back after the board meeting.']);
    expect(await card.getByTestId('note-input').inputValue()).toBe('');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await card.scrollIntoViewIfNeeded();
      await segue.screenshot(popup, `notes-1-popup-${scheme}`);
    }
    const [stored] = await notesOf();
    expect(stored).toMatchObject({ summary: 'Asked about the Kestrel rollout.', data: { text: 'Asked about the Kestrel rollout.\nCall back after the board meeting.' } });

    // The dashboard's timeline shows it; edit it there.
    const dash = await segue.openPage(`src/ui/options/index.html#/prospects/${prospectId}`);
    const timeline = dash.getByTestId('timeline');
    const note = timeline.getByTestId('timeline-note');
    await expect.poll(() => note.getByTestId('note-text').textContent()).toBe('Asked about the Kestrel rollout.\nCall back after the board meeting.');
    await note.getByRole('button', { name: 'Edit' }).click();
    await note.getByTestId('note-edit-input').fill('Asked about the Kestrel rollout for 40 seats.');
    await note.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => note.getByTestId('note-text').textContent()).toBe('Asked about the Kestrel rollout for 40 seats.');
    await note.getByTestId('note-edited').waitFor();
    await timeline.getByTestId('note-input').fill('Prefers email over calls.');
    await timeline.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(async () => (await timeline.getByTestId('note-text').allTextContents())).toEqual(['Prefers email over calls.', 'Asked about the Kestrel rollout for 40 seats.']);
    for (const scheme of ['light', 'dark'] as const) {
      await dash.emulateMedia({ colorScheme: scheme });
      await timeline.scrollIntoViewIfNeeded();
      await segue.screenshot(dash, `notes-2-dashboard-timeline-${scheme}`);
    }
    await dash.emulateMedia({ colorScheme: 'light' });

    // Search finds the prospect by a word of a note.
    const list = await segue.openPage('src/ui/options/index.html#/prospects');
    await list.getByTestId('prospect-search').fill('kestrel');
    await expect.poll(async () => (await list.getByTestId('prospect-row').allTextContents()).map((row) => row.includes('Amara'))).toEqual([true]);
    await segue.screenshot(list, 'notes-3-search-by-note-word');

    // Delete it, and undo.
    const edited = timeline.getByTestId('timeline-note').filter({ hasText: 'Kestrel' });
    await edited.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await timeline.getByTestId('note-text').allTextContents())).toEqual(['Prefers email over calls.']);
    await list.getByTestId('prospect-search').fill('');
    await list.getByTestId('prospect-search').fill('kestrel');
    await expect.poll(() => list.getByTestId('prospect-row').count()).toBe(0);
    await dash.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await timeline.getByTestId('note-text').allTextContents())).toEqual(['Prefers email over calls.', 'Asked about the Kestrel rollout for 40 seats.']);
    expect((await notesOf()).map((n) => n.data?.text).sort()).toEqual(['Asked about the Kestrel rollout for 40 seats.', 'Prefers email over calls.']);

    // The side panel (the popup's views, kept open while dialling) adds, shows and deletes notes too, with undo.
    const panel = await segue.openPage('src/ui/sidepanel/index.html');
    await panel.getByTestId('prospect-list').getByRole('button', { name: /Amara Okafor/ }).click();
    const panelNotes = panel.getByTestId('prospect-notes');
    await panelNotes.getByTestId('note-input').fill('Sent the case study during the call.');
    await panelNotes.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(async () => (await panelNotes.getByTestId('note-text').allTextContents())[0]).toBe('Sent the case study during the call.');
    await expect.poll(async () => (await timeline.getByTestId('note-text').allTextContents())[0]).toBe('Sent the case study during the call.');
    await panelNotes.getByTestId('note-item').first().getByRole('button', { name: 'Delete' }).click();
    await panelNotes.getByTestId('note-deleted').waitFor();
    await expect.poll(async () => (await notesOf()).length).toBe(2);
    await panelNotes.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await notesOf()).length).toBe(3);
    await expect.poll(() => panelNotes.getByTestId('note-deleted').count()).toBe(0);
  });
});
