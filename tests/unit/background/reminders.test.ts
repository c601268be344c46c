// The reminder scheduler: every way a follow-up is written arms, moves or clears its alarm, and a firing alarm
// checks the task as it is now. The fake `alarms` keeps what is scheduled, read back with alarms.get/getAll.
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/db/default-database';
import { TasksRepo } from '../../../src/db/tasks-repo';
import { exportBackupText } from '../../../src/db/export/backup-export';
import { browser } from '../../../src/platform/browser';
import { onReminderAlarm, onNotificationButton, rearmAllReminders } from '../../../src/background/reminders';
import { importJob } from '../../../src/background/dashboard-handlers';
import { clearDatabase, dispatch, seedProspects } from '../../support/dashboard/dashboard-harness';

const HOUR = 3_600_000;
const alarmOf = (taskId: string) => browser.alarms.get(`follow-up:${taskId}`);
const shown = async () => Object.keys(await browser.notifications.getAll());

beforeEach(async () => {
  await clearDatabase();
  await browser.alarms.clearAll();
  for (const id of await shown()) await browser.notifications.clear(id);
});

describe('one scheduler owns every follow-up alarm', () => {
  it('arms an alarm for a follow-up created in the dashboard', async () => {
    const [p] = await seedProspects(1);
    const dueAt = Date.now() + HOUR;
    const { task } = await dispatch('tasks.create', { prospectId: p!.id, title: 'Send pricing', dueAt });
    expect(await alarmOf(task.id)).toMatchObject({ scheduledTime: dueAt });
  });

  it('moves the alarm on reschedule, and the old alarm firing neither notifies nor marks the task notified', async () => {
    const [p] = await seedProspects(1);
    const { task } = await dispatch('tasks.create', { prospectId: p!.id, title: 'Send pricing', dueAt: Date.now() + 1000 });
    const later = Date.now() + 2 * HOUR;
    await dispatch('tasks.reschedule', { id: task.id, dueAt: later });
    expect(await alarmOf(task.id)).toMatchObject({ scheduledTime: later });

    // An alarm armed before the reschedule (Chrome may deliver one already queued) fires at the old time.
    await onReminderAlarm(`follow-up:${task.id}`);
    expect(await shown()).toEqual([]);
    expect((await new TasksRepo(database()).get(task.id))!.notifiedAt).toBeUndefined();
    expect(await alarmOf(task.id)).toMatchObject({ scheduledTime: later });
  });

  it('notifies once when the alarm fires at the due time', async () => {
    const [p] = await seedProspects(1);
    const { task } = await dispatch('tasks.create', { prospectId: p!.id, title: 'Send pricing', dueAt: Date.now() + 1000 });
    await new TasksRepo(database()).reschedule(task.id, Date.now() - 1000); // due now
    await onReminderAlarm(`follow-up:${task.id}`);
    expect(await shown()).toEqual([`follow-up:${task.id}`]);
    const notification = (await browser.notifications.getAll())[`follow-up:${task.id}`] as unknown as { buttons: Array<{ title: string }> };
    expect(notification.buttons.map((b) => b.title)).toEqual(['Done', 'Snooze 1 hour']);
    expect((await new TasksRepo(database()).get(task.id))!.notifiedAt).toBeGreaterThan(0);
  });

  it('clears the alarm when the follow-up is done or deleted, and re-arms it when reopened', async () => {
    const [p] = await seedProspects(1);
    const dueAt = Date.now() + HOUR;
    const { task } = await dispatch('tasks.create', { prospectId: p!.id, title: 'Send pricing', dueAt });
    await dispatch('tasks.setDone', { id: task.id, done: true });
    expect(await alarmOf(task.id)).toBeUndefined();
    await dispatch('tasks.setDone', { id: task.id, done: false });
    expect(await alarmOf(task.id)).toMatchObject({ scheduledTime: dueAt });
    await dispatch('tasks.delete', { id: task.id });
    expect(await alarmOf(task.id)).toBeUndefined();
  });

  it('clears the alarms of deleted prospects and re-arms them when the delete is undone', async () => {
    const [p] = await seedProspects(1);
    const dueAt = Date.now() + HOUR;
    const { task } = await dispatch('tasks.create', { prospectId: p!.id, title: 'Send pricing', dueAt });
    const { undo } = await dispatch('prospects.bulkDelete', { ids: [p!.id] });
    expect(await alarmOf(task.id)).toBeUndefined();
    await dispatch('prospects.restore', { undo });
    expect(await alarmOf(task.id)).toMatchObject({ scheduledTime: dueAt });
  });

  it('arms the follow-ups a backup restore writes', async () => {
    const [p] = await seedProspects(1);
    const dueAt = Date.now() + HOUR;
    const { task } = await dispatch('tasks.create', { prospectId: p!.id, title: 'Send pricing', dueAt });
    const text = await exportBackupText(database());
    await browser.alarms.clearAll(); // a fresh browser profile: nothing scheduled
    const { jobId } = await dispatch('data.importBackup', { text, mode: 'replace' });
    await importJob(jobId);
    expect(await alarmOf(task.id)).toMatchObject({ scheduledTime: dueAt });
  });

  it('on start re-arms open follow-ups, drops alarms of tasks that are gone, and notifies what came due', async () => {
    const [p] = await seedProspects(1);
    const repo = new TasksRepo(database());
    const future = await repo.create({ prospectId: p!.id, title: 'Later', dueAt: Date.now() + HOUR });
    const past = await repo.create({ prospectId: p!.id, title: 'Missed', dueAt: Date.now() - HOUR });
    await browser.alarms.create('follow-up:no-such-task', { when: Date.now() + HOUR });
    await rearmAllReminders();
    expect(await alarmOf(future.id)).toMatchObject({ scheduledTime: future.dueAt });
    expect(await browser.alarms.get('follow-up:no-such-task')).toBeUndefined();
    expect(await shown()).toEqual([`follow-up:${past.id}`]);
  });
});

describe('snooze', () => {
  it('"Snooze 1 hour" on the notification moves the follow-up an hour on and re-arms it', async () => {
    const [p] = await seedProspects(1);
    const repo = new TasksRepo(database());
    const task = await repo.create({ prospectId: p!.id, title: 'Call back', dueAt: Date.now() - 1000 });
    await onReminderAlarm(`follow-up:${task.id}`);
    const before = Date.now();
    await onNotificationButton(`follow-up:${task.id}`, 1);
    const snoozed = (await repo.get(task.id))!;
    expect(snoozed.dueAt).toBeGreaterThanOrEqual(before + HOUR);
    expect(snoozed.dueAt).toBeLessThan(before + HOUR + 5000);
    expect(snoozed.notifiedAt).toBeUndefined();
    expect(await alarmOf(task.id)).toMatchObject({ scheduledTime: snoozed.dueAt });
    expect(await shown()).toEqual([]);
  });

  it('"Done" on the notification completes the follow-up and clears its alarm', async () => {
    const [p] = await seedProspects(1);
    const repo = new TasksRepo(database());
    const task = await repo.create({ prospectId: p!.id, title: 'Call back', dueAt: Date.now() - 1000 });
    await onReminderAlarm(`follow-up:${task.id}`);
    await onNotificationButton(`follow-up:${task.id}`, 0);
    expect((await repo.get(task.id))!.done).toBe(true);
    expect(await alarmOf(task.id)).toBeUndefined();
  });

  it('snoozes to tomorrow 9:00 local from the dashboard', async () => {
    const [p] = await seedProspects(1);
    const { task } = await dispatch('tasks.create', { prospectId: p!.id, title: 'Call back', dueAt: Date.now() - 1000 });
    const { task: snoozed } = await dispatch('tasks.snooze', { id: task.id, until: 'tomorrow' });
    const due = new Date(snoozed.dueAt);
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect([due.getDate(), due.getHours(), due.getMinutes()]).toEqual([tomorrow.getDate(), 9, 0]);
    expect(await alarmOf(task.id)).toMatchObject({ scheduledTime: snoozed.dueAt });
  });
});
