// Which of this machine's hand-offs go to the team server, and why not when they cannot: pure rules for the
// hand-off outbox (platform/team/team-publish.ts). Marketing's new offers go out under marketing's user name to
// the owner's user name; the owner's Accept or Return goes out as the next revision. A copy that is not further
// along than the server's, or that the server's rules would refuse, stays home.
import { mergeHandoffs, type Handoff } from '../handoff';
import type { HandoffDoc, TeamListDoc } from './team-docs';
import { userFor } from './team-members';

export type HandoffOutboxDecision =
  | { kind: 'offer'; from: string; owner: string }
  | { kind: 'answer'; doc: HandoffDoc }
  | { kind: 'skip'; reason: 'same' | 'behind' | 'not-mine' | 'owner-not-on-team' | 'before-joining' | 'no-team-list' };

export function handoffOutboxDecision(input: {
  local: Handoff;
  remote: HandoffDoc | undefined;
  me: string;
  list: Pick<TeamListDoc, 'members'> | undefined;
  /** When this machine joined the team: earlier offers travelled (or travel) by file. */
  since: number;
}): HandoffOutboxDecision {
  const { local, remote, me, list } = input;
  if (remote) {
    if (remote.handoff.state === local.state && remote.handoff.updatedAt >= local.updatedAt) return { kind: 'skip', reason: 'same' };
    if (mergeHandoffs(remote.handoff, local) !== local || remote.handoff.state === local.state) return { kind: 'skip', reason: 'behind' };
    // Only the owner moves a hand-off on (the server's rule too).
    if (remote.owner !== me) return { kind: 'skip', reason: 'not-mine' };
    return { kind: 'answer', doc: { ...remote, state: local.state, handoff: local } };
  }
  if (!list) return { kind: 'skip', reason: 'no-team-list' };
  if (local.state !== 'offered') return { kind: 'skip', reason: 'behind' };
  if (local.createdAt < input.since) return { kind: 'skip', reason: 'before-joining' };
  if (userFor(local.from, list) !== me) return { kind: 'skip', reason: 'not-mine' };
  const owner = userFor(local.owner, list);
  if (!owner) return { kind: 'skip', reason: 'owner-not-on-team' };
  return { kind: 'offer', from: me, owner };
}
