// The cold-call log: outcomes, the call record, and the arithmetic the call views need. Pure.

export interface CallOutcomeOption {
  key: string;
  label: string;
  /** Counted as a connect (the rep spoke with the prospect) in the connect rate. */
  connect: boolean;
}

/**
 * The default outcome list (editable in settings).
 * A "connect" means the rep had a live conversation with the prospect themself: connected, meeting booked,
 * not interested and call back later all require that. A gatekeeper is a person but not the prospect, so it is
 * not a connect; voicemail, no answer, busy and wrong number are not either.
 */
export const CALL_OUTCOMES: readonly CallOutcomeOption[] = [
  { key: 'connected', label: 'Connected', connect: true },
  { key: 'left_voicemail', label: 'Left voicemail', connect: false },
  { key: 'no_answer', label: 'No answer', connect: false },
  { key: 'busy', label: 'Busy', connect: false },
  { key: 'wrong_number', label: 'Wrong number', connect: false },
  { key: 'gatekeeper', label: 'Reached gatekeeper', connect: false },
  { key: 'meeting_booked', label: 'Meeting booked', connect: true },
  { key: 'not_interested', label: 'Not interested', connect: true },
  { key: 'call_back_later', label: 'Call back later', connect: true },
];

export const CONNECT_OUTCOMES: readonly string[] = CALL_OUTCOMES.filter((o) => o.connect).map((o) => o.key);

/** Outcome keys are strings because the list is editable; the defaults are CALL_OUTCOMES. */
export type CallOutcome = string;

export interface Call {
  id: string;
  prospectId: string;
  segmentId?: string;
  /** When the segment came from a pack: the pack and the version in use when the call was logged. */
  packId?: string;
  packVersion?: string;
  /** The message/script template used, if any. */
  templateId?: string;
  /** The number dialled, E.164 when known. */
  phone?: string;
  /** Epoch milliseconds. */
  startedAt: number;
  endedAt?: number;
  durationSec: number;
  outcome: CallOutcome;
  notes: string;
  nextStep?: string;
  followUpAt?: number;
  createdAt: number;
}

/** Whole seconds between two instants, never negative. */
export function durationBetween(startedAt: number, endedAt: number): number {
  return Math.max(0, Math.round((endedAt - startedAt) / 1000));
}

/** 75 → "1:15", 3725 → "1:02:05". Negative or non-finite input reads as 0:00. */
export function formatDuration(totalSec: number): string {
  const sec = Number.isFinite(totalSec) && totalSec > 0 ? Math.floor(totalSec) : 0;
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = sec % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Whether an outcome counts as a connect. A custom outcome list may mark its own outcomes. */
export function isConnect(outcome: CallOutcome, outcomes: readonly CallOutcomeOption[] = CALL_OUTCOMES): boolean {
  return outcomes.find((o) => o.key === outcome)?.connect ?? false;
}

export function outcomeLabel(outcome: CallOutcome, outcomes: readonly CallOutcomeOption[] = CALL_OUTCOMES): string {
  return outcomes.find((o) => o.key === outcome)?.label ?? outcome.replace(/_/g, ' ');
}

export interface CallStats {
  calls: number;
  connects: number;
  /** connects / calls, 0 when there are no calls. */
  connectRate: number;
  meetings: number;
  totalTalkSec: number;
  /** Average duration of connected calls in seconds, 0 when none. */
  averageConnectSec: number;
  byOutcome: Record<string, number>;
}

export function callStats(calls: readonly Pick<Call, 'outcome' | 'durationSec'>[], outcomes: readonly CallOutcomeOption[] = CALL_OUTCOMES): CallStats {
  const byOutcome: Record<string, number> = {};
  let connects = 0;
  let meetings = 0;
  let totalTalkSec = 0;
  let connectSec = 0;
  for (const call of calls) {
    byOutcome[call.outcome] = (byOutcome[call.outcome] ?? 0) + 1;
    totalTalkSec += Math.max(0, call.durationSec);
    if (isConnect(call.outcome, outcomes)) {
      connects++;
      connectSec += Math.max(0, call.durationSec);
    }
    if (call.outcome === 'meeting_booked') meetings++;
  }
  return {
    calls: calls.length,
    connects,
    connectRate: calls.length ? connects / calls.length : 0,
    meetings,
    totalTalkSec,
    averageConnectSec: connects ? Math.round(connectSec / connects) : 0,
    byOutcome,
  };
}

/** The timeline line of a call: "Call: Meeting booked (7:05)". */
export function callSummary(call: Pick<Call, 'outcome' | 'durationSec'>, outcomes: readonly CallOutcomeOption[] = CALL_OUTCOMES): string {
  return `Call: ${outcomeLabel(call.outcome, outcomes)} (${formatDuration(call.durationSec)})`;
}

/** The longest call a rep can log by hand (a day). */
export const MAX_LOGGED_CALL_SEC = 24 * 3600;

/** Why a call logged or edited by hand cannot be stored, or null. `outcomes` are the rep's outcome list. */
export function loggedCallProblem(
  call: Partial<Pick<Call, 'startedAt' | 'durationSec' | 'outcome'>>,
  now: number,
  outcomes: readonly CallOutcomeOption[] = CALL_OUTCOMES,
): string | null {
  if (call.startedAt !== undefined) {
    if (!Number.isFinite(call.startedAt)) return 'Pick the date and time of the call.';
    if (call.startedAt > now + 60_000) return 'The call is in the future. Pick when it happened.';
  }
  if (call.durationSec !== undefined && !(Number.isFinite(call.durationSec) && call.durationSec >= 0 && call.durationSec <= MAX_LOGGED_CALL_SEC)) {
    return 'The duration must be between 0 and 24 hours.';
  }
  if (call.outcome !== undefined && !outcomes.some((o) => o.key === call.outcome)) return 'Pick the call outcome.';
  return null;
}

/** A duration as a rep types it: "7" (minutes), "7:05", "1:02:05", "90s". Null when it is not one. */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 60);
  const seconds = /^(\d+)\s*s$/i.exec(value);
  if (seconds) return Number(seconds[1]);
  const parts = /^(?:(\d+):)?(\d{1,3}):([0-5]\d)$/.exec(value);
  if (!parts) return null;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2]) * 60 + Number(parts[3]);
}
