import { describe, expect, it } from 'vitest';
import { acceptHandoff, offerHandoff, returnHandoff } from '../../../../src/domain/handoff';
import { handoffOutboxDecision } from '../../../../src/domain/team/handoff-outbox';
import type { TeamListDoc } from '../../../../src/domain/team/team-docs';
import { handoffDocFor, teamMembersFromList, userFor } from '../../../../src/domain/team/team-members';

const list: Pick<TeamListDoc, 'members'> = {
  members: [
    { name: 'maria', role: 'marketing', displayName: 'Maria Marketing' },
    { name: 'rob', role: 'rep', displayName: 'Rob Rep', email: 'rob@example.com' },
    { name: 'rita', role: 'rep', receivesHandoffs: false },
  ],
};
const offered = offerHandoff({ id: 'h1', prospectId: 'p1', from: { name: 'Maria Marketing' }, owner: { name: 'Rob Rep', email: 'rob@example.com' }, note: 'Hot', now: 100 });
const remote = handoffDocFor({ handoff: offered, from: 'maria', owner: 'rob', prospects: [], notes: [], segments: [] });

describe('team members from the server\'s list', () => {
  it('become the hand-off code\'s team, "this is me" on the signed-in user, reps receiving hand-offs unless turned off', () => {
    expect(teamMembersFromList(list, 'rob')).toEqual([
      { id: 'team:maria', name: 'Maria Marketing', role: 'marketing', user: 'maria', receivesHandoffs: false },
      { id: 'team:rob', name: 'Rob Rep', role: 'rep', user: 'rob', receivesHandoffs: true, email: 'rob@example.com', isMe: true },
      { id: 'team:rita', name: 'rita', role: 'rep', user: 'rita', receivesHandoffs: false },
    ]);
  });

  it('finds the server user a hand-off names, by display name, email or user name', () => {
    expect(userFor({ name: 'Maria Marketing' }, list)).toBe('maria');
    expect(userFor({ name: 'Robert', email: 'ROB@example.com' }, list)).toBe('rob');
    expect(userFor({ name: 'rita' }, list)).toBe('rita');
    expect(userFor({ name: 'Nobody' }, list)).toBeUndefined();
  });
});

describe('handoffOutboxDecision', () => {
  it('sends marketing\'s new offer under marketing\'s user name to the owner\'s', () => {
    expect(handoffOutboxDecision({ local: offered, remote: undefined, me: 'maria', list, since: 50 })).toEqual({ kind: 'offer', from: 'maria', owner: 'rob' });
  });

  it('keeps home an offer made before joining, someone else\'s offer, and one to a person not on the team', () => {
    expect(handoffOutboxDecision({ local: offered, remote: undefined, me: 'maria', list, since: 200 })).toMatchObject({ reason: 'before-joining' });
    expect(handoffOutboxDecision({ local: offered, remote: undefined, me: 'rob', list, since: 50 })).toMatchObject({ reason: 'not-mine' });
    const stranger = { ...offered, owner: { name: 'Stranger' } };
    expect(handoffOutboxDecision({ local: stranger, remote: undefined, me: 'maria', list, since: 50 })).toMatchObject({ reason: 'owner-not-on-team' });
    expect(handoffOutboxDecision({ local: offered, remote: undefined, me: 'maria', list: undefined, since: 50 })).toMatchObject({ reason: 'no-team-list' });
  });

  it('sends the owner\'s Accept and Return as the next revision, and nothing when the server is as far or further', () => {
    const accepted = acceptHandoff(offered, { name: 'Rob Rep', email: 'rob@example.com' }, 300);
    const decision = handoffOutboxDecision({ local: accepted, remote: { ...remote, _rev: '1-a' }, me: 'rob', list, since: 0 });
    expect(decision).toMatchObject({ kind: 'answer', doc: { _rev: '1-a', state: 'accepted', from: 'maria', owner: 'rob', handoff: { state: 'accepted' } } });
    expect(handoffOutboxDecision({ local: offered, remote, me: 'rob', list, since: 0 })).toMatchObject({ reason: 'same' });
    const returned = returnHandoff(accepted, { name: 'Rob Rep', email: 'rob@example.com' }, 'not_a_fit', '', 400);
    const onServer = handoffDocFor({ handoff: returned, from: 'maria', owner: 'rob', prospects: [], notes: [], segments: [] });
    expect(handoffOutboxDecision({ local: accepted, remote: onServer, me: 'rob', list, since: 0 })).toMatchObject({ reason: 'behind' });
    // Marketing never answers for the rep (the server would refuse it too).
    expect(handoffOutboxDecision({ local: accepted, remote, me: 'maria', list, since: 0 })).toMatchObject({ reason: 'not-mine' });
  });
});
