// Follow-up tasks: what the rep promised to do next, and when. Pure.

export interface FollowUpTask {
  id: string;
  prospectId: string;
  /** The call that created this follow-up, if any. */
  callId?: string;
  title: string;
  /** Epoch milliseconds. */
  dueAt: number;
  done: boolean;
  doneAt?: number;
  /** When a reminder notification was shown, so it is shown once. */
  notifiedAt?: number;
  createdAt: number;
}

/** Local-time bounds [start, end) of the day containing `now`. */
export function dayBounds(now: number): { start: number; end: number } {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return { start: start.getTime(), end: end.getTime() };
}

export function isOverdue(task: Pick<FollowUpTask, 'done' | 'dueAt'>, now: number): boolean {
  return !task.done && task.dueAt < now;
}

/** Open tasks that are due and have not been notified yet. */
export function needsReminder(task: FollowUpTask, now: number): boolean {
  return !task.done && task.dueAt <= now && task.notifiedAt === undefined;
}

/** The earliest due date among open tasks, or undefined: kept on the prospect to sort by next follow-up. */
export function nextFollowUpAt(tasks: readonly Pick<FollowUpTask, 'done' | 'dueAt'>[]): number | undefined {
  let next: number | undefined;
  for (const task of tasks) if (!task.done && (next === undefined || task.dueAt < next)) next = task.dueAt;
  return next;
}

/** Alarms may fire a little early; a task due within this margin counts as due. */
export const REMINDER_MARGIN_MS = 1000;

/**
 * What a firing reminder alarm does, judged by the task as it is now (it may have been rescheduled, snoozed,
 * completed or deleted since the alarm was set): notify, re-arm for the current due date, or nothing.
 */
export function reminderAction(task: FollowUpTask | undefined, now: number): 'notify' | 'rearm' | 'ignore' {
  if (!task || task.done || task.notifiedAt !== undefined) return 'ignore';
  return task.dueAt <= now + REMINDER_MARGIN_MS ? 'notify' : 'rearm';
}

export type SnoozeChoice = 'hour' | 'tomorrow';

/** A snoozed follow-up comes back in an hour, or tomorrow at 9:00 local time. */
export function snoozeUntil(choice: SnoozeChoice, now: number): number {
  if (choice === 'hour') return now + 3_600_000;
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  tomorrow.setHours(9, 0, 0, 0);
  return tomorrow.getTime();
}
