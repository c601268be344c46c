// The call in progress: a pausable timer and the rep's unsaved notes. Kept in extension storage (not memory), so it
// survives the popup closing and the service worker being stopped. Pure: callers pass the clock.

export interface CallSession {
  id: string;
  prospectId?: string;
  prospectName?: string;
  phone?: string;
  segmentId?: string;
  templateId?: string;
  /** Epoch ms of the first start. */
  startedAt: number;
  running: boolean;
  /** Time counted before the latest resume. */
  accumulatedMs: number;
  /** Epoch ms of the latest start or resume, while running. */
  resumedAt?: number;
  outcome: string;
  notes: string;
  nextStep: string;
  /** Epoch ms of the follow-up reminder, if set. */
  followUpAt?: number;
  updatedAt: number;
}

export function startSession(now: number, id: string, init: Partial<Pick<CallSession, 'prospectId' | 'prospectName' | 'phone' | 'segmentId' | 'templateId'>> = {}): CallSession {
  return { id, ...init, startedAt: now, running: true, accumulatedMs: 0, resumedAt: now, outcome: '', notes: '', nextStep: '', updatedAt: now };
}

export function elapsedMs(session: CallSession, now: number): number {
  const live = session.running && session.resumedAt !== undefined ? Math.max(0, now - session.resumedAt) : 0;
  return session.accumulatedMs + live;
}

export function pauseSession(session: CallSession, now: number): CallSession {
  if (!session.running) return session;
  const { resumedAt: _resumedAt, ...rest } = session;
  return { ...rest, running: false, accumulatedMs: elapsedMs(session, now), updatedAt: now };
}

export function resumeSession(session: CallSession, now: number): CallSession {
  if (session.running) return session;
  return { ...session, running: true, resumedAt: now, updatedAt: now };
}

/** The toolbar badge holds about four characters: "0:42", "9:59", then "12m", then "2h". */
export function badgeText(ms: number): string {
  const sec = Math.max(0, Math.floor(ms / 1000));
  if (sec < 600) return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
  const min = Math.floor(sec / 60);
  if (min < 100) return `${min}m`;
  return `${Math.floor(min / 60)}h`;
}

/** "12:05" or "1:02:05" for the call view's clock. */
export function clockText(ms: number): string {
  const sec = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = String(sec % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export type SessionProblem = 'no-prospect' | 'no-outcome' | 'follow-up-in-past';

/** What stops a call from being saved, in the order the rep should fix it. */
export function sessionProblems(session: CallSession, now: number): SessionProblem[] {
  const problems: SessionProblem[] = [];
  if (!session.prospectId) problems.push('no-prospect');
  if (!session.outcome) problems.push('no-outcome');
  if (session.followUpAt !== undefined && session.followUpAt < now - 60_000) problems.push('follow-up-in-past');
  return problems;
}

/** A tel: link's number, as written: "tel:+1-415-555-0132" → "+1-415-555-0132". */
export function phoneFromTelUrl(url: string): string | null {
  const match = /^tel:([^?;]+)/i.exec(url.trim());
  if (!match) return null;
  try {
    const number = decodeURIComponent(match[1]!).trim();
    return /\d{3,}/.test(number.replace(/\D/g, '')) ? number : null;
  } catch {
    return null;
  }
}
