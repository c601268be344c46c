// When the background syncs the team replica while no Segue page is open: on a periodic alarm, skipping ticks after
// failed runs (the wait doubles per failure, up to an hour), so an unreachable server or a refused password is not
// asked again every few minutes. Pure: the background keeps the state in storage and feeds the clock in.
import type { TeamConnection, TeamErrorKind } from './connection';

/** Chrome's offscreen document that runs a sync (built by vite.config.ts, opened by the background). */
export const TEAM_SYNC_OFFSCREEN_PAGE = 'src/offscreen/team-sync.html';

/** The alarm's period in the shipped build. */
export const TEAM_SYNC_PERIOD_MINUTES = 5;
/** The longest wait between two background attempts after failures. */
export const MAX_SYNC_BACKOFF_MS = 60 * 60_000;

/** What the background hands the code that runs one sync (Chrome's offscreen worker, Firefox's event page). */
export interface TeamSyncJob {
  connection: TeamConnection;
  /** Each request to the server gives up after this long. */
  requestTimeoutMs: number;
  /** Tries within one run while the server is unreachable. */
  attempts: number;
}

/** One background run, as the background records it (the last few are kept for Settings and bug reports). */
export interface BackgroundSyncRun {
  outcome: 'synced' | 'failed' | 'busy';
  startedAt: number;
  finishedAt: number;
  /** Tries within the run (each a sign-in, pull, push and mirror); retried after 1 s, 2 s, … while unreachable. */
  attempts: number;
  pulled: number;
  pushed: number;
  mirrored: number;
  error?: TeamErrorKind;
}

export interface BackgroundSyncState {
  /** Failed runs in a row. */
  failures: number;
  /** No run before this time (ms since the epoch); 0 when the next tick may run. */
  notBefore: number;
  /** The latest runs, newest first. */
  runs: BackgroundSyncRun[];
}

export const INITIAL_SYNC_STATE: BackgroundSyncState = { failures: 0, notBefore: 0, runs: [] };
const KEPT_RUNS = 20;

/** How long to wait after `failures` failed runs in a row: one period after the first, then doubling, at most an hour. */
export function waitAfterFailures(failures: number, periodMs: number): number {
  if (failures <= 0) return 0;
  return Math.min(periodMs * 2 ** (failures - 1), Math.max(MAX_SYNC_BACKOFF_MS, periodMs));
}

/** Does this alarm tick run a sync? Not while backing off after failures. */
export function shouldRunAt(state: BackgroundSyncState, now: number): boolean {
  return now >= state.notBefore;
}

/** The state after a run. A skipped run (a page syncs live) changes nothing but the log. */
export function afterRun(state: BackgroundSyncState, run: BackgroundSyncRun, periodMs: number): BackgroundSyncState {
  const runs = [run, ...state.runs].slice(0, KEPT_RUNS);
  if (run.outcome === 'busy') return { ...state, runs };
  if (run.outcome === 'synced') return { failures: 0, notBefore: 0, runs };
  const failures = state.failures + 1;
  // The alarm's next tick comes one period later anyway: notBefore holds back the ticks after it.
  return { failures, notBefore: run.finishedAt + waitAfterFailures(failures, periodMs) - periodMs / 2, runs };
}
