// Follow-up reminders: an alarm per open follow-up task, a notification when it comes due. Alarms may not survive
// a browser restart, so every start re-creates them from the tasks table (and shows any that came due meanwhile).
import type { FollowUpTask } from '../domain/tasks';
import { TasksRepo } from '../db/tasks-repo';
import { database, prospectsRepo } from '../db/default-database';
import { browser, extensionUrl } from '../platform/browser';

const PREFIX = 'follow-up:';

export const isFollowUpAlarm = (name: string) => name.startsWith(PREFIX);
const taskIdOf = (name: string) => name.slice(PREFIX.length);

export async function scheduleFollowUp(task: FollowUpTask): Promise<void> {
  if (task.done || task.notifiedAt) return;
  await browser.alarms.create(`${PREFIX}${task.id}`, { when: Math.max(task.dueAt, Date.now() + 500) });
}

export async function notifyFollowUp(taskId: string): Promise<boolean> {
  const tasks = new TasksRepo(database());
  const task = await tasks.get(taskId);
  if (!task || task.done || task.notifiedAt) return false;
  const prospect = await prospectsRepo().get(task.prospectId);
  const who = prospect?.fullName ?? '';
  await browser.notifications.create(`${PREFIX}${task.id}`, {
    type: 'basic',
    iconUrl: extensionUrl('icons/icon-128.png'),
    title: browser.i18n.getMessage('reminderTitle', [who]) || `Follow up with ${who}`,
    message: task.title,
    contextMessage: [prospect?.title, prospect?.company].filter(Boolean).join(' · '),
    priority: 2,
    // Chrome shows the button; Firefox ignores it (and the polyfill's types leave it out).
    ...({ buttons: [{ title: browser.i18n.getMessage('reminderMarkDone') || 'Mark done' }] } as object),
  });
  await tasks.markNotified(task.id);
  return true;
}

/** On browser start and on install/update: re-create missing alarms, and notify what came due while closed. */
export async function restoreReminders(now = Date.now()): Promise<{ scheduled: number; notified: number }> {
  const tasks = await new TasksRepo(database()).dueBetween(0, Number.MAX_SAFE_INTEGER);
  let scheduled = 0;
  let notified = 0;
  for (const task of tasks) {
    if (task.done || task.notifiedAt) continue;
    if (task.dueAt <= now) {
      if (await notifyFollowUp(task.id)) notified++;
    } else {
      await scheduleFollowUp(task);
      scheduled++;
    }
  }
  return { scheduled, notified };
}

export async function onAlarm(name: string): Promise<void> {
  if (isFollowUpAlarm(name)) await notifyFollowUp(taskIdOf(name));
}

export async function onNotificationClicked(notificationId: string): Promise<void> {
  if (!isFollowUpAlarm(notificationId)) return;
  const task = await new TasksRepo(database()).get(taskIdOf(notificationId));
  await browser.notifications.clear(notificationId);
  if (task) await browser.tabs.create({ url: extensionUrl(`src/ui/options/index.html#/prospects/${task.prospectId}`) });
}

export async function onNotificationButton(notificationId: string, buttonIndex: number): Promise<void> {
  if (!isFollowUpAlarm(notificationId) || buttonIndex !== 0) return;
  await new TasksRepo(database()).markDone(taskIdOf(notificationId));
  await browser.notifications.clear(notificationId);
}
