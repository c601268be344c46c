import { describe, expect, it } from 'vitest';
import { afterRun, INITIAL_SYNC_STATE, shouldRunAt, waitAfterFailures, type BackgroundSyncRun } from '../../../../src/domain/team/sync-schedule';

const PERIOD = 5 * 60_000;
const run = (outcome: BackgroundSyncRun['outcome'], finishedAt: number): BackgroundSyncRun =>
  ({ outcome, startedAt: finishedAt - 1000, finishedAt, attempts: 1, pulled: 0, pushed: 0, mirrored: 0, ...(outcome === 'failed' ? { error: 'unreachable' as const } : {}) });

describe('background team sync schedule', () => {
  it('waits one period after a failure, then doubles, up to an hour', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => waitAfterFailures(n, PERIOD) / 60_000)).toEqual([0, 5, 10, 20, 40, 60, 60]);
  });

  it('skips the ticks inside the wait after failures, and runs every tick again after a success', () => {
    const t0 = 1_000_000;
    let state = afterRun(INITIAL_SYNC_STATE, run('failed', t0), PERIOD);
    expect(state.failures).toBe(1);
    expect(shouldRunAt(state, t0 + PERIOD)).toBe(true); // the next tick after one failure
    state = afterRun(state, run('failed', t0 + PERIOD), PERIOD);
    expect(shouldRunAt(state, t0 + 2 * PERIOD)).toBe(false); // backing off: 10 minutes
    expect(shouldRunAt(state, t0 + 3 * PERIOD)).toBe(true);
    state = afterRun(state, run('failed', t0 + 3 * PERIOD), PERIOD);
    expect(shouldRunAt(state, t0 + 5 * PERIOD)).toBe(false); // 20 minutes
    expect(shouldRunAt(state, t0 + 7 * PERIOD)).toBe(true);
    state = afterRun(state, run('synced', t0 + 7 * PERIOD), PERIOD);
    expect(state).toMatchObject({ failures: 0, notBefore: 0 });
    expect(shouldRunAt(state, t0 + 8 * PERIOD)).toBe(true);
    expect(state.runs.map((r) => r.outcome)).toEqual(['synced', 'failed', 'failed', 'failed']);
  });

  it('a tick skipped because a page syncs live neither counts as a failure nor clears one', () => {
    const failed = afterRun(INITIAL_SYNC_STATE, run('failed', 10), PERIOD);
    expect(afterRun(failed, run('busy', 20), PERIOD)).toMatchObject({ failures: 1, notBefore: failed.notBefore });
  });

  it('keeps the last 20 runs', () => {
    let state = INITIAL_SYNC_STATE;
    for (let i = 0; i < 30; i++) state = afterRun(state, run('synced', i), PERIOD);
    expect(state.runs).toHaveLength(20);
    expect(state.runs[0]!.finishedAt).toBe(29);
  });
});
