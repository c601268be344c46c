// Follow-up tasks. Every change recomputes the prospect's nextFollowUpAt in the same transaction.
import Dexie from 'dexie';
import { dayBounds, nextFollowUpAt, type FollowUpTask } from '../domain/tasks';
import { fromStored, newId, taskFromStored, taskToStored, toStored, type SegueDatabase } from './database';

export interface NewTask {
  prospectId: string;
  title: string;
  dueAt: number;
  callId?: string;
}

export class TasksRepo {
  constructor(private readonly db: SegueDatabase, private readonly clock: () => number = Date.now) {}

  async create(input: NewTask): Promise<FollowUpTask> {
    const title = input.title.trim();
    if (!title) throw new Error('A follow-up needs a title.');
    if (!Number.isFinite(input.dueAt)) throw new Error('A follow-up needs a due date.');
    const task: FollowUpTask = {
      id: newId(), prospectId: input.prospectId, title, dueAt: input.dueAt, done: false, createdAt: this.clock(),
      ...(input.callId ? { callId: input.callId } : {}),
    };
    await this.db.transaction('rw', this.db.tasks, this.db.prospects, async () => {
      await this.db.tasks.add(taskToStored(task));
      await refreshNextFollowUp(this.db, task.prospectId);
    });
    return task;
  }

  async get(id: string): Promise<FollowUpTask | undefined> {
    const row = await this.db.tasks.get(id);
    return row && taskFromStored(row);
  }

  /** Tasks due in [from, to), earliest first; open ones only unless includeDone. */
  async dueBetween(from: number, to: number, options: { includeDone?: boolean } = {}): Promise<FollowUpTask[]> {
    const rows = options.includeDone
      ? await this.db.tasks.where('dueAt').between(from, to, true, false).toArray()
      : await this.db.tasks.where('[done+dueAt]').between([0, from], [0, to], true, false).toArray();
    return rows.map(taskFromStored);
  }

  /** Open tasks due today (local time), plus every overdue open task before today, earliest first; `limit` caps the read. */
  async dueToday(now = this.clock(), options: { limit?: number } = {}): Promise<FollowUpTask[]> {
    let due = this.dueTodayRange(now);
    if (options.limit !== undefined) due = due.limit(options.limit);
    return (await due.toArray()).map(taskFromStored);
  }

  /**
   * How many tasks dueToday would return, counted on the index without reading the rows. With `upTo`, counting
   * stops there (at most `upTo` index keys read): a badge reading "99+" costs the same at any table size.
   */
  async countDueToday(now = this.clock(), options: { upTo?: number } = {}): Promise<number> {
    if (options.upTo === undefined) return this.dueTodayRange(now).count();
    return (await this.dueTodayRange(now).limit(options.upTo).primaryKeys()).length;
  }

  private dueTodayRange(now: number) {
    const { end } = dayBounds(now);
    return this.db.tasks.where('[done+dueAt]').between([0, Dexie.minKey], [0, end], true, false);
  }

  async forProspect(prospectId: string): Promise<FollowUpTask[]> {
    const rows = await this.db.tasks.where('prospectId').equals(prospectId).sortBy('dueAt');
    return rows.map(taskFromStored);
  }

  async markDone(id: string): Promise<FollowUpTask> {
    return this.setDone(id, true);
  }

  /** Re-opens a task marked done by mistake. */
  async undone(id: string): Promise<FollowUpTask> {
    return this.setDone(id, false);
  }

  async markNotified(id: string): Promise<void> {
    await this.db.tasks.update(id, { notifiedAt: this.clock() });
  }

  async reschedule(id: string, dueAt: number): Promise<FollowUpTask> {
    return this.change(id, (task) => {
      const { notifiedAt: _n, ...rest } = task;
      return { ...rest, dueAt };
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.tasks, this.db.prospects, async () => {
      const row = await this.db.tasks.get(id);
      if (!row) return;
      await this.db.tasks.delete(id);
      await refreshNextFollowUp(this.db, row.prospectId);
    });
  }

  private setDone(id: string, done: boolean): Promise<FollowUpTask> {
    const now = this.clock();
    return this.change(id, (task) => {
      const { doneAt: _d, ...rest } = task;
      return done ? { ...rest, done: true, doneAt: now } : { ...rest, done: false };
    });
  }

  private async change(id: string, edit: (task: FollowUpTask) => FollowUpTask): Promise<FollowUpTask> {
    return this.db.transaction('rw', this.db.tasks, this.db.prospects, async () => {
      const row = await this.db.tasks.get(id);
      if (!row) throw new Error(`No follow-up with id ${id}.`);
      const task = edit(taskFromStored(row));
      await this.db.tasks.put(taskToStored(task));
      await refreshNextFollowUp(this.db, task.prospectId);
      return task;
    });
  }
}

/** Recomputes a prospect's nextFollowUpAt from its open tasks. Call inside a transaction over tasks and prospects. */
export async function refreshNextFollowUp(db: SegueDatabase, prospectId: string): Promise<void> {
  const row = await db.prospects.get(prospectId);
  if (!row) return;
  const tasks = (await db.tasks.where('prospectId').equals(prospectId).toArray()).map(taskFromStored);
  const next = nextFollowUpAt(tasks);
  if (next === row.nextFollowUpAt) return;
  const { nextFollowUpAt: _old, ...record } = fromStored(row);
  await db.prospects.put(toStored(next === undefined ? record : { ...record, nextFollowUpAt: next }));
}
