import { describe, expect, it } from 'vitest';
import {
  acceptHandoff, currentHandoff, HandoffError, importEffect, mergeHandoffs, nextStates, offerHandoff, returnHandoff, transitionProblem,
  type Handoff,
} from '../../../../src/domain/handoff';

const T0 = Date.UTC(2026, 11, 7, 9);
const marketing = { name: 'Mia Marketing', email: 'mia@example.com' };
const rep = { name: 'Sam Rivera', email: 'sam@example.com' };

function offered(extra: Partial<Parameters<typeof offerHandoff>[0]> = {}): Handoff {
  return offerHandoff({ id: 'h1', prospectId: 'p1', from: marketing, owner: rep, note: '  Call her about Q1  ', segmentId: 'saas', talkingPointIds: ['tp1', 'tp1', 'tp2'], now: T0, ...extra });
}

describe('offerHandoff', () => {
  it('records owner, note, segment and talking points, offered', () => {
    const h = offered();
    expect(h).toEqual({
      id: 'h1', prospectId: 'p1', from: marketing, owner: rep, note: 'Call her about Q1', segmentId: 'saas',
      talkingPointIds: ['tp1', 'tp2'], state: 'offered', createdAt: T0, updatedAt: T0,
    });
  });

  it('keeps the pack and its version when the segment came from one', () => {
    expect(offered({ packId: 'emea', packVersion: '1.2.0' })).toMatchObject({ packId: 'emea', packVersion: '1.2.0' });
  });

  it('refuses a hand-off to nobody', () => {
    expect(() => offered({ owner: { name: '  ' } })).toThrow(HandoffError);
  });
});

describe('the state machine', () => {
  it('lists what can follow each state', () => {
    expect(nextStates('offered')).toEqual(['accepted', 'returned']);
    expect(nextStates('accepted')).toEqual(['returned']);
    expect(nextStates('returned')).toEqual([]);
  });

  it('lets the owner accept, then return with a reason', () => {
    const accepted = acceptHandoff(offered(), rep, T0 + 1000);
    expect(accepted).toMatchObject({ state: 'accepted', acceptedAt: T0 + 1000, updatedAt: T0 + 1000 });
    const back = returnHandoff(accepted, rep, 'no_budget', ' Frozen until April ', T0 + 2000);
    expect(back).toMatchObject({ state: 'returned', returnReason: 'no_budget', returnNote: 'Frozen until April', returnedAt: T0 + 2000 });
  });

  it('knows the owner by email even when the name is written differently', () => {
    expect(transitionProblem(offered(), 'accept', { name: 'Samuel R.', email: 'SAM@example.com' })).toBeUndefined();
  });

  it('knows the owner by name when either side has no email', () => {
    expect(transitionProblem(offered(), 'accept', { name: ' sam  rivera ' })).toBeUndefined();
  });

  it('refuses anybody but the owner', () => {
    expect(transitionProblem(offered(), 'accept', marketing)).toBe('Only Sam Rivera can accept this hand-off.');
    expect(() => returnHandoff(offered(), marketing, 'later', '', T0)).toThrow('Only Sam Rivera can return this hand-off.');
  });

  it('asks who you are when the team list has no "this is me"', () => {
    expect(transitionProblem(offered(), 'accept', undefined)).toMatch(/This is me/);
  });

  it('refuses to accept twice or to answer a returned hand-off', () => {
    const accepted = acceptHandoff(offered(), rep, T0);
    expect(() => acceptHandoff(accepted, rep, T0)).toThrow('already accepted');
    const back = returnHandoff(offered(), rep, 'later', '', T0);
    expect(() => acceptHandoff(back, rep, T0)).toThrow('already returned');
    expect(() => returnHandoff(back, rep, 'later', '', T0)).toThrow('already returned');
  });

  it('needs a reason to return', () => {
    expect(() => returnHandoff(offered(), rep, ' ', '', T0)).toThrow('Pick why');
  });
});

describe('mergeHandoffs', () => {
  const a = offered();
  const accepted = acceptHandoff(a, rep, T0 + 10);
  const returned = returnHandoff(a, rep, 'wrong_person', '', T0 + 5);

  it('takes the copy further along the state machine, whatever the times', () => {
    expect(mergeHandoffs(a, accepted)).toBe(accepted);
    expect(mergeHandoffs(accepted, a)).toBe(accepted);
    expect(mergeHandoffs(accepted, returned)).toBe(returned);
    expect(mergeHandoffs(returned, accepted)).toBe(returned);
  });

  it('takes the later copy in the same state, and the local one on a tie', () => {
    const edited = { ...a, note: 'newer', updatedAt: T0 + 50 };
    expect(mergeHandoffs(a, edited)).toBe(edited);
    expect(mergeHandoffs(edited, a)).toBe(edited);
    const twin = { ...a };
    expect(mergeHandoffs(a, twin)).toBe(a);
  });

  it('refuses copies of two different hand-offs', () => {
    expect(() => mergeHandoffs(a, { ...a, id: 'h2' })).toThrow(HandoffError);
  });

  it('says what importing a copy does', () => {
    expect(importEffect(undefined, a)).toBe('add');
    expect(importEffect(a, accepted)).toBe('update');
    expect(importEffect(accepted, a)).toBe('same');
  });
});

describe('currentHandoff', () => {
  it('is the open hand-off, else the latest', () => {
    const old = returnHandoff(offered({ id: 'old', now: T0 }), rep, 'later', '', T0 + 1);
    const open = offered({ id: 'open', now: T0 + 100 });
    expect(currentHandoff([old, open])?.id).toBe('open');
    expect(currentHandoff([old])?.id).toBe('old');
    expect(currentHandoff([])).toBeUndefined();
  });
});
