import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from '../../../../../src/platform/browser';
import { writeSyncState } from '../../../../../src/platform/team/background-runner';
import { afterRun, INITIAL_SYNC_STATE, type BackgroundSyncRun } from '../../../../../src/domain/team/sync-schedule';
import { TeamBackgroundStatus } from '../../../../../src/ui/options/settings/team-background-status';

const run = (outcome: BackgroundSyncRun['outcome'], finishedAt: number): BackgroundSyncRun =>
  ({ outcome, startedAt: finishedAt - 500, finishedAt, attempts: 3, pulled: 0, pushed: 0, mirrored: 0, ...(outcome === 'failed' ? { error: 'wrong-password' as const } : {}) });

beforeEach(async () => { await browser.storage.local.clear(); });

describe('Settings → Team: sync while Segue is closed', () => {
  it('says background sync is on before its first run, then that it keeps failing and why, then when it last worked', async () => {
    render(<TeamBackgroundStatus errorText={(kind) => `reason: ${kind}`} />);
    await screen.findByText('Segue also syncs every few minutes while it is closed.');

    const period = 5 * 60_000;
    let state = afterRun(INITIAL_SYNC_STATE, run('failed', Date.now()), period);
    state = afterRun(state, run('failed', Date.now()), period);
    await writeSyncState(state);
    await waitFor(() => expect(screen.getByTestId('team-background-status').textContent).toMatch(/^Syncing while Segue is closed failed 2 times in a row\. Next try after .+:reason: wrong-password$/));

    const at = Date.UTC(2026, 11, 7, 9, 30);
    await writeSyncState(afterRun(state, run('synced', at), period));
    await waitFor(() => expect(screen.getByTestId('team-background-status').textContent).toBe(`Synced while Segue was closed: ${new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}.`));
  });
});
