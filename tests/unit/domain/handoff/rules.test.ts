import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETURN_REASONS, markMe, me, reasonKey, returnReasonLabel, returnReasonProblems, samePerson, stageAfterCall, stageRuleSettings,
  teamProblems, type TeamMember,
} from '../../../../src/domain/handoff';

describe('stage rules', () => {
  it('moves new and contacted to qualified on a meeting booked', () => {
    expect(stageAfterCall('new', { outcome: 'meeting_booked', firstCall: true })?.to).toBe('qualified');
    expect(stageAfterCall('contacted', { outcome: 'meeting_booked', firstCall: false })).toMatchObject({ to: 'qualified', rule: 'meeting_booked_qualifies' });
  });

  it('moves new to contacted on the first logged call only', () => {
    expect(stageAfterCall('new', { outcome: 'no_answer', firstCall: true })).toMatchObject({ to: 'contacted', summary: 'Stage new → contacted (first call logged)' });
    expect(stageAfterCall('new', { outcome: 'no_answer', firstCall: false })).toBeUndefined();
  });

  it('never moves a prospect back', () => {
    for (const stage of ['qualified', 'handed_to_sales', 'won', 'lost'] as const) {
      expect(stageAfterCall(stage, { outcome: 'meeting_booked', firstCall: true })).toBeUndefined();
    }
  });

  it('lets each rule be turned off', () => {
    const noMeetingRule = stageRuleSettings({ meeting_booked_qualifies: false });
    expect(stageAfterCall('contacted', { outcome: 'meeting_booked', firstCall: false }, noMeetingRule)).toBeUndefined();
    expect(stageAfterCall('new', { outcome: 'meeting_booked', firstCall: true }, noMeetingRule)?.to).toBe('contacted');
    const none = stageRuleSettings({ meeting_booked_qualifies: false, first_call_contacts: false });
    expect(stageAfterCall('new', { outcome: 'meeting_booked', firstCall: true }, none)).toBeUndefined();
  });

  it('reads missing or damaged stored settings as on', () => {
    expect(stageRuleSettings(undefined)).toEqual({ meeting_booked_qualifies: true, first_call_contacts: true });
    expect(stageRuleSettings({ first_call_contacts: 'no' })).toEqual({ meeting_booked_qualifies: true, first_call_contacts: true });
  });
});

describe('return reasons', () => {
  it('has the five defaults', () => {
    expect(DEFAULT_RETURN_REASONS.map((r) => r.label)).toEqual(['Not a fit', 'Wrong person', 'No budget', 'Already a customer', 'Later']);
  });

  it('labels a key, and reads an unknown key as words', () => {
    expect(returnReasonLabel('no_budget')).toBe('No budget');
    expect(returnReasonLabel('gone_quiet')).toBe('gone quiet');
  });

  it('makes keys from labels', () => {
    expect(reasonKey('Déjà client !')).toBe('deja_client');
  });

  it('checks an edited list', () => {
    expect(returnReasonProblems([])).toEqual(['Keep at least one reason']);
    expect(returnReasonProblems([{ key: 'later', label: 'Later' }, { key: 'later', label: 'later' }])).toEqual(['"later" is in the list twice']);
    expect(returnReasonProblems([{ key: '', label: ' ' }])).toEqual(['Reason 1 needs a name']);
    expect(returnReasonProblems(DEFAULT_RETURN_REASONS)).toEqual([]);
  });
});

describe('team list', () => {
  const team: TeamMember[] = [
    { id: 'a', name: 'Mia Marketing', email: 'mia@example.com', role: 'marketing', isMe: true },
    { id: 'b', name: 'Sam Rivera', role: 'rep' },
  ];

  it('finds me, and moves the mark', () => {
    expect(me(team)?.id).toBe('a');
    const moved = markMe(team, 'b');
    expect(moved.map((m) => Boolean(m.isMe))).toEqual([false, true]);
    expect(me(markMe(team, undefined))).toBeUndefined();
  });

  it('reports problems field by field', () => {
    expect(teamProblems(team)).toEqual([]);
    expect(teamProblems([
      ...team,
      { id: 'c', name: ' sam rivera', role: 'rep', isMe: true },
      { id: 'd', name: '', email: 'not an email', role: 'boss' as 'rep' },
    ])).toEqual([
      { path: 'team[2].name', message: '"sam rivera" is already on the team' },
      { path: 'team[3].name', message: 'Enter a name' },
      { path: 'team[3].email', message: 'Enter an email address such as sam@example.com, or leave it empty' },
      { path: 'team[3].role', message: 'Pick marketing or rep' },
      { path: 'team[2].isMe', message: 'Only one person can be "this is me"' },
    ]);
  });

  it('compares people by email first, then name', () => {
    expect(samePerson({ name: 'A', email: 'x@example.com' }, { name: 'B', email: 'X@example.com' })).toBe(true);
    expect(samePerson({ name: 'Sam', email: 'x@example.com' }, { name: 'Sam', email: 'y@example.com' })).toBe(false);
    expect(samePerson({ name: 'Sam' }, { name: 'sam', email: 'y@example.com' })).toBe(true);
    expect(samePerson({ name: '' }, { name: '' })).toBe(false);
  });
});
