// Readiness for sales in real Chromium: a strong-fit prospect is not ready on fit alone; a "Meeting booked" call
// logged through the call messages takes her over the threshold, and the dashboard says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

let segue: Segue;
let prospectId = '';

beforeAll(async () => {
  segue = await startSegue();
  ({ prospect: { id: prospectId } } = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() }));
});

afterAll(async () => {
  await segue?.close();
});

describe('readiness for sales', () => {
  it('a meeting booked takes the prospect over the threshold, with the reason shown', async () => {
    const dashboard = await segue.openPage(`src/ui/options/index.html#/prospects/${prospectId}`);
    const card = dashboard.getByTestId('readiness');
    // Read the score once the segments have loaded (the matched segment's badge shows), not the fit-less first paint.
    await dashboard.getByTestId('matched-segments').locator('.badge.ok').first().waitFor();
    await expect.poll(() => card.getByTestId('readiness-verdict').textContent()).toBe('Not ready for sales yet');
    const before = Number(/score (\d+)/.exec((await card.getByTestId('readiness-score').textContent()) ?? '')?.[1]);

    await segue.send('call.start', { prospectId, replace: true });
    await segue.send('call.update', { patch: { outcome: 'meeting_booked', notes: 'Demo on Thursday with her team' } });
    await segue.send('call.save', {});

    await expect.poll(() => card.getByTestId('readiness-verdict').textContent(), { timeout: 5000 }).toBe('Ready for sales');
    await expect.poll(() => card.textContent()).toMatch(/Meeting booked today \+30/);
    const after = Number(/score (\d+)/.exec((await card.getByTestId('readiness-score').textContent()) ?? '')?.[1]);
    expect(after).toBe(before + 30);
    await card.scrollIntoViewIfNeeded();
    await segue.screenshot(dashboard, 'readiness-1-ready-for-sales');

    await dashboard.goto(dashboard.url().replace(/#.*$/, '#/prospects'));
    const list = dashboard.getByTestId('ready-for-sales');
    await expect.poll(() => list.getByTestId('ready-row').first().textContent()).toMatch(new RegExp(`^Amara Okafor · Brightwave Analytics ${after}Hand to sales`));
    await segue.screenshot(dashboard, 'readiness-2-ready-list');
    await dashboard.close();
  });
});
