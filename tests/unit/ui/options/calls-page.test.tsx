// The Calls page: log a call made earlier, correct it, delete it with Undo.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../../src/db/default-database';
import { send } from '../../../../src/messaging/client';
import { CallsPage } from '../../../../src/ui/options/calls/calls-page';
import { ToastProvider } from '../../../../src/ui/options/shared/toast';
import { toDateTimeLocal } from '../../../../src/ui/options/shared/format';
import { clearDatabase, dispatch, seedProspects } from '../../../support/dashboard/dashboard-harness';

vi.mock('../../../../src/messaging/client', () => ({ send: vi.fn() }));

beforeEach(async () => {
  await clearDatabase();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
});

describe('CallsPage', () => {
  it('logs a past call for a prospect picked by search, edits it and deletes it with Undo', { timeout: 30_000 }, async () => {
    await seedProspects(2);
    render(<ToastProvider><CallsPage /></ToastProvider>);
    fireEvent.click(await screen.findByTestId('log-past-call'));
    const form = await screen.findByTestId('call-form');
    fireEvent.click(within(form).getByTestId('call-form-save'));
    expect(await within(form).findByText('Pick the prospect you called.')).toBeTruthy();

    fireEvent.input(within(form).getByTestId('call-form-prospect-search'), { target: { value: 'Blake' } });
    fireEvent.click(await within(form).findByRole('button', { name: /Blake Abbott/ }));
    const yesterday = Date.now() - 86_400_000;
    fireEvent.input(within(form).getByTestId('call-form-when'), { target: { value: toDateTimeLocal(yesterday) } });
    fireEvent.input(within(form).getByTestId('call-form-duration'), { target: { value: '7:05' } });
    await within(form).findByRole('option', { name: 'Connected' });
    fireEvent.change(within(form).getByTestId('call-form-outcome'), { target: { value: 'connected' } });
    fireEvent.input(within(form).getByTestId('call-form-notes'), { target: { value: 'Interested in the Q3 pilot' } });
    fireEvent.click(within(form).getByTestId('call-form-save'));

    const row = await screen.findByTestId('call-row');
    expect(row.textContent).toMatch(/Blake Abbott.*7:05.*Connected.*Interested in the Q3 pilot/);
    const [call] = await database().calls.toArray();
    expect(call).toMatchObject({ prospectId: 'p-00001', durationSec: 425, outcome: 'connected' });

    fireEvent.click(within(row).getByTestId('call-edit'));
    const edit = await screen.findByTestId('call-form');
    await within(edit).findByRole('option', { name: 'Meeting booked' });
    fireEvent.change(within(edit).getByTestId('call-form-outcome'), { target: { value: 'meeting_booked' } });
    fireEvent.click(within(edit).getByTestId('call-form-save'));
    await waitFor(() => expect(screen.getByTestId('call-row').textContent).toMatch(/Meeting booked/));
    const entries = await database().activities.where('kind').equals('call').toArray();
    expect(entries.map((a) => a.summary)).toEqual(['Call: Meeting booked (7:05)']);

    fireEvent.click(within(screen.getByTestId('call-row')).getByTestId('call-delete'));
    await waitFor(() => expect(screen.queryByTestId('call-row')).toBeNull());
    expect(await database().activities.where('kind').equals('call').count()).toBe(0);
    fireEvent.click(await screen.findByTestId('toast-undo'));
    await screen.findByTestId('call-row');
    expect(await database().activities.where('kind').equals('call').count()).toBe(1);
  });
});
