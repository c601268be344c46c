// The call in progress in real Chromium, where notes used to get lost: typing then closing the toolbar popup at
// once, and the popup and the side panel changing the same call at the same time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

let segue: Segue;
let prospectId = '';

interface StoredCall { notes: string; outcome: string; nextStep?: string; followUpAt?: number }

/** The call in progress as the extension would read it back (storage.local, the keys the call store uses). */
async function storedCall(s: Segue): Promise<{ notes: string; nextStep: string; outcome: string } | null> {
  const page = await s.openPage('src/ui/sidepanel/index.html');
  try {
    return await page.evaluate(async () => {
      const got = await chrome.storage.local.get(null);
      const session = got.activeCall as { id: string; notes: string; nextStep: string; outcome: string } | undefined;
      if (!session) return null;
      const text = (key: string, fallback: string) => {
        const value = got[key] as { callId: string; text: string } | undefined;
        return value?.callId === session.id ? value.text : fallback;
      };
      return { outcome: session.outcome, notes: text('activeCall.notes', session.notes), nextStep: text('activeCall.nextStep', session.nextStep) };
    });
  } finally {
    await page.close();
  }
}

async function popupWithCall(s: Segue): Promise<{ page: Page; popup: Page }> {
  const page = await s.context.newPage();
  await page.goto(DEMO_PAGES[0]!.url);
  const popup = await s.openPopup(page);
  await popup.getByTestId('call-view').waitFor();
  return { page, popup };
}

beforeAll(async () => {
  segue = await startSegue();
  ({ prospect: { id: prospectId } } = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() }));
});

afterAll(async () => {
  await segue?.close();
});

describe('a call that loses nothing', () => {
  it('keeps notes typed right before the popup closes', async () => {
    await segue.send('call.start', { prospectId, replace: true });
    const { page, popup } = await popupWithCall(segue);
    const notes = 'Wants a pilot for the EMEA team, decision by Friday';
    // Chrome stops an idle service worker after 30 s; a message sent as the popup closes must first start it again.
    // Stopped from the popup's own DevTools session: opening another page would take focus and close the popup.
    const cdp = await popup.context().newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await popup.getByTestId('call-notes').click();
    await popup.keyboard.type(notes);
    await popup.close(); // at once: no pause after the last keystroke
    await expect.poll(async () => (await storedCall(segue))?.notes, { timeout: 5000 }).toBe(notes);

    const again = await segue.openPopup(page);
    await again.getByTestId('call-view').waitFor();
    expect(await again.getByTestId('call-notes').inputValue()).toBe(notes);
    await again.close();
    await page.close();
    await segue.send('call.discard', {});
  });

  it('keeps the outcome, follow-up and next step set in the side panel while notes are typed in the popup', async () => {
    await segue.send('call.start', { prospectId, replace: true });
    // The real toolbar popup closes when another page takes focus, so here the popup's page runs in a tab.
    const popup = await segue.openPage('src/ui/popup/index.html');
    await popup.getByTestId('call-view').waitFor();
    const panel = await segue.openPage('src/ui/sidepanel/index.html');
    await panel.getByTestId('call-view').waitFor();

    const notes = 'Reached the CFO directly; asked about SSO and the annual discount';
    await popup.getByTestId('call-notes').click();
    const typing = popup.keyboard.type(notes, { delay: 25 });
    await panel.getByLabel('Meeting booked').check();
    await panel.getByRole('button', { name: 'Tomorrow 9:00' }).click();
    await panel.getByTestId('call-next-step').fill('Send the security questionnaire');
    await panel.getByLabel('Connected').check();
    await typing;
    await popup.close();

    // The side panel shows what was typed in the popup, and kept its own changes.
    await expect.poll(() => panel.getByTestId('call-notes').inputValue(), { timeout: 5000 }).toBe(notes);
    expect(await panel.getByLabel('Connected').isChecked()).toBe(true);
    expect(await panel.getByTestId('call-follow-up').inputValue()).toMatch(/T09:00$/);
    expect(await storedCall(segue)).toEqual({ outcome: 'connected', notes, nextStep: 'Send the security questionnaire' });
    await segue.screenshot(panel, 'call-views-1-side-panel-in-sync');

    await panel.getByTestId('call-save').click();
    await panel.getByText('Call logged. The follow-up reminder is set.').waitFor();
    const calls = await segue.table<StoredCall>('calls');
    expect(calls.at(-1)).toMatchObject({ outcome: 'connected', notes, nextStep: 'Send the security questionnaire' });
    expect(calls.at(-1)!.followUpAt).toBeGreaterThan(Date.now());
    await panel.close();
  });

  it('logs a past call on the prospect page, corrects it from the timeline and deletes it from the Calls page', async () => {
    const dashboard = await segue.openPage(`src/ui/options/index.html#/prospects/${prospectId}`);
    const calls = dashboard.getByTestId('prospect-calls');
    await calls.getByTestId('log-past-call').click();
    const form = dashboard.getByTestId('call-form');
    const when = await dashboard.evaluate(() => {
      const d = new Date(Date.now() - 2 * 86_400_000);
      d.setHours(10, 30, 0, 0);
      const pad = (n: number) => String(n).padStart(2, '0');
      return { text: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`, at: d.getTime() };
    });
    await form.getByTestId('call-form-when').fill(when.text);
    await form.getByTestId('call-form-duration').fill('12:30');
    await form.getByTestId('call-form-outcome').selectOption('no_answer');
    await form.getByTestId('call-form-notes').fill('Called from my mobile before the conference');
    await segue.screenshot(dashboard, 'call-views-2-log-past-call');
    await form.getByTestId('call-form-save').click();
    await calls.getByTestId('call-row').filter({ hasText: 'Called from my mobile' }).waitFor();
    const timeline = dashboard.getByTestId('timeline');
    const entry = timeline.locator('.timeline-item').filter({ hasText: 'Call: No answer (12:30)' });
    await entry.waitFor();

    // The rep remembers it was a connect, and shorter: corrected from the timeline.
    await entry.getByTestId('call-edit').click();
    const edit = timeline.getByTestId('call-form');
    await edit.getByTestId('call-form-outcome').selectOption('connected');
    await edit.getByTestId('call-form-duration').fill('4');
    await segue.screenshot(dashboard, 'call-views-3-edit-from-timeline');
    await edit.getByTestId('call-form-save').click();
    await timeline.locator('.timeline-item').filter({ hasText: 'Call: Connected (4:00)' }).waitFor();
    expect(await timeline.getByText('Call: No answer (12:30)').count()).toBe(0);
    const stored = (await segue.table<{ id: string; startedAt: number; durationSec: number; outcome: string }>('calls')).find((c) => c.startedAt === when.at)!;
    expect(stored).toMatchObject({ durationSec: 240, outcome: 'connected' });

    // Insights count it; after a delete on the Calls page, they don't, and the timeline entry is gone too.
    const insightsCalls = async () => {
      await dashboard.goto(segue.url('src/ui/options/index.html#/insights'));
      const figure = dashboard.getByTestId('insights-totals').locator('.stat-value').nth(1); // prospects, calls, …
      return Number(await figure.textContent());
    };
    const callsBefore = (await segue.table('calls')).length;
    expect(await insightsCalls()).toBe(callsBefore);
    await dashboard.goto(segue.url('src/ui/options/index.html#/calls'));
    const row = dashboard.getByTestId('call-row').filter({ hasText: 'Called from my mobile' });
    await row.waitFor();
    await dashboard.getByTestId('log-past-call').click();
    await dashboard.getByTestId('call-form-prospect-search').fill('amara');
    await dashboard.getByRole('button', { name: /Amara Okafor/ }).waitFor();
    await segue.screenshot(dashboard, 'call-views-4-calls-page');
    await dashboard.getByTestId('call-form').getByRole('button', { name: 'Cancel' }).click();
    await row.getByTestId('call-delete').click();
    await row.waitFor({ state: 'detached' });
    expect((await segue.table<{ id: string }>('calls')).some((c) => c.id === stored.id)).toBe(false);
    expect((await segue.table<{ data?: { callId?: string } }>('activities')).some((a) => a.data?.callId === stored.id)).toBe(false);
    expect(await insightsCalls()).toBe(callsBefore - 1);
    await dashboard.close();
  });
});
