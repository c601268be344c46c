// Follow-up reminders in real Chromium: a follow-up rescheduled in the dashboard fires at its new time only, and
// one created in the dashboard gets its alarm at once (not at the next browser start).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

let segue: Segue;

interface Task { id: string; title: string; dueAt: number; notifiedAt?: number }

const followUpAlarms = async (s: Segue) =>
  (await s.serviceWorker()).evaluate(async () =>
    (await chrome.alarms.getAll()).filter((a) => a.name.startsWith('follow-up:')).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime })));

const notificationIds = async (s: Segue) =>
  (await s.serviceWorker()).evaluate(async () => Object.keys(await chrome.notifications.getAll())).catch(() => [] as string[]);

const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));

/** The next whole minute at least `leadMs` away (a datetime-local input holds minutes), as the input's text and as ms. */
async function nextMinute(page: Page, leadMs: number): Promise<{ text: string; at: number }> {
  return page.evaluate((lead) => {
    const d = new Date(Date.now() + lead + 60_000);
    d.setSeconds(0, 0); // rounds down, so at least `lead` away
    const pad = (n: number) => String(n).padStart(2, '0');
    return { text: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`, at: d.getTime() };
  }, leadMs);
}

beforeAll(async () => {
  segue = await startSegue();
  await segue.send('prospects.save', { draft: amaraDraft() });
});

afterAll(async () => {
  await segue?.close();
});

describe('follow-up reminders', () => {
  it('fires a follow-up rescheduled in the dashboard at the new time only', async () => {
    // A call saved with a follow-up a few seconds away: its alarm is armed for that time.
    const [prospect] = await segue.table<{ id: string }>('prospects');
    await segue.send('call.start', { prospectId: prospect!.id });
    const oldDue = Date.now() + 20_000;
    await segue.send('call.update', { patch: { outcome: 'left_voicemail', nextStep: 'Call again after the board meeting', followUpAt: oldDue } });
    const { taskId } = await segue.send<{ taskId: string }>('call.save', {});
    expect(await followUpAlarms(segue)).toEqual([{ name: `follow-up:${taskId}`, scheduledTime: oldDue }]);

    // The rep moves it in the dashboard, through the follow-up row's Reschedule form.
    const dashboard = await segue.openPage('src/ui/options/index.html#/follow-ups');
    const row = dashboard.getByTestId('task').filter({ hasText: 'Call again after the board meeting' });
    await row.getByRole('button', { name: 'Reschedule' }).click();
    const next = await nextMinute(dashboard, oldDue - Date.now() + 10_000);
    await row.locator('input[type="datetime-local"]').fill(next.text);
    await row.getByRole('button', { name: 'Save' }).click();
    await dashboard.getByText(/^Moved to/).first().waitFor();
    expect(await followUpAlarms(segue)).toEqual([{ name: `follow-up:${taskId}`, scheduledTime: next.at }]);
    expect(Date.now()).toBeLessThan(oldDue - 2000); // moved well before the old time came
    await segue.screenshot(dashboard, 'reminders-1-follow-ups');

    // The old time passes: no notification, and the task is not marked as notified.
    await sleepUntil(oldDue + 3000);
    expect(await notificationIds(segue)).not.toContain(`follow-up:${taskId}`);
    expect((await segue.table<Task>('tasks')).find((t) => t.id === taskId)?.notifiedAt).toBeUndefined();

    // The new time comes: the notification shows, once.
    await sleepUntil(next.at);
    await expect.poll(() => notificationIds(segue), { timeout: 15_000, interval: 250 }).toContain(`follow-up:${taskId}`);
    const notifiedAt = (await segue.table<Task>('tasks')).find((t) => t.id === taskId)?.notifiedAt ?? 0;
    expect(notifiedAt).toBeGreaterThanOrEqual(next.at);
    await dashboard.close();
  }, 120_000);

  it('arms a follow-up created in the dashboard at once, and Snooze moves its alarm', async () => {
    const [prospect] = await segue.table<{ id: string }>('prospects');
    const dashboard = await segue.openPage(`src/ui/options/index.html#/prospects/${prospect!.id}`);
    const section = dashboard.getByTestId('prospect-follow-ups');
    await section.getByLabel('New follow-up').fill('Send the case study');
    await section.getByRole('button', { name: 'Add follow-up' }).click();
    const row = section.getByTestId('task').filter({ hasText: 'Send the case study' });
    await row.waitFor();
    const task = (await segue.table<Task>('tasks')).find((t) => t.title === 'Send the case study')!;
    expect(await followUpAlarms(segue)).toContainEqual({ name: `follow-up:${task.id}`, scheduledTime: task.dueAt });

    const before = Date.now();
    await row.getByTestId('task-snooze-hour').click();
    await dashboard.getByText(/^Snoozed until/).first().waitFor();
    const snoozed = (await segue.table<Task>('tasks')).find((t) => t.id === task.id)!;
    expect(snoozed.dueAt).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(await followUpAlarms(segue)).toContainEqual({ name: `follow-up:${task.id}`, scheduledTime: snoozed.dueAt });
    await segue.screenshot(dashboard, 'reminders-2-prospect-follow-ups');

    await row.getByTestId('task-delete').click();
    await expect.poll(async () => (await followUpAlarms(segue)).map((a) => a.name)).not.toContain(`follow-up:${task.id}`);
    await dashboard.close();
  }, 60_000);
});
