// The first-run setup: policy values pre-filled and read-only (and what is saved keeps the rep's own under them), the
// preview follows the answers, finishing with another playbook swaps the segments, skipping saves nothing.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { segmentsRepo, settingsRepo } from '../../../../../src/db/default-database';
import { defaultSettings } from '../../../../../src/db/settings-repo';
import { starterSegments } from '../../../../../src/domain/segments/starter-segments';
import { send } from '../../../../../src/messaging/client';
import { browser } from '../../../../../src/platform/browser';
import { WelcomePage } from '../../../../../src/ui/options/onboarding/welcome-page';
import { ToastProvider } from '../../../../../src/ui/options/shared/toast';
import { clearDatabase, dispatch } from '../../../../support/dashboard/dashboard-harness';

vi.mock('../../../../../src/messaging/client', () => ({ send: vi.fn() }));

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const next = () => fireEvent.click(screen.getByTestId('welcome-next'));

beforeEach(async () => {
  await clearDatabase();
  await browser.storage.managed.clear();
  await segmentsRepo().resetToStarterSet(starterSegments());
  location.hash = '#/welcome';
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
});

describe('WelcomePage', () => {
  it('shows the policy\'s sender and offer read-only, previews with them, and saves the rep\'s own answers under them', async () => {
    await browser.storage.managed.set({ sender: { company: 'Acme Corp' }, offer: { name: 'Acme Ledger', proofPoints: ['Used by 40 finance teams'] } });
    render(<ToastProvider><WelcomePage /></ToastProvider>);
    await screen.findByTestId('welcome-form');
    await waitFor(() => expect(input('welcome-company').value).toBe('Acme Corp'));
    expect(input('welcome-company').readOnly).toBe(true);
    fireEvent.input(input('welcome-name'), { target: { value: 'Sam Rivera' } });
    next();
    await screen.findByTestId('welcome-offer-name');
    expect(input('welcome-offer-name').value).toBe('Acme Ledger');
    expect(input('welcome-offer-name').readOnly).toBe(true);
    expect(input('welcome-proof-1').value).toBe('Used by 40 finance teams');
    expect(input('welcome-proof-1').readOnly).toBe(true);
    fireEvent.input(input('welcome-offer-problem'), { target: { value: 'slow month-end close' } });
    next();
    const preview = await screen.findByTestId('welcome-preview');
    expect(preview.textContent).toContain('Acme Ledger helps sales leaders with slow month-end close');
    expect(preview.textContent).toContain('Proof to mention: Used by 40 finance teams.');
    next();
    await screen.findByTestId('welcome-done');
    expect(await settingsRepo().get('offer')).toEqual({ name: '', problem: 'slow month-end close', proofs: [], playbook: 'b2b-software' });
    expect((await settingsRepo().get('sender')).name).toBe('Sam Rivera');
  });

  it('finishing with another playbook replaces the starter segments', async () => {
    render(<ToastProvider><WelcomePage /></ToastProvider>);
    await screen.findByTestId('welcome-form');
    next();
    await screen.findByTestId('welcome-offer-name');
    next();
    fireEvent.click(await screen.findByTestId('welcome-playbook-agency-recruiting'));
    await waitFor(() => expect(screen.getByTestId('welcome-preview').textContent).toContain('Priya Natarajan'));
    expect(screen.getByTestId('welcome-replace-note')).toBeTruthy();
    next();
    await screen.findByTestId('welcome-done');
    expect((await segmentsRepo().list()).map((s) => s.id).sort()).toEqual(starterSegments('agency-recruiting').map((s) => s.id).sort());
  });

  it('skipping saves nothing and goes to the prospects', async () => {
    render(<ToastProvider><WelcomePage /></ToastProvider>);
    await screen.findByTestId('welcome-form');
    fireEvent.input(input('welcome-name'), { target: { value: 'Sam Rivera' } });
    fireEvent.click(screen.getByTestId('welcome-skip'));
    expect(location.hash).toBe('#/prospects');
    expect(send).not.toHaveBeenCalled();
    expect(await settingsRepo().get('offer')).toEqual(defaultSettings().offer);
    expect((await settingsRepo().get('sender')).name).toBe('');
  });
});
