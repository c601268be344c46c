import { describe, expect, it } from 'vitest';
import { reminderAction, snoozeUntil, type FollowUpTask } from '../../../src/domain/tasks';

const NOW = new Date(2026, 11, 7, 16, 30).getTime();
const task = (over: Partial<FollowUpTask> = {}): FollowUpTask =>
  ({ id: 't', prospectId: 'p', title: 'Call back', dueAt: NOW, done: false, createdAt: NOW - 1000, ...over });

describe('reminderAction', () => {
  it('notifies a due open task once, re-arms one moved later, and ignores done, notified or deleted tasks', () => {
    expect(reminderAction(task(), NOW)).toBe('notify');
    expect(reminderAction(task({ dueAt: NOW + 500 }), NOW)).toBe('notify'); // alarms may fire a little early
    expect(reminderAction(task({ dueAt: NOW + 60_000 }), NOW)).toBe('rearm');
    expect(reminderAction(task({ done: true }), NOW)).toBe('ignore');
    expect(reminderAction(task({ notifiedAt: NOW - 5 }), NOW)).toBe('ignore');
    expect(reminderAction(undefined, NOW)).toBe('ignore');
  });
});

describe('snoozeUntil', () => {
  it('is an hour from now, or tomorrow 9:00 local time', () => {
    expect(snoozeUntil('hour', NOW)).toBe(NOW + 3_600_000);
    expect(snoozeUntil('tomorrow', NOW)).toBe(new Date(2026, 11, 8, 9, 0).getTime());
    // Just after midnight, "tomorrow" is still the next calendar day.
    expect(snoozeUntil('tomorrow', new Date(2026, 11, 31, 0, 5).getTime())).toBe(new Date(2027, 0, 1, 9, 0).getTime());
  });
});
