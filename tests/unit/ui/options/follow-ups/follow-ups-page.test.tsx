import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../../../src/db/default-database';
import { TasksRepo } from '../../../../../src/db/tasks-repo';
import { send } from '../../../../../src/messaging/client';
import { toDateTimeLocal } from '../../../../../src/ui/options/shared/format';
import { ToastProvider } from '../../../../../src/ui/options/shared/toast';
import { clearDatabase, dispatch, seedProspects } from '../../../../support/dashboard/dashboard-harness';
import { FollowUpsPage } from '../../../../../src/ui/options/follow-ups/follow-ups-page';

vi.mock('../../../../../src/messaging/client', () => ({ send: vi.fn() }));

const DAY = 86_400_000;

beforeEach(async () => {
  await clearDatabase();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
});

describe('FollowUpsPage', () => {
  it('groups follow-ups, marks one done with Undo, and reschedules another', async () => {
    await seedProspects(2);
    const tasks = new TasksRepo(database());
    const overdue = await tasks.create({ prospectId: 'p-00000', title: 'Send the pilot plan', dueAt: Date.now() - 3 * DAY });
    await tasks.create({ prospectId: 'p-00001', title: 'Call back after the board meeting', dueAt: Date.now() + 5 * DAY });
    render(<ToastProvider><FollowUpsPage /></ToastProvider>);

    const overdueGroup = await screen.findByTestId('tasks-overdue');
    await waitFor(() => expect(within(overdueGroup).getAllByTestId('task')).toHaveLength(1));
    expect(within(overdueGroup).getByTestId('task').textContent).toMatch(/Send the pilot plan · Avery Abbott/);
    expect(within(screen.getByTestId('tasks-upcoming')).getAllByTestId('task')).toHaveLength(1);

    fireEvent.click(within(overdueGroup).getByTestId('task-done'));
    await waitFor(() => expect(within(screen.getByTestId('tasks-done')).getAllByTestId('task')).toHaveLength(1));
    expect((await tasks.get(overdue.id))!.done).toBe(true);
    fireEvent.click(await screen.findByTestId('toast-undo'));
    await waitFor(async () => expect((await tasks.get(overdue.id))!.done).toBe(false));

    const upcoming = within(screen.getByTestId('tasks-upcoming')).getByTestId('task');
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Reschedule' }));
    const newDue = new Date(Date.now() + 10 * DAY);
    newDue.setSeconds(0, 0);
    fireEvent.input(within(upcoming).getByLabelText('New due date and time'), { target: { value: toDateTimeLocal(newDue.getTime()) } });
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await tasks.forProspect('p-00001'))[0]!.dueAt).toBe(newDue.getTime()));
  });

  it('says what to do when there is nothing to follow up', async () => {
    render(<ToastProvider><FollowUpsPage /></ToastProvider>);
    expect((await screen.findByTestId('empty-state')).textContent).toMatch(/Set a follow-up date when you log a call/);
  });
});
