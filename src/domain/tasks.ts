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
