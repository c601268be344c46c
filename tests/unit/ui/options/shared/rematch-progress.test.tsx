import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REMATCH_PROGRESS_KEY, type RematchProgress } from '../../../../../src/messaging/protocol-rematch';
import { browser } from '../../../../../src/platform/browser';
import { RematchProgressView } from '../../../../../src/ui/options/shared/rematch-progress';

const running: RematchProgress = { phase: 'running', done: 40_000, total: 100_000, changed: 12, startedAt: 1 };

beforeEach(() => browser.storage.session.remove(REMATCH_PROGRESS_KEY));
afterEach(cleanup);

describe('re-match progress in the dashboard', () => {
  it('shows how far matching has got while it runs, and goes away when it is done', async () => {
    render(<RematchProgressView />);
    expect(screen.queryByTestId('rematch-running')).toBeNull();
    await browser.storage.session.set({ [REMATCH_PROGRESS_KEY]: running });
    const status = await screen.findByTestId('rematch-running');
    expect(status.textContent).toContain('40,000');
    expect(status.textContent).toContain('100,000');
    expect(status.querySelector('progress')!.value).toBe(40_000);
    await browser.storage.session.set({ [REMATCH_PROGRESS_KEY]: { ...running, phase: 'done', done: 100_000 } });
    await waitFor(() => expect(screen.queryByTestId('rematch-running')).toBeNull());
  });

  it('picks up a re-match already running when the page opens', async () => {
    await browser.storage.session.set({ [REMATCH_PROGRESS_KEY]: running });
    render(<RematchProgressView />);
    expect((await screen.findByTestId('rematch-running')).textContent).toContain('40,000');
  });
});
