import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../../src/domain/activity';
import { CALL_OUTCOMES, CONNECT_OUTCOMES, MAX_LOGGED_CALL_SEC, callStats, callSummary, durationBetween, formatDuration, isConnect, loggedCallProblem, outcomeLabel, parseDuration } from '../../../src/domain/calls';
import { dayBounds, isOverdue, needsReminder, nextFollowUpAt } from '../../../src/domain/tasks';

describe('call outcomes', () => {
  it('has the default list with labels and the documented connects', () => {
    expect(CALL_OUTCOMES.map((o) => o.key)).toEqual([
      'connected', 'left_voicemail', 'no_answer', 'busy', 'wrong_number', 'gatekeeper', 'meeting_booked', 'not_interested', 'call_back_later',
    ]);
    expect(CONNECT_OUTCOMES).toEqual(['connected', 'meeting_booked', 'not_interested', 'call_back_later']);
    expect(isConnect('gatekeeper')).toBe(false);
    expect(isConnect('custom_outcome')).toBe(false);
    expect(isConnect('demo_done', [{ key: 'demo_done', label: 'Demo done', connect: true }])).toBe(true);
    expect(outcomeLabel('left_voicemail')).toBe('Left voicemail');
    expect(outcomeLabel('some_custom_key')).toBe('some custom key');
  });
});

describe('durations', () => {
  it('formats m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(599.9)).toBe('9:59');
    expect(formatDuration(3600)).toBe('1:00:00');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });
  it('computes whole seconds, never negative', () => {
    expect(durationBetween(1_000, 91_400)).toBe(90);
    expect(durationBetween(5_000, 1_000)).toBe(0);
  });
});

describe('callStats', () => {
  it('counts connects, meetings and talk time', () => {
    const stats = callStats([
      { outcome: 'connected', durationSec: 120 }, { outcome: 'no_answer', durationSec: 20 },
      { outcome: 'meeting_booked', durationSec: 300 }, { outcome: 'gatekeeper', durationSec: 60 },
    ]);
    expect(stats).toEqual({
      calls: 4, connects: 2, connectRate: 0.5, meetings: 1, totalTalkSec: 500, averageConnectSec: 210,
      byOutcome: { connected: 1, no_answer: 1, meeting_booked: 1, gatekeeper: 1 },
    });
    expect(callStats([]).connectRate).toBe(0);
  });
});

describe('tasks', () => {
  it('finds the local day, overdue tasks and the next follow-up', () => {
    const noon = new Date(2026, 2, 10, 12, 30).getTime();
    const { start, end } = dayBounds(noon);
    expect(new Date(start).getHours()).toBe(0);
    expect(new Date(start).getDate()).toBe(10);
    expect(new Date(end).getDate()).toBe(11);
    expect(isOverdue({ done: false, dueAt: noon - 1 }, noon)).toBe(true);
    expect(isOverdue({ done: true, dueAt: noon - 1 }, noon)).toBe(false);
    expect(nextFollowUpAt([{ done: true, dueAt: 1 }, { done: false, dueAt: 30 }, { done: false, dueAt: 20 }])).toBe(20);
    expect(nextFollowUpAt([{ done: true, dueAt: 1 }])).toBeUndefined();
    const task = { id: 't', prospectId: 'p', title: 'Call back', dueAt: noon, done: false, createdAt: 0 };
    expect(needsReminder(task, noon)).toBe(true);
    expect(needsReminder({ ...task, notifiedAt: noon }, noon)).toBe(false);
  });
});

describe('describeChanges', () => {
  it('lists changed fields in words', () => {
    expect(describeChanges([])).toBe('No new information');
    expect(describeChanges([{ field: 'title', before: 'a', after: 'b' }])).toBe('Updated title');
    expect(describeChanges([
      { field: 'title', before: 1, after: 2 }, { field: 'phones', before: 1, after: 2 }, { field: 'companySize', before: 1, after: 2 },
    ])).toBe('Updated title, phones and company size');
  });
});

describe('logged calls', () => {
  it('reads a typed duration in minutes, m:ss, h:mm:ss or seconds', () => {
    expect(parseDuration('7')).toBe(420);
    expect(parseDuration('2.5')).toBe(150);
    expect(parseDuration('7:05')).toBe(425);
    expect(parseDuration('1:02:05')).toBe(3725);
    expect(parseDuration('90s')).toBe(90);
    for (const bad of ['', 'seven', '7:5', '7:65', '-3', '1:2:3:4']) expect(parseDuration(bad)).toBeNull();
  });

  it('refuses a future call, a duration out of range and an outcome not in the list', () => {
    const now = Date.UTC(2026, 11, 7, 12);
    expect(loggedCallProblem({ startedAt: now - 3_600_000, durationSec: 60, outcome: 'connected' }, now)).toBeNull();
    expect(loggedCallProblem({ startedAt: now + 3_600_000 }, now)).toMatch(/future/);
    expect(loggedCallProblem({ durationSec: -1 }, now)).toMatch(/duration/);
    expect(loggedCallProblem({ durationSec: MAX_LOGGED_CALL_SEC + 1 }, now)).toMatch(/duration/);
    expect(loggedCallProblem({ outcome: 'teleported' }, now)).toMatch(/outcome/);
    expect(callSummary({ outcome: 'meeting_booked', durationSec: 425 })).toBe('Call: Meeting booked (7:05)');
  });
});
