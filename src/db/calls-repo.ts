// The call log. Logging a call also writes the timeline entry and, when a follow-up date is set, the follow-up task.
import { callStats, outcomeLabel, formatDuration, durationBetween, type Call, type CallOutcomeOption, type CallStats } from '../domain/calls';
import type { FollowUpTask } from '../domain/tasks';
import { newId, taskToStored, type SegueDatabase } from './database';
import { activity } from './prospects-repo';
import { refreshNextFollowUp } from './tasks-repo';

export interface NewCall {
  prospectId: string;
  outcome: string;
  startedAt: number;
  endedAt?: number;
  /** Given, or computed from startedAt/endedAt. */
  durationSec?: number;
  notes?: string;
  segmentId?: string;
  templateId?: string;
  phone?: string;
  nextStep?: string;
  followUpAt?: number;
}

export class CallsRepo {
  constructor(private readonly db: SegueDatabase, private readonly clock: () => number = Date.now) {}

  async log(input: NewCall): Promise<{ call: Call; task?: FollowUpTask }> {
    if (!input.outcome.trim()) throw new Error('A call needs an outcome.');
    if (!Number.isFinite(input.startedAt)) throw new Error('A call needs a start time.');
    const now = this.clock();
    const durationSec = input.durationSec ?? (input.endedAt !== undefined ? durationBetween(input.startedAt, input.endedAt) : 0);
    const call: Call = {
      id: newId(),
      prospectId: input.prospectId,
      startedAt: input.startedAt,
      durationSec: Math.max(0, Math.round(durationSec)),
      outcome: input.outcome,
      notes: input.notes ?? '',
      createdAt: now,
      ...optional({
        endedAt: input.endedAt, segmentId: input.segmentId, templateId: input.templateId, phone: input.phone,
        nextStep: input.nextStep, followUpAt: input.followUpAt,
      }),
    };
    const { prospects, calls, tasks, activities } = this.db;
    return this.db.transaction('rw', [prospects, calls, tasks, activities], async () => {
      if (!(await prospects.get(call.prospectId))) throw new Error(`No prospect with id ${call.prospectId}.`);
      await calls.add(call);
      await activities.add(activity(call.prospectId, call.startedAt, 'call',
        `Call: ${outcomeLabel(call.outcome)} (${formatDuration(call.durationSec)})`, { callId: call.id }));
      let task: FollowUpTask | undefined;
      if (call.followUpAt !== undefined) {
        task = {
          id: newId(), prospectId: call.prospectId, callId: call.id, title: call.nextStep?.trim() || 'Follow up',
          dueAt: call.followUpAt, done: false, createdAt: now,
        };
        await tasks.add(taskToStored(task));
        await refreshNextFollowUp(this.db, call.prospectId);
      }
      return task ? { call, task } : { call };
    });
  }

  async get(id: string): Promise<Call | undefined> {
    return this.db.calls.get(id);
  }

  /** Newest first. */
  async forProspect(prospectId: string, limit = 50): Promise<Call[]> {
    return this.db.calls.where('prospectId').equals(prospectId).reverse().sortBy('startedAt')
      .then((rows) => rows.slice(0, limit));
  }

  /** Calls started in [from, to), oldest first. */
  async between(from: number, to: number): Promise<Call[]> {
    return this.db.calls.where('startedAt').between(from, to, true, false).toArray();
  }

  async forSegment(segmentId: string): Promise<Call[]> {
    return this.db.calls.where('segmentId').equals(segmentId).toArray();
  }

  async forTemplate(templateId: string): Promise<Call[]> {
    return this.db.calls.where('templateId').equals(templateId).toArray();
  }

  async update(id: string, patch: Partial<Pick<Call, 'outcome' | 'notes' | 'nextStep' | 'durationSec'>>): Promise<Call> {
    return this.db.transaction('rw', this.db.calls, async () => {
      const call = await this.db.calls.get(id);
      if (!call) throw new Error(`No call with id ${id}.`);
      const updated = { ...call, ...patch };
      await this.db.calls.put(updated);
      return updated;
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.calls.delete(id);
  }

  /** Totals and connect rate over calls started in [from, to). */
  async stats(from: number, to: number, outcomes?: readonly CallOutcomeOption[]): Promise<CallStats> {
    return callStats(await this.between(from, to), outcomes);
  }
}

function optional<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') (out as Record<string, unknown>)[key] = value;
  return out;
}
