// The hand-off: marketing hands one prospect to one owner (a rep), who accepts it or returns it with a reason.
// This record is the contract shared by the dashboard, the popup, hand-off files and team sync: keep it stable, add
// only optional fields. Pure: no DOM, no browser API, no Dexie.
//
// State machine (HANDOFF_TRANSITIONS):
//   offered ──accept (owner)──▶ accepted ──return (owner)──▶ returned
//      └──────────return (owner)──────────────────────────▶ returned
// `returned` is final: handing the prospect again makes a new hand-off with a new id. Only the owner accepts or
// returns; marketing (`from`) cannot answer for the rep.
import { samePerson, type PersonRef } from './team';

export const HANDOFF_STATES = ['offered', 'accepted', 'returned'] as const;
export type HandoffState = (typeof HANDOFF_STATES)[number];

export const HANDOFF_ACTIONS = ['accept', 'return'] as const;
export type HandoffAction = (typeof HANDOFF_ACTIONS)[number];

export interface Handoff {
  /** Random UUID, the same on every machine the hand-off travels to. */
  id: string;
  prospectId: string;
  /** Who handed it (marketing). */
  from: PersonRef;
  /** Who it is handed to (the rep). */
  owner: PersonRef;
  /** Marketing's note to the rep; plain text. */
  note: string;
  /** The segment to use with this prospect, and the talking points of it to lead with. */
  segmentId?: string;
  talkingPointIds: string[];
  state: HandoffState;
  /** A key of the return reasons list, set once returned. */
  returnReason?: string;
  /** The rep's words when returning; plain text. */
  returnNote?: string;
  /** The segment pack the segment came from, when it came from one (absent for local segments). */
  packId?: string;
  packVersion?: string;
  /** Epoch milliseconds. */
  createdAt: number;
  acceptedAt?: number;
  returnedAt?: number;
  /** Last change of any kind; the later one wins between two copies in the same state. */
  updatedAt: number;
}

/** Which action leads from which state to which: the whole state machine as data. */
export const HANDOFF_TRANSITIONS: Record<HandoffAction, { from: readonly HandoffState[]; to: HandoffState }> = {
  accept: { from: ['offered'], to: 'accepted' },
  return: { from: ['offered', 'accepted'], to: 'returned' },
};

/** How far along a state is; a copy further along always wins a merge. */
const STATE_ORDER: Record<HandoffState, number> = { offered: 0, accepted: 1, returned: 2 };

export function nextStates(state: HandoffState): HandoffState[] {
  return HANDOFF_ACTIONS.filter((a) => HANDOFF_TRANSITIONS[a].from.includes(state)).map((a) => HANDOFF_TRANSITIONS[a].to);
}

export function isOpen(handoff: Pick<Handoff, 'state'>): boolean {
  return handoff.state !== 'returned';
}

export class HandoffError extends Error {
  override name = 'HandoffError';
}

/** What offering a hand-off takes: the record's own fields (typed once, in Handoff) and the time. */
export type NewHandoff = Pick<Handoff, 'id' | 'prospectId' | 'from' | 'owner' | 'note' | 'segmentId' | 'packId' | 'packVersion'>
  & Partial<Pick<Handoff, 'talkingPointIds'>> & { now: number };

/** A new hand-off, offered. Throws HandoffError when it names no owner. */
export function offerHandoff(input: NewHandoff): Handoff {
  if (!input.owner.name.trim()) throw new HandoffError('Pick who to hand this prospect to.');
  return {
    id: input.id,
    prospectId: input.prospectId,
    from: input.from,
    owner: input.owner,
    note: input.note.trim(),
    ...(input.segmentId ? { segmentId: input.segmentId } : {}),
    talkingPointIds: [...new Set(input.talkingPointIds ?? [])],
    state: 'offered',
    ...(input.packId ? { packId: input.packId } : {}),
    ...(input.packVersion ? { packVersion: input.packVersion } : {}),
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** Why `actor` may not do `action` on this hand-off, or undefined when they may. */
export function transitionProblem(handoff: Handoff, action: HandoffAction, actor: PersonRef | undefined): string | undefined {
  const rule = HANDOFF_TRANSITIONS[action];
  if (!rule.from.includes(handoff.state)) return `This hand-off is already ${handoff.state}.`;
  if (!actor) return 'Say who you are in Settings → Team ("This is me") first.';
  if (!samePerson(actor, handoff.owner)) return `Only ${handoff.owner.name} can ${action} this hand-off.`;
  return undefined;
}

export function acceptHandoff(handoff: Handoff, actor: PersonRef | undefined, now: number): Handoff {
  const problem = transitionProblem(handoff, 'accept', actor);
  if (problem) throw new HandoffError(problem);
  return { ...handoff, state: 'accepted', acceptedAt: now, updatedAt: now };
}

export function returnHandoff(handoff: Handoff, actor: PersonRef | undefined, reason: string, note: string, now: number): Handoff {
  const problem = transitionProblem(handoff, 'return', actor);
  if (problem) throw new HandoffError(problem);
  if (!reason.trim()) throw new HandoffError('Pick why you return this prospect.');
  const returned: Handoff = { ...handoff, state: 'returned', returnReason: reason, returnedAt: now, updatedAt: now };
  if (note.trim()) returned.returnNote = note.trim();
  else delete returned.returnNote;
  return returned;
}

/**
 * Two copies of the same hand-off (from a file or from sync): the one further along the state machine wins, else
 * the later `updatedAt`, else `local`. Deterministic and symmetric, so every machine settles on the same copy.
 */
export function mergeHandoffs(local: Handoff, incoming: Handoff): Handoff {
  if (local.id !== incoming.id) throw new HandoffError('Only copies of the same hand-off can be merged.');
  const order = STATE_ORDER[incoming.state] - STATE_ORDER[local.state];
  if (order !== 0) return order > 0 ? incoming : local;
  return incoming.updatedAt > local.updatedAt ? incoming : local;
}

/** What importing `incoming` does next to the copy already here. */
export function importEffect(local: Handoff | undefined, incoming: Handoff): 'add' | 'update' | 'same' {
  if (!local) return 'add';
  return mergeHandoffs(local, incoming) === local ? 'same' : 'update';
}

/** The prospect's current hand-off: the open one, else the latest. */
export function currentHandoff<T extends Pick<Handoff, 'state' | 'createdAt'>>(handoffs: readonly T[]): T | undefined {
  const sorted = [...handoffs].sort((a, b) => b.createdAt - a.createdAt);
  return sorted.find(isOpen) ?? sorted[0];
}

/** The timeline line of each step. */
export function handoffSummary(handoff: Handoff, step: 'offered' | 'accepted' | 'returned', reasonLabel?: string): string {
  if (step === 'offered') return `Handed to ${handoff.owner.name} by ${handoff.from.name}`;
  if (step === 'accepted') return `${handoff.owner.name} accepted the hand-off`;
  return `${handoff.owner.name} returned the hand-off: ${reasonLabel ?? handoff.returnReason ?? ''}`.trim();
}
