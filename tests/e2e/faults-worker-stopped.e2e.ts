// Faults on purpose, in real Chromium: the service worker stopped in the middle of a capture and in the middle of a
// save. For each: what the rep sees, and that no row is lost or half-written.
//
// The worker is stopped the way Chrome stops an idle one (DevTools' ServiceWorker.stopAllWorkers). To stop it at a
// known point, not by luck of timing: the capture is held in the page (its main thread busy, so the injected
// capture script cannot run yet), the save is held in IndexedDB (another Segue page holds a write transaction on
// the prospects table, so the save's transaction waits). The worker is stopped while each is held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { SCREENSHOTS, startSegue, type Segue } from './segue';

const SPEAKER = DEMO_PAGES[0]!.url;
let segue: Segue;

beforeAll(async () => {
  segue = await startSegue();
});

afterAll(async () => {
  await segue?.close();
});

/** Stops every Segue service worker from a session on the popup itself (opening a tab would close the popup). */
async function stopWorkerFrom(popup: Page): Promise<void> {
  const cdp = await popup.context().newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function workerRunning(): Promise<boolean> {
  return segue.context.serviceWorkers().some((w) => w.url().startsWith(`chrome-extension://${segue.extensionId}/`));
}

/** Whether something else (a sticky bar) is drawn over the middle of the element, so the rep cannot read it. */
async function coveredAtItsCenter(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !el.contains(hit);
  }, selector);
}

const errorAlert = (popup: Page) => popup.locator('.alert.error[role="alert"]');

describe('the service worker stopped in the middle of', () => {
  it('a capture: the rep is told to try again, nothing is stored, and Capture works again', async () => {
    // Pages the test reads through are opened first: a tab opened later takes the focus and closes the popup.
    expect(await segue.table('prospects')).toEqual([]);
    const page = await segue.context.newPage();
    await page.goto(SPEAKER);
    const popup = await segue.openPopup(page);
    await popup.getByTestId('capture').waitFor();

    // Busy the page's main thread for 4 s: the background's injection waits for it.
    await page.evaluate(() => { setTimeout(() => { const end = Date.now() + 4000; while (Date.now() < end) { /* busy */ } }, 0); });
    await page.waitForTimeout(100);
    await popup.getByTestId('capture').click();
    await expect.poll(() => popup.getByText('Reading the page…').count(), { timeout: 2000 }).toBeGreaterThan(0);
    await stopWorkerFrom(popup);

    await errorAlert(popup).waitFor({ timeout: 10_000 });
    const message = (await errorAlert(popup).textContent()) ?? '';
    await segue.screenshot(popup, 'fault-capture-worker-stopped');
    expect(await coveredAtItsCenter(popup, '.alert.error[role="alert"]')).toBe(false);
    expect(message).toMatch(/Segue restarted.*try again/i);
    expect(await segue.table('prospects')).toEqual([]);

    // The page is free again; Capture starts a fresh worker and reads the page.
    await page.waitForTimeout(4000);
    await popup.getByTestId('capture').click();
    const form = popup.getByRole('form', { name: 'Review before saving' });
    await form.waitFor();
    expect(await form.getByLabel('Full name').inputValue()).toBe('Amara Okafor');
    await popup.close();
    await page.close();
  });

  it('a save: nothing half-written, the review keeps what the rep typed, and saving again stores it once', async () => {
    expect(await segue.table('prospects')).toEqual([]);
    const holder = await segue.openPage('src/ui/options/index.html');
    const page = await segue.context.newPage();
    await page.goto(SPEAKER);
    const popup = await segue.openPopup(page);
    await popup.getByTestId('capture').click();
    const form = popup.getByRole('form', { name: 'Review before saving' });
    await form.waitFor();
    await form.getByLabel('Notes').fill('Met at RevOps Summit; call back in May.');

    // Another Segue page (a dashboard tab, opened before the popup) holds a write transaction on prospects and
    // activities for a few seconds.
    await holder.evaluate(() => {
      const open = indexedDB.open('segue');
      open.onsuccess = () => {
        const tx = open.result.transaction(['prospects', 'activities'], 'readwrite');
        const until = Date.now() + 5000;
        const spin = () => { if (Date.now() < until) tx.objectStore('prospects').count().onsuccess = spin; };
        spin();
      };
    });
    await holder.waitForTimeout(300);

    await form.getByRole('button', { name: 'Save prospect' }).click();
    await popup.waitForTimeout(500); // the save is in the worker, its transaction waiting
    await stopWorkerFrom(popup);

    await errorAlert(popup).waitFor({ timeout: 10_000 });
    expect((await errorAlert(popup).textContent()) ?? '').toMatch(/Segue restarted.*try again/i);
    // The review is still open with what the rep typed.
    expect(await form.getByLabel('Notes').inputValue()).toBe('Met at RevOps Summit; call back in May.');
    // What the rep sees: the popup as it stands (not a full-page capture), scrolled to the message.
    await errorAlert(popup).scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SCREENSHOTS}/fault-save-worker-stopped.png` });
    expect(await coveredAtItsCenter(popup, '.alert.error[role="alert"]')).toBe(false);
    await holder.waitForTimeout(5000); // the holder's transaction ends
    // Nothing half-written: no prospect without its timeline entry, and no timeline entry without its prospect.
    expect(await segue.table('prospects')).toEqual([]);
    expect(await segue.table('activities')).toEqual([]);

    await form.getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByTestId('prospect-view').waitFor();
    const rows = await segue.table<{ id: string; fullName: string; notes: string }>('prospects');
    // The notes typed in the review became the prospect's first note, on its timeline.
    expect(rows.map((r) => [r.fullName, r.notes])).toEqual([['Amara Okafor', '']]);
    const activities = await segue.table<{ prospectId: string; kind: string; data?: { text?: string } }>('activities');
    expect(activities.map((a) => [a.prospectId, a.kind, a.kind === 'note' ? a.data?.text : '']).sort()).toEqual([
      [rows[0]!.id, 'capture', ''], [rows[0]!.id, 'note', 'Met at RevOps Summit; call back in May.'],
    ]);
    expect(await workerRunning()).toBe(true);
    await popup.close();
    await holder.close();
    await page.close();
  });
});
