import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivitiesRepo } from '../../../../../src/db/activities-repo';
import { database, prospectsRepo, segmentsRepo } from '../../../../../src/db/default-database';
import { send } from '../../../../../src/messaging/client';
import { ToastProvider } from '../../../../../src/ui/options/shared/toast';
import { clearDatabase, dispatch, seedProspects } from '../../../../support/dashboard/dashboard-harness';
import { ProspectDetail } from '../../../../../src/ui/options/prospects/prospect-detail';

vi.mock('../../../../../src/messaging/client', () => ({ send: vi.fn() }));

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

beforeEach(async () => {
  await clearDatabase();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
  await segmentsRepo().save({
    id: 'sales-leaders', name: 'Sales leaders', description: '', priority: 1, threshold: 50,
    rules: { op: 'and', rules: [
      { type: 'seniority_in', values: ['vp', 'director'], weight: 30 },
      { type: 'keywords', keywords: ['sales'], in: 'title', weight: 20 },
      { type: 'tag', tags: ['event'], weight: 10 },
    ] },
    talkingPoints: [], templates: [],
  });
});

describe('ProspectDetail', () => {
  it('shows each phone with its label and a location in its city, region and country fields', async () => {
    await seedProspects(1, () => ({
      phones: [{ number: '+33472102030', label: 'mobile' }, { number: '+33472000000', label: 'office', raw: '04 72 00 00 00' }, { number: '+33472000001' }],
      // Stored before locations were split: the whole text in raw.
      location: { raw: 'Lyon, Auvergne-Rhône-Alpes, France' },
    }));
    render(<ToastProvider><ProspectDetail id="p-00000" /></ToastProvider>);
    await screen.findByTestId('prospect-form');
    expect((screen.getByLabelText('Phones (one per line)') as HTMLTextAreaElement).value).toBe('+33472102030 (mobile)\n+33472000000 (office)\n+33472000001');
    expect((screen.getByLabelText('City') as HTMLInputElement).value).toBe('Lyon');
    expect((screen.getByLabelText('State / region') as HTMLInputElement).value).toBe('Auvergne-Rhône-Alpes');
    expect((screen.getByLabelText('Country') as HTMLInputElement).value).toBe('France');

    // A number added with a label keeps it; the numbers already there keep theirs.
    fireEvent.input(screen.getByLabelText('Phones (one per line)'), { target: { value: '+33472102030 (mobile)\n+33472000000 (office)\n+33472000001\n+33 4 72 99 99 99 (fax)' } });
    fireEvent.click(screen.getByTestId('prospect-save'));
    await waitFor(async () => expect((await prospectsRepo().get('p-00000'))!.phones).toEqual([
      { number: '+33472102030', label: 'mobile' }, { number: '+33472000000', label: 'office', raw: '04 72 00 00 00' }, { number: '+33472000001' },
      { number: '+33 4 72 99 99 99', raw: '+33 4 72 99 99 99', label: 'fax' },
    ]));
  });

  it('keeps a location that names no place as written, not in the Country field', async () => {
    await seedProspects(1, () => ({ location: { raw: 'Remote' } }));
    render(<ToastProvider><ProspectDetail id="p-00000" /></ToastProvider>);
    await screen.findByTestId('prospect-form');
    expect((screen.getByLabelText('Country') as HTMLInputElement).value).toBe('');
    expect(screen.getByTestId('location-as-written').textContent).toBe('Location as written: Remote');
  });

  it('explains the matched segment rule by rule', async () => {
    await seedProspects(1);
    render(<ToastProvider><ProspectDetail id="p-00000" /></ToastProvider>);
    const matched = await screen.findByTestId('matched-segments');
    await waitFor(() => expect(matched.textContent).toMatch(/Sales leaders/));
    const lines = within(matched).getAllByRole('listitem').map((li) => li.textContent);
    // Contributions are points of 100: 30 of the 60 attainable is +50.
    expect(lines).toEqual([
      'Holds:VP of Sales → seniority in (vp, director) +50',
      'Holds:VP of Sales → title contains "sales" +33.3',
      'Does not hold:no matching tag ✗ tagged "event" +0',
    ]);
  });

  it('a save from another tab while the rep types: the form takes in the fields the rep did not touch, and saving keeps them', async () => {
    await seedProspects(2);
    render(<ToastProvider><ProspectDetail id="p-00001" /></ToastProvider>);
    await screen.findByTestId('prospect-form');
    fireEvent.input(input('field-headline'), { target: { value: 'Wants a pilot for the EMEA team.' } });
    // Another dashboard tab saves a new title and tags for the same prospect.
    await prospectsRepo().update('p-00001', { title: 'Chief Revenue Officer', tags: ['webinar'] });
    await waitFor(() => expect(input('field-title').value).toBe('Chief Revenue Officer'));
    expect(input('field-tags').value).toBe('webinar');
    expect(input('field-headline').value).toBe('Wants a pilot for the EMEA team.');
    fireEvent.click(screen.getByTestId('prospect-save'));
    await waitFor(async () => expect(await prospectsRepo().get('p-00001')).toMatchObject({
      title: 'Chief Revenue Officer', tags: ['webinar'], headline: 'Wants a pilot for the EMEA team.',
    }));
    expect(vi.mocked(send).mock.calls.find(([name]) => name === 'prospects.update')![1]).toEqual({ id: 'p-00001', patch: { headline: 'Wants a pilot for the EMEA team.' } });
  });

  it('a save from another tab to the field the rep is typing in: the form keeps the typing and says so before a save replaces it', async () => {
    await seedProspects(2);
    render(<ToastProvider><ProspectDetail id="p-00001" /></ToastProvider>);
    await screen.findByTestId('prospect-form');
    expect(screen.queryByTestId('edit-conflict')).toBeNull();
    fireEvent.input(input('field-title'), { target: { value: 'Head of Sales' } });
    await prospectsRepo().update('p-00001', { title: 'Chief Revenue Officer', company: 'Brightwave' });
    await waitFor(() => expect(input('field-company').value).toBe('Brightwave'));
    expect(input('field-title').value).toBe('Head of Sales');
    expect(screen.getByTestId('edit-conflict').textContent).toBe('Changed in another tab while you were editing: Title. Saving keeps what you typed here and replaces that change.');
    fireEvent.click(screen.getByTestId('prospect-save'));
    await waitFor(async () => expect(await prospectsRepo().get('p-00001')).toMatchObject({ title: 'Head of Sales', company: 'Brightwave' }));
    await waitFor(() => expect(screen.queryByTestId('edit-conflict')).toBeNull());
  });

  it('saves edited fields and tags, then matches segments again', async () => {
    await seedProspects(2);
    render(<ToastProvider><ProspectDetail id="p-00001" /></ToastProvider>);
    await screen.findByTestId('prospect-form');
    expect((await prospectsRepo().get('p-00001'))!.segmentIds).toEqual([]);
    fireEvent.input(input('field-title'), { target: { value: 'Director of Sales' } });
    fireEvent.input(input('field-tags'), { target: { value: 'event, fair 2026' } });
    fireEvent.click(screen.getByTestId('prospect-save'));
    await waitFor(async () => expect(await prospectsRepo().get('p-00001')).toMatchObject({
      title: 'Director of Sales', tags: ['event', 'fair 2026'],
    }));
    // The title changed but the stored seniority ("senior") stays: the keyword and tag rules carry it (30 of 60).
    await waitFor(async () => expect((await prospectsRepo().get('p-00001'))!.segmentIds).toEqual(['sales-leaders']));
    expect(vi.mocked(send).mock.calls[0]![1]).toEqual({ id: 'p-00001', patch: { title: 'Director of Sales', tags: ['event', 'fair 2026'] } });
    // Notes are a history on the timeline now, not a form field.
    expect(screen.queryByTestId('field-notes')).toBeNull();
  });

  it('clears a field emptied by the rep (the patch survives JSON messaging)', async () => {
    await seedProspects(1);
    render(<ToastProvider><ProspectDetail id="p-00000" /></ToastProvider>);
    await screen.findByTestId('prospect-form');
    fireEvent.input(input('field-company'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('prospect-save'));
    await waitFor(async () => expect((await prospectsRepo().get('p-00000'))!.company).toBeUndefined());
    expect(input('field-company').value).toBe('');
  });

  it('shows a failed save and keeps every typed value', async () => {
    await seedProspects(1);
    vi.mocked(send).mockRejectedValueOnce(new Error('Storage is full'));
    render(<ToastProvider><ProspectDetail id="p-00000" /></ToastProvider>);
    await screen.findByTestId('prospect-form');
    fireEvent.input(input('field-company'), { target: { value: 'Acme Robotics GmbH' } });
    fireEvent.click(screen.getByTestId('prospect-save'));
    expect((await screen.findByTestId('save-error')).textContent).toMatch(/Storage is full/);
    expect(input('field-company').value).toBe('Acme Robotics GmbH');
  });

  it('refuses to save without a name, next to the field', async () => {
    await seedProspects(1);
    render(<ToastProvider><ProspectDetail id="p-00000" /></ToastProvider>);
    await screen.findByTestId('prospect-form');
    fireEvent.input(input('field-fullName'), { target: { value: ' ' } });
    fireEvent.click(screen.getByTestId('prospect-save'));
    expect(input('field-fullName').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('A prospect needs a name.');
    expect(send).not.toHaveBeenCalled();
  });

  it('changes the stage with Undo, and lists the timeline newest first', async () => {
    await seedProspects(1);
    await new ActivitiesRepo(database(), () => 1_700_000_000_000).add('p-00000', 'capture', 'Captured from linkedin');
    render(<ToastProvider><ProspectDetail id="p-00000" /></ToastProvider>);
    fireEvent.change(await screen.findByTestId('detail-stage'), { target: { value: 'qualified' } });
    await waitFor(async () => expect((await prospectsRepo().get('p-00000'))!.stage).toBe('qualified'));
    const timeline = screen.getByTestId('timeline');
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(2));
    expect(within(timeline).getAllByRole('listitem')[0]!.textContent).toMatch(/Stage: new → qualified/);
    fireEvent.click(await screen.findByTestId('toast-undo'));
    await waitFor(async () => expect((await prospectsRepo().get('p-00000'))!.stage).toBe('new'));
  });

  it('says so when the prospect does not exist', async () => {
    render(<ToastProvider><ProspectDetail id="missing" /></ToastProvider>);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Prospect not found');
  });
});

describe('ProspectDetail timeline: an edit', () => {
  it('shows each edited field old → new, without an undo button', async () => {
    const { makeDraft } = await import('../../../../support/db/drafts');
    const repo = prospectsRepo();
    const { prospect } = await repo.saveDraft(makeDraft({ fullName: 'Jane Doe', company: 'Acme', title: 'CTO' }, { capturedAt: 1_000 }));
    await repo.update(prospect.id, { title: 'VP Sales' });
    render(<ToastProvider><ProspectDetail id={prospect.id} /></ToastProvider>);
    const edit = await screen.findByTestId('timeline-updated');
    expect(within(edit).getByTestId('merge-changes').textContent).toBe('TitleCTO → VP Sales');
    expect(within(edit).queryByTestId('undo-merge')).toBeNull();
  });
});

describe('ProspectDetail timeline: undo a merge', () => {
  it('shows each changed field old → new, undoes the merge, and the untouched form shows the restored values', async () => {
    const { makeDraft } = await import('../../../../support/db/drafts');
    const repo = prospectsRepo();
    const first = await repo.saveDraft(makeDraft({ fullName: 'Jane Doe', company: 'Acme', title: 'CTO' }, { capturedAt: 1_000 }));
    await repo.saveDraft(makeDraft({ fullName: 'Jane Doe', company: 'Acme', title: 'VP Sales' }, { url: 'https://acme.example/team', capturedAt: 2_000 }),
      { decision: { kind: 'merge', id: first.prospect.id } });
    render(<ToastProvider><ProspectDetail id={first.prospect.id} /></ToastProvider>);
    const merge = await screen.findByTestId('timeline-merge');
    expect(within(merge).getByTestId('merge-changes').textContent).toBe('TitleCTO → VP Sales');
    await waitFor(() => expect(input('field-title').value).toBe('VP Sales'));
    fireEvent.click(within(merge).getByTestId('undo-merge'));
    await screen.findByTestId('timeline-merge_undone');
    expect((await repo.get(first.prospect.id))!.title).toBe('CTO');
    await waitFor(() => expect(input('field-title').value).toBe('CTO'));
    expect(within(await screen.findByTestId('timeline-merge')).queryByTestId('undo-merge')).toBeNull();
  });
});

describe('notes on the dashboard timeline', () => {
  it('adds a note, edits it, deletes it and undoes the delete, all on the timeline', async () => {
    await seedProspects(1);
    render(<ToastProvider><ProspectDetail id="p-00000" /></ToastProvider>);
    const timeline = await screen.findByTestId('timeline');
    fireEvent.input(within(timeline).getByTestId('note-input'), { target: { value: 'Wants a pilot\nfor the Oslo team' } });
    fireEvent.click(within(timeline).getByTestId('note-add'));
    const text = await within(timeline).findByTestId('note-text');
    expect(text.textContent).toBe('Wants a pilot\nfor the Oslo team');
    expect((await prospectsRepo().search('oslo')).map((p) => p.id)).toEqual(['p-00000']);

    fireEvent.click(within(timeline).getByTestId('note-edit-button'));
    fireEvent.input(within(timeline).getByTestId('note-edit-input'), { target: { value: 'Wants a pilot for the Bergen team' } });
    fireEvent.click(within(timeline).getByTestId('note-save'));
    await waitFor(() => expect(within(timeline).getByTestId('note-text').textContent).toBe('Wants a pilot for the Bergen team'));
    expect(within(timeline).getByTestId('note-edited')).toBeTruthy();

    fireEvent.click(within(timeline).getByTestId('note-delete'));
    await waitFor(() => expect(within(timeline).queryByTestId('note-text')).toBeNull());
    expect(await prospectsRepo().search('bergen')).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(timeline).getByTestId('note-text').textContent).toBe('Wants a pilot for the Bergen team'));
    expect((await prospectsRepo().search('bergen')).map((p) => p.id)).toEqual(['p-00000']);
  });
});
