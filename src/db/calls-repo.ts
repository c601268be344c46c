// The call log. Logging a call also writes the timeline entry and, when a follow-up date is set, the follow-up task.
import { callStats, callSummary, durationBetween, type Call, type CallOutcomeOption, type CallStats } from '../domain/calls';
import type { Activity } from '../domain/activity';
import type { FollowUpTask } from '../domain/tasks';
import { fromStored, newId, taskToStored, toStored, type SegueDatabase } from './database';
import { stageAfterCall } from '../domain/handoff/stage-rules';
import { SettingsRepo } from './settings-repo';
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

/** What can be changed on a logged call. */
export type CallEdit = Partial<Pick<Call, 'outcome' | 'notes' | 'nextStep' | 'durationSec' | 'startedAt'>>;

/** A deleted call with its timeline entries, to undo the delete. */
export interface RemovedCall {
  call: Call;
  activities: Activity[];
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
    const { prospects, calls, tasks, activities, segments, settings } = this.db;
    return this.db.transaction('rw', [prospects, calls, tasks, activities, segments, settings], async () => {
      const row = await prospects.get(call.prospectId);
      if (!row) throw new Error(`No prospect with id ${call.prospectId}.`);
      const firstCall = (await calls.where('prospectId').equals(call.prospectId).count()) === 0;
      // The call keeps the pack version its segment had, so marketing can compare versions of a message.
      const pack = call.segmentId ? (await segments.get(call.segmentId))?.pack : undefined;
      if (pack) Object.assign(call, { packId: pack.id, packVersion: pack.version });
      await calls.add(call);
      await activities.add(activity(call.prospectId, call.startedAt, 'call', callSummary(call), { callId: call.id }));
      // Outcomes move stages by rule (Settings → Hand-off), only ever forward.
      const move = stageAfterCall(row.stage, { outcome: call.outcome, firstCall }, await new SettingsRepo(this.db).get('stageRules'));
      if (move) {
        await prospects.put(toStored({ ...fromStored(row), stage: move.to, updatedAt: now }));
        await activities.add(activity(call.prospectId, now, 'stage_change', move.summary, { from: row.stage, to: move.to, rule: move.rule, callId: call.id }));
      }
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

  /** Changes a logged call; its timeline entry follows (time and summary). Clearing the next step: pass ''. */
  async update(id: string, patch: CallEdit): Promise<Call> {
    const { calls, activities } = this.db;
    return this.db.transaction('rw', calls, activities, async () => {
      const call = await calls.get(id);
      if (!call) throw new Error(`No call with id ${id}.`);
      const { nextStep, ...rest } = patch;
      const updated: Call = { ...call, ...rest };
      if (nextStep !== undefined) {
        if (nextStep.trim()) updated.nextStep = nextStep.trim();
        else delete updated.nextStep;
      }
      if (call.endedAt !== undefined || patch.startedAt !== undefined || patch.durationSec !== undefined) {
        updated.endedAt = updated.startedAt + updated.durationSec * 1000;
      }
      await calls.put(updated);
      for (const entry of await this.entriesOf(call)) {
        await activities.put({ ...entry, at: updated.startedAt, summary: callSummary(updated) });
      }
      return updated;
    });
  }

  /** Deletes a call and its timeline entry; what it returns puts both back (restore). */
  async delete(id: string): Promise<RemovedCall | null> {
    const { calls, activities } = this.db;
    return this.db.transaction('rw', calls, activities, async () => {
      const call = await calls.get(id);
      if (!call) return null;
      const entries = await this.entriesOf(call);
      await calls.delete(id);
      await activities.bulkDelete(entries.map((a) => a.id));
      return { call, activities: entries };
    });
  }

  async restore(removed: RemovedCall): Promise<void> {
    await this.db.transaction('rw', this.db.calls, this.db.activities, async () => {
      await this.db.calls.put(removed.call);
      await this.db.activities.bulkPut(removed.activities);
    });
  }

  /** The timeline entries a call wrote (the activities table has no index on the call id; a prospect's are few). */
  private async entriesOf(call: Call): Promise<Activity[]> {
    const rows = await this.db.activities.where('[prospectId+at]').between([call.prospectId, -Infinity], [call.prospectId, Infinity]).toArray();
    return rows.filter((a) => a.kind === 'call' && a.data?.callId === call.id);
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
