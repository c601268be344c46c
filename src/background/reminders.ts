// The one reminder scheduler: it owns the alarm of every follow-up task. Whatever writes tasks (the dashboard, a
// saved call, a snooze, a restore or import, a prospect delete and its undo, the browser starting) calls it after
// writing, and it arms, moves or clears the alarm from the task as stored. A firing alarm re-reads the task: a
// rescheduled one is re-armed for its new time, a completed or deleted one is ignored.
//
// The notification (Chrome shows two buttons): "Done" and "Snooze 1 hour"; clicking its body opens the prospect,
// whose follow-up list offers Done, Snooze 1 hour, Tomorrow 9:00 and Reschedule (Firefox shows no buttons).
import { reminderAction, snoozeUntil, type FollowUpTask, type SnoozeChoice } from '../domain/tasks';
import { TasksRepo } from '../db/tasks-repo';
import { database, prospectsRepo } from '../db/default-database';
import { browser, extensionUrl } from '../platform/browser';

const PREFIX = 'follow-up:';
/** Chrome refuses alarms in the past; a due task is armed this far ahead. */
const SOON_MS = 500;

export const isFollowUpAlarm = (name: string) => name.startsWith(PREFIX);
const alarmName = (taskId: string) => `${PREFIX}${taskId}`;
const taskIdOf = (name: string) => name.slice(PREFIX.length);
const tasksRepo = () => new TasksRepo(database());

/** Arms the task's alarm for its due date, or clears it when the task is done, already notified or gone. */
export async function armReminder(taskId: string, task?: FollowUpTask | null): Promise<void> {
  const current = task === undefined ? await tasksRepo().get(taskId) : task ?? undefined;
  if (!current || current.done || current.notifiedAt !== undefined) {
    await browser.alarms.clear(alarmName(taskId));
    return;
  }
  await browser.alarms.create(alarmName(taskId), { when: Math.max(current.dueAt, Date.now() + SOON_MS) });
}

/** Re-reads each task and arms or clears its alarm (after a write that touched these tasks). */
export async function syncReminders(taskIds: Iterable<string>): Promise<void> {
  for (const id of new Set(taskIds)) await armReminder(id);
}

/**
 * Brings every alarm in line with the tasks table: arms open tasks, drops alarms of tasks that are done or gone,
 * and shows the reminders that came due while no alarm was armed (browser closed, or a restore/import of past
 * tasks never notified). Called on browser start, on install/update, and after a restore or import writes tasks.
 */
export async function rearmAllReminders(now = Date.now()): Promise<{ scheduled: number; notified: number; cleared: number }> {
  const open = await tasksRepo().dueBetween(0, Number.MAX_SAFE_INTEGER);
  const keep = new Set<string>();
  let scheduled = 0;
  let notified = 0;
  let cleared = 0;
  for (const task of open) {
    if (task.notifiedAt !== undefined) continue;
    if (reminderAction(task, now) === 'notify') {
      if (await notifyFollowUp(task.id)) notified++;
    } else {
      await armReminder(task.id, task);
      keep.add(alarmName(task.id));
      scheduled++;
    }
  }
  for (const alarm of await browser.alarms.getAll()) {
    if (isFollowUpAlarm(alarm.name) && !keep.has(alarm.name)) {
      await browser.alarms.clear(alarm.name);
      cleared++;
    }
  }
  return { scheduled, notified, cleared };
}

async function notifyFollowUp(taskId: string): Promise<boolean> {
  const tasks = tasksRepo();
  const task = await tasks.get(taskId);
  if (reminderAction(task, Date.now()) !== 'notify') return false;
  const prospect = await prospectsRepo().get(task!.prospectId);
  const who = prospect?.fullName ?? '';
  await browser.notifications.create(alarmName(taskId), {
    type: 'basic',
    iconUrl: extensionUrl('icons/icon-128.png'),
    title: browser.i18n.getMessage('reminderTitle', [who]) || `Follow up with ${who}`,
    message: task!.title,
    contextMessage: [prospect?.title, prospect?.company].filter(Boolean).join(' · '),
    priority: 2,
    // Chrome shows the buttons; Firefox ignores them (and the polyfill's types leave them out).
    ...({
      buttons: [
        { title: browser.i18n.getMessage('reminderMarkDone') || 'Done' },
        { title: browser.i18n.getMessage('reminderSnoozeHour') || 'Snooze 1 hour' },
      ],
    } as object),
  });
  await tasks.markNotified(taskId);
  return true;
}

/** A reminder alarm fired: notify if the task is due as it stands now, re-arm if it moved later, else nothing. */
export async function onReminderAlarm(name: string): Promise<void> {
  if (!isFollowUpAlarm(name)) return;
  const taskId = taskIdOf(name);
  const task = await tasksRepo().get(taskId);
  const action = reminderAction(task, Date.now());
  if (action === 'notify') await notifyFollowUp(taskId);
  else if (action === 'rearm') await armReminder(taskId, task);
}

/** Moves a follow-up to an hour from now or tomorrow 9:00, so its reminder shows again then. */
export async function snoozeTask(taskId: string, choice: SnoozeChoice, now = Date.now()): Promise<FollowUpTask> {
  const task = await tasksRepo().reschedule(taskId, snoozeUntil(choice, now));
  await armReminder(taskId, task);
  await browser.notifications.clear(alarmName(taskId));
  return task;
}

export async function onNotificationClicked(notificationId: string): Promise<void> {
  if (!isFollowUpAlarm(notificationId)) return;
  const task = await tasksRepo().get(taskIdOf(notificationId));
  await browser.notifications.clear(notificationId);
  if (task) await browser.tabs.create({ url: extensionUrl(`src/ui/options/index.html#/prospects/${task.prospectId}`) });
}

export async function onNotificationButton(notificationId: string, buttonIndex: number): Promise<void> {
  if (!isFollowUpAlarm(notificationId)) return;
  const taskId = taskIdOf(notificationId);
  if (!(await tasksRepo().get(taskId))) {
    await browser.notifications.clear(notificationId); // deleted since it was shown
    return;
  }
  if (buttonIndex === 0) {
    await armReminder(taskId, await tasksRepo().markDone(taskId));
    await browser.notifications.clear(notificationId);
  } else if (buttonIndex === 1) {
    await snoozeTask(taskId, 'hour');
  }
}
