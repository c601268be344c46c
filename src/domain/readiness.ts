// Readiness for sales: fit (best segment score, seniority, a complete record) plus engagement (calls, meetings,
// messages), each engagement signal fading with its age. Explained rule by rule ("Meeting booked 3 days ago +25").
// Pure and deterministic: the same input and `now` always give the same score and reasons.
import type { Seniority } from './prospect';

export interface ReadinessWeights {
  /** Points for a best segment match of 100 (scaled by the score). */
  segmentFit: number;
  /** Points for a senior decision maker (scaled down for less senior levels). */
  seniority: number;
  /** Points for a complete record: email, phone, title and company (a share for each). */
  completeness: number;
  /** A call logged as "Meeting booked". */
  meetingBooked: number;
  /** A live conversation with the prospect (connected, call back later). */
  connectedCall: number;
  /** A message sent (copied) to the prospect. */
  messageSent: number;
  /** Subtracted for a call logged as "Not interested". */
  notInterested: number;
}

export interface ReadinessSettings {
  weights: ReadinessWeights;
  /** Minimum score (0–100) to count as ready for sales. */
  threshold: number;
  /** Engagement points halve every this many days. */
  halfLifeDays: number;
}

export const DEFAULT_READINESS: ReadinessSettings = {
  weights: { segmentFit: 30, seniority: 10, completeness: 10, meetingBooked: 30, connectedCall: 15, messageSent: 5, notInterested: 30 },
  threshold: 60,
  halfLifeDays: 14,
};

/** Share of the seniority points each level earns. */
const SENIORITY_SHARE: Record<Seniority, number> = {
  owner: 1, founder: 1, c_suite: 1, partner: 1, vp: 1, head: 0.8, director: 0.8, manager: 0.5, senior: 0.3, entry: 0, intern: 0, unknown: 0,
};

const COMPLETENESS_FIELDS = ['email', 'phone', 'title', 'company'] as const;

export interface ReadinessProspect {
  seniority?: Seniority;
  title?: string;
  company?: string;
  emails: readonly unknown[];
  phones: readonly unknown[];
}

/** Settings where any value may be left out (it takes its default). */
export interface ReadinessOverrides {
  weights?: Partial<ReadinessWeights>;
  threshold?: number;
  halfLifeDays?: number;
}

export interface ReadinessInput {
  prospect: ReadinessProspect;
  /** The best matched segment's score (0–100), or undefined when no segment matches. */
  bestMatchScore?: number;
  calls: readonly { outcome: string; startedAt: number }[];
  activities: readonly { kind: string; at: number }[];
  now: number;
  settings?: ReadinessOverrides;
}

export type ReadinessRule = 'segment_fit' | 'seniority' | 'completeness' | 'meeting_booked' | 'connected_call' | 'message_sent' | 'not_interested';

export interface ReadinessReason {
  rule: ReadinessRule;
  label: string;
  points: number;
}

export interface Readiness {
  score: number;
  ready: boolean;
  threshold: number;
  reasons: ReadinessReason[];
}

const DAY_MS = 86_400_000;
const CONNECT_OUTCOMES = new Set(['connected', 'call_back_later']);

/** Settings with every missing value taken from the defaults. */
export function readinessSettings(partial?: ReadinessInput['settings']): ReadinessSettings {
  return {
    threshold: partial?.threshold ?? DEFAULT_READINESS.threshold,
    halfLifeDays: partial?.halfLifeDays ?? DEFAULT_READINESS.halfLifeDays,
    weights: { ...DEFAULT_READINESS.weights, ...partial?.weights },
  };
}

/** The share of its points an event keeps after `ageMs`: 1 when new, ½ after one half-life. Future events count as new. */
export function fade(ageMs: number, halfLifeDays: number): number {
  if (!(halfLifeDays > 0)) return 1;
  return Math.pow(0.5, Math.max(0, ageMs) / (halfLifeDays * DAY_MS));
}

export function ageLabel(ageMs: number): string {
  const days = Math.floor(Math.max(0, ageMs) / DAY_MS);
  return days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function assessReadiness(input: ReadinessInput): Readiness {
  const { weights: w, threshold, halfLifeDays } = readinessSettings(input.settings);
  const { prospect, now } = input;
  const reasons: ReadinessReason[] = [];
  const add = (rule: ReadinessRule, label: string, points: number) => {
    const rounded = round1(points);
    if (rounded !== 0) reasons.push({ rule, label, points: rounded });
  };

  if (input.bestMatchScore !== undefined && input.bestMatchScore > 0) {
    const score = Math.min(100, input.bestMatchScore);
    add('segment_fit', `Best segment match ${Math.round(score)}/100`, (w.segmentFit * score) / 100);
  }
  const share = prospect.seniority ? SENIORITY_SHARE[prospect.seniority] ?? 0 : 0;
  if (prospect.seniority) add('seniority', `Seniority: ${prospect.seniority.replace(/_/g, ' ')}`, w.seniority * share);
  const present = {
    email: prospect.emails.length > 0,
    phone: prospect.phones.length > 0,
    title: Boolean(prospect.title?.trim()),
    company: Boolean(prospect.company?.trim()),
  };
  const have = COMPLETENESS_FIELDS.filter((f) => present[f]);
  if (have.length) add('completeness', `Record has ${have.join(', ')} (${have.length}/${COMPLETENESS_FIELDS.length})`, (w.completeness * have.length) / COMPLETENESS_FIELDS.length);

  // Each engagement signal counts once, from its most recent event: a second call does not double the points.
  const latest = (times: number[]) => (times.length ? Math.max(...times) : undefined);
  const engagement = (rule: ReadinessRule, name: string, at: number | undefined, points: number) => {
    if (at === undefined) return;
    const age = now - at;
    add(rule, `${name} ${ageLabel(age)}`, points * fade(age, halfLifeDays));
  };
  engagement('meeting_booked', 'Meeting booked', latest(input.calls.filter((c) => c.outcome === 'meeting_booked').map((c) => c.startedAt)), w.meetingBooked);
  engagement('connected_call', 'Connected call', latest(input.calls.filter((c) => CONNECT_OUTCOMES.has(c.outcome)).map((c) => c.startedAt)), w.connectedCall);
  engagement('message_sent', 'Message sent', latest(input.activities.filter((a) => a.kind === 'message_copied').map((a) => a.at)), w.messageSent);
  engagement('not_interested', 'Not interested', latest(input.calls.filter((c) => c.outcome === 'not_interested').map((c) => c.startedAt)), -w.notInterested);

  const total = reasons.reduce((sum, r) => sum + r.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(total)));
  return { score, ready: score >= threshold, threshold, reasons };
}
