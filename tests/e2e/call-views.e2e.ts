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
});
