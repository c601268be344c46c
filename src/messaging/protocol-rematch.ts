// Progress of matching every prospect again after segments change: the background writes it to
// `browser.storage.session[REMATCH_PROGRESS_KEY]`, the dashboard shows it.
export interface RematchProgress {
  phase: 'running' | 'done';
  /** Prospects checked so far, and how many there are. */
  done: number;
  total: number;
  /** Prospects whose segments changed so far. */
  changed: number;
  startedAt: number;
}

export const REMATCH_PROGRESS_KEY = 'rematchProgress';
