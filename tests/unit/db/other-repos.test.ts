import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALL_OUTCOMES } from '../../../src/domain/calls';
import type { SegueDatabase } from '../../../src/db/database';
import { ActivitiesRepo } from '../../../src/db/activities-repo';
import { CallsRepo } from '../../../src/db/calls-repo';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { SegmentsRepo } from '../../../src/db/segments-repo';
import { SettingsRepo, defaultSettings } from '../../../src/db/settings-repo';
import { TasksRepo } from '../../../src/db/tasks-repo';
import { makeDraft } from '../../support/db/drafts';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';

let db: SegueDatabase;
let now: number;
const clock = () => now;
beforeEach(async () => {
  db = await freshDatabase();
  now = new Date(2026, 2, 10, 9, 0).getTime();
});
afterEach(closeDatabases);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function prospect(name = 'Cleo Dunmore') {
  return (await new ProspectsRepo(db, clock).saveDraft(makeDraft({ fullName: name, company: 'Foxglove Energy' }))).prospect;
}

function segment(id: string, priority: number, extra: Record<string, unknown> = {}) {
  return {
    id, name: `Segment ${id}`, description: 'Test segment', priority, threshold: 40,
    rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['founder', 'c_suite'], weight: 50 }] },
    talkingPoints: [], templates: [], ...extra,
  };
}

describe('SegmentsRepo', () => {
  it('validates on save and writes nothing invalid', async () => {
    const repo = new SegmentsRepo(db);
    const bad = await repo.save(segment('Not A Slug', 1, { threshold: 400 }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['id', 'threshold']));
      expect(bad.issues.every((i) => i.message.length > 0)).toBe(true);
    }
    expect(await db.segments.count()).toBe(0);
    const good = await repo.save(segment('founders', 3));
    expect(good.ok).toBe(true);
    expect((await repo.get('founders'))?.name).toBe('Segment founders');
  });

  it('lists highest priority first', async () => {
    const repo = new SegmentsRepo(db);
    for (const [id, p] of [['low', 1], ['high', 9], ['mid', 5]] as const) await repo.save(segment(id, p));
    expect((await repo.list()).map((s) => s.id)).toEqual(['high', 'mid', 'low']);
  });

  it('seeds the starter set once; deleting them does not bring them back; reset does', async () => {
    const repo = new SegmentsRepo(db);
    const starters = [segment('founders', 2), segment('it-leaders', 1)];
    expect(await repo.seedStarterSet(starters)).toBe(2);
    await repo.delete('founders');
    await repo.save(segment('mine', 7));
    expect(await repo.seedStarterSet(starters)).toBe(0);
    expect((await repo.list()).map((s) => s.id)).toEqual(['mine', 'it-leaders']);
    const reset = await repo.resetToStarterSet(starters);
    expect(reset).toHaveLength(2);
    expect((await repo.list()).map((s) => s.id)).toEqual(['founders', 'it-leaders']);
  });

  it('refuses an invalid starter set without writing anything', async () => {
    const repo = new SegmentsRepo(db);
    await expect(repo.seedStarterSet([segment('ok', 1), segment('broken', 1, { rules: 'nope' })])).rejects.toThrow(/Starter segment 2 is invalid/);
    expect(await db.segments.count()).toBe(0);
    expect(await new SettingsRepo(db).get('starterSegmentsSeeded')).toBe(false);
  });
});

describe('CallsRepo', () => {
  it('logs a call with its timeline entry and follow-up task, keeping nextFollowUpAt', async () => {
    const p = await prospect();
    const calls = new CallsRepo(db, clock);
    const { call, task } = await calls.log({
      prospectId: p.id, outcome: 'call_back_later', startedAt: now + HOUR, endedAt: now + HOUR + 95_000, phone: '+14155550100',
      notes: 'Busy this week', nextStep: 'Call Thursday', followUpAt: now + 2 * DAY, segmentId: 'founders',
    });
    expect(call.durationSec).toBe(95);
    expect(task).toMatchObject({ prospectId: p.id, callId: call.id, title: 'Call Thursday', dueAt: now + 2 * DAY, done: false });
    expect((await new ProspectsRepo(db).get(p.id))!.nextFollowUpAt).toBe(now + 2 * DAY);
    const timeline = await new ActivitiesRepo(db).timeline(p.id);
    expect(timeline[0]).toMatchObject({ kind: 'call', summary: 'Call: Call back later (1:35)', data: { callId: call.id } });
    expect(await calls.forSegment('founders')).toEqual([call]);
  });

  it('refuses a call for an unknown prospect or without an outcome', async () => {
    const calls = new CallsRepo(db, clock);
    await expect(calls.log({ prospectId: 'nobody', outcome: 'busy', startedAt: now })).rejects.toThrow('No prospect with id nobody.');
    const p = await prospect();
    await expect(calls.log({ prospectId: p.id, outcome: ' ', startedAt: now })).rejects.toThrow('A call needs an outcome.');
    expect(await db.calls.count()).toBe(0);
  });

  it('pages by prospect newest first, by time range, and computes stats', async () => {
    const p = await prospect();
    const calls = new CallsRepo(db, clock);
    const outcomes = ['no_answer', 'connected', 'meeting_booked', 'left_voicemail'];
    for (const [i, outcome] of outcomes.entries()) {
      await calls.log({ prospectId: p.id, outcome, startedAt: now + i * HOUR, durationSec: 30 * (i + 1), templateId: i % 2 ? 'tpl-1' : undefined });
    }
    expect((await calls.forProspect(p.id, 2)).map((c) => c.outcome)).toEqual(['left_voicemail', 'meeting_booked']);
    expect((await calls.between(now + HOUR, now + 3 * HOUR)).map((c) => c.outcome)).toEqual(['connected', 'meeting_booked']);
    expect((await calls.forTemplate('tpl-1')).map((c) => c.outcome).sort()).toEqual(['connected', 'left_voicemail']);
    const stats = await calls.stats(now, now + DAY);
    expect(stats).toMatchObject({ calls: 4, connects: 2, connectRate: 0.5, meetings: 1, totalTalkSec: 300 });
    const updated = await calls.update((await calls.forProspect(p.id, 1))[0]!.id, { notes: 'Left a short message' });
    expect(updated.notes).toBe('Left a short message');
  });
});

describe('TasksRepo', () => {
  it('finds tasks due today (with overdue), between dates, and marks done / undone', async () => {
    const p = await prospect();
    const tasks = new TasksRepo(db, clock);
    const overdue = await tasks.create({ prospectId: p.id, title: 'Overdue', dueAt: now - 2 * DAY });
    const today = await tasks.create({ prospectId: p.id, title: 'Today', dueAt: now + 3 * HOUR });
    const tomorrow = await tasks.create({ prospectId: p.id, title: 'Tomorrow', dueAt: now + DAY });
    expect((await tasks.dueToday()).map((t) => t.title)).toEqual(['Overdue', 'Today']);
    expect((await tasks.dueToday(now, { limit: 1 })).map((t) => t.title)).toEqual(['Overdue']);
    expect(await tasks.countDueToday()).toBe(2);
    expect((await tasks.dueBetween(now, now + 2 * DAY)).map((t) => t.title)).toEqual(['Today', 'Tomorrow']);
    expect((await new ProspectsRepo(db).get(p.id))!.nextFollowUpAt).toBe(overdue.dueAt);

    now += HOUR;
    const done = await tasks.markDone(overdue.id);
    expect(done).toMatchObject({ done: true, doneAt: now });
    expect((await tasks.dueToday()).map((t) => t.title)).toEqual(['Today']);
    expect((await tasks.dueBetween(now - 3 * DAY, now + 2 * DAY, { includeDone: true })).map((t) => t.title)).toEqual(['Overdue', 'Today', 'Tomorrow']);
    expect((await new ProspectsRepo(db).get(p.id))!.nextFollowUpAt).toBe(today.dueAt);

    const reopened = await tasks.undone(overdue.id);
    expect(reopened.done).toBe(false);
    expect(reopened).not.toHaveProperty('doneAt');
    expect((await new ProspectsRepo(db).get(p.id))!.nextFollowUpAt).toBe(overdue.dueAt);

    await tasks.markDone(overdue.id);
    await tasks.markDone(today.id);
    await tasks.delete(tomorrow.id);
    const after = await new ProspectsRepo(db).get(p.id);
    expect(after).not.toHaveProperty('nextFollowUpAt');
    expect((await tasks.forProspect(p.id)).map((t) => t.title)).toEqual(['Overdue', 'Today']);
  });

  it('records notification and reschedules (clearing it)', async () => {
    const p = await prospect();
    const tasks = new TasksRepo(db, clock);
    const t = await tasks.create({ prospectId: p.id, title: 'Ping', dueAt: now });
    await tasks.markNotified(t.id);
    expect((await tasks.get(t.id))!.notifiedAt).toBe(now);
    const moved = await tasks.reschedule(t.id, now + DAY);
    expect(moved.dueAt).toBe(now + DAY);
    expect(moved).not.toHaveProperty('notifiedAt');
    await expect(tasks.create({ prospectId: p.id, title: '  ', dueAt: now })).rejects.toThrow('A follow-up needs a title.');
    await expect(tasks.markDone('nope')).rejects.toThrow('No follow-up with id nope.');
  });
});

describe('ActivitiesRepo', () => {
  it('returns a prospect timeline newest first, paged with before', async () => {
    const acts = new ActivitiesRepo(db, clock);
    for (let i = 0; i < 5; i++) {
      now += 1000;
      await acts.add('p1', 'note', `Note ${i}`);
      await acts.add('p2', 'note', `Other ${i}`);
    }
    const page = await acts.timeline('p1', 3);
    expect(page.map((a) => a.summary)).toEqual(['Note 4', 'Note 3', 'Note 2']);
    const older = await acts.timeline('p1', 3, page[2]!.at);
    expect(older.map((a) => a.summary)).toEqual(['Note 1', 'Note 0']);
    expect(await acts.timeline('nobody')).toEqual([]);
  });
});

describe('SettingsRepo', () => {
  it('reads defaults, stores typed values, patches objects', async () => {
    const settings = new SettingsRepo(db);
    expect(await settings.get('sender')).toEqual(defaultSettings().sender);
    expect(await settings.get('lastBackupAt')).toBeNull();
    expect((await settings.get('callOutcomes')).map((o) => o.key)).toEqual(CALL_OUTCOMES.map((o) => o.key));
    await settings.patch('sender', { name: 'Robin Vale', meetingLink: 'https://cal.example/robin' });
    expect(await settings.get('sender')).toEqual({ ...defaultSettings().sender, name: 'Robin Vale', meetingLink: 'https://cal.example/robin' });
    await settings.set('lastBackupAt', 42);
    await settings.patch('onboarding', { welcomeSeen: true });
    const all = await settings.all();
    expect(all.lastBackupAt).toBe(42);
    expect(all.onboarding).toEqual({ ...defaultSettings().onboarding, welcomeSeen: true });
  });

  it('fills keys added later from the defaults', async () => {
    await db.settings.put({ key: 'sender', value: { name: 'Old Install' } });
    expect(await new SettingsRepo(db).get('sender')).toEqual({ ...defaultSettings().sender, name: 'Old Install' });
  });

  it('validates an edited call outcome list', async () => {
    const settings = new SettingsRepo(db);
    await settings.setCallOutcomes([{ key: 'demo_done', label: ' Demo done ', connect: true }, { key: 'no_answer', label: 'No answer', connect: false }]);
    expect(await settings.get('callOutcomes')).toEqual([{ key: 'demo_done', label: 'Demo done', connect: true }, { key: 'no_answer', label: 'No answer', connect: false }]);
    await expect(settings.setCallOutcomes([])).rejects.toThrow('Keep at least one call outcome.');
    await expect(settings.setCallOutcomes([{ key: 'Bad Key', label: 'x', connect: false }])).rejects.toThrow(/lower-case/);
    await expect(settings.setCallOutcomes([{ key: 'a', label: 'A', connect: false }, { key: 'a', label: 'B', connect: false }])).rejects.toThrow('listed twice');
    await expect(settings.setCallOutcomes([{ key: 'a', label: ' ', connect: false }])).rejects.toThrow('needs a label');
    await expect(settings.set('nope' as 'sender', defaultSettings().sender)).rejects.toThrow('Unknown setting');
  });
});
