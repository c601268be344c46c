// The side panel opens only from inside the click (a user gesture), so the popup's button must call open()
// before it awaits anything; then the popup closes, or says why nothing opened.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSidePanel } from '../../../../src/platform/browser';
import { SidePanelButton } from '../../../../src/ui/popup/side-panel-button';

vi.mock('../../../../src/platform/browser', async (original) => ({ ...(await original<object>()), openSidePanel: vi.fn() }));

afterEach(cleanup);
beforeEach(() => { vi.mocked(openSidePanel).mockReset(); });

describe('SidePanelButton', () => {
  it('opens the side panel for the tab synchronously in the click, then closes the popup', async () => {
    vi.mocked(openSidePanel).mockResolvedValue(true);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<SidePanelButton tabId={7} onError={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show in the side panel' }));
    expect(openSidePanel).toHaveBeenCalledWith(7); // no await between the click and open()
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('says so when the browser refuses, and stays open', async () => {
    vi.mocked(openSidePanel).mockResolvedValue(false);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    close.mockClear();
    const onError = vi.fn();
    render(<SidePanelButton tabId={7} onError={onError} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show in the side panel' }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.stringMatching(/side panel/i)));
    expect(close).not.toHaveBeenCalled();
  });

  it('is disabled until the tab is known', () => {
    render(<SidePanelButton tabId={null} onError={() => undefined} />);
    expect((screen.getByRole('button', { name: 'Show in the side panel' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
