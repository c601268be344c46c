// The popup edits a saved prospect's main fields with the dashboard's checks, through prospects.update, and the edit
// lands on the timeline with old → new values.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivitiesRepo } from '../../../../src/db/activities-repo';
import { database, prospectsRepo } from '../../../../src/db/default-database';
import { send } from '../../../../src/messaging/client';
import { ProspectEdit } from '../../../../src/ui/popup/prospect-edit';
import { clearDatabase, dispatch, seedProspects } from '../../../support/dashboard/dashboard-harness';

vi.mock('../../../../src/messaging/client', () => ({ send: vi.fn() }));

beforeEach(async () => {
  await clearDatabase();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
});

const field = (key: string) => screen.getByTestId(`edit-${key}`) as HTMLInputElement;

describe('ProspectEdit (popup)', () => {
  it('saves the changed fields and the timeline shows each old → new value', async () => {
    const [p] = await seedProspects(1);
    const onDone = vi.fn();
    render(<ProspectEdit prospect={p!} onDone={onDone} />);
    expect(field('fullName').value).toBe(p!.fullName);
    fireEvent.input(field('title'), { target: { value: 'Chief Revenue Officer' } });
    fireEvent.input(field('tags'), { target: { value: 'hot, q3' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect(send).toHaveBeenCalledWith('prospects.update', { id: p!.id, patch: { title: 'Chief Revenue Officer', tags: ['hot', 'q3'] } });
    const stored = (await prospectsRepo().get(p!.id))!;
    expect(stored).toMatchObject({ title: 'Chief Revenue Officer', tags: ['hot', 'q3'] });
    const [entry] = await new ActivitiesRepo(database()).timeline(p!.id);
    expect(entry).toMatchObject({ kind: 'updated', data: { changes: [
      { field: 'title', before: p!.title, after: 'Chief Revenue Officer' },
      { field: 'tags', before: p!.tags, after: ['hot', 'q3'] },
    ] } });
  });

  it('shows the dashboard\'s messages for a missing name, a bad email and a bad LinkedIn address, and saves nothing', async () => {
    const [p] = await seedProspects(1);
    const onDone = vi.fn();
    render(<ProspectEdit prospect={p!} onDone={onDone} />);
    fireEvent.input(field('fullName'), { target: { value: '  ' } });
    fireEvent.input(field('emails'), { target: { value: 'not-an-email' } });
    fireEvent.input(field('linkedin'), { target: { value: 'in/x' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    const alerts = (await screen.findAllByRole('alert')).map((a) => a.textContent);
    expect(alerts).toEqual(['A prospect needs a name.', expect.stringMatching(/email/i), expect.stringMatching(/https?:\/\//)]);
    expect(field('fullName').getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('completes a LinkedIn address typed without https://', async () => {
    const [p] = await seedProspects(1);
    const onDone = vi.fn();
    render(<ProspectEdit prospect={p!} onDone={onDone} />);
    fireEvent.input(field('linkedin'), { target: { value: 'linkedin.com/in/x' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect((await prospectsRepo().get(p!.id))!.profiles.linkedin).toBe('https://linkedin.com/in/x');
  });

  it('keeps what was typed and says why when the save fails', async () => {
    const [p] = await seedProspects(1);
    vi.mocked(send).mockRejectedValue(new Error('This prospect no longer exists (it may have been deleted).'));
    const onDone = vi.fn();
    render(<ProspectEdit prospect={p!} onDone={onDone} />);
    fireEvent.input(field('company'), { target: { value: 'Globex' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    expect((await screen.findByTestId('edit-save-error')).textContent).toMatch(/no longer exists/);
    expect(field('company').value).toBe('Globex');
    expect(onDone).not.toHaveBeenCalled();
  });
});
