import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database, segmentsRepo } from '../../../../../src/db/default-database';
import { send } from '../../../../../src/messaging/client';
import { ToastProvider } from '../../../../../src/ui/options/shared/toast';
import { clearDatabase, dispatch, seedProspects } from '../../../../support/dashboard/dashboard-harness';
import { ProspectsPage } from '../../../../../src/ui/options/prospects/prospects-page';

vi.mock('../../../../../src/messaging/client', () => ({ send: vi.fn() }));

function renderPage() {
  return render(<ToastProvider><ProspectsPage searchDelayMs={0} /></ToastProvider>);
}

const rows = () => screen.queryAllByTestId('prospect-row');
const range = () => screen.getByTestId('page-range').textContent;

beforeEach(async () => {
  await clearDatabase();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
});

describe('ProspectsPage', () => {
  it('pages through the table 50 rows at a time and says where it is', async () => {
    await seedProspects(120);
    renderPage();
    await waitFor(() => expect(range()).toBe('1–50 of 120'));
    expect(rows()).toHaveLength(50);
    // Newest first: p-00119 was updated last.
    expect(within(rows()[0]!).getByRole('link').getAttribute('href')).toBe('#/prospects/p-00119');
    expect(screen.getByTestId('page-prev')).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByTestId('page-next'));
    await waitFor(() => expect(range()).toBe('51–100 of 120'));
    fireEvent.click(screen.getByTestId('page-next'));
    await waitFor(() => expect(range()).toBe('101–120 of 120'));
    expect(rows()).toHaveLength(20);
    expect(screen.getByTestId('page-next')).toHaveProperty('disabled', true);
  });

  it('filters by stage, seniority and segment, and searches as you type', async () => {
    await segmentsRepo().save({
      id: 'vps', name: 'VPs', description: '', priority: 1, threshold: 50,
      rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 10 }] }, talkingPoints: [], templates: [],
    });
    await seedProspects(30, (i) => (i % 3 === 0 ? { segmentIds: ['vps'] } : {}));
    renderPage();
    await waitFor(() => expect(range()).toBe('1–30 of 30'));

    fireEvent.change(screen.getByTestId('filter-stage'), { target: { value: 'contacted' } });
    await waitFor(() => expect(range()).toBe('1–15 of 15'));
    expect(rows().every((r) => within(r).getByText('Contacted'))).toBe(true);

    fireEvent.change(screen.getByTestId('filter-stage'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-seniority'), { target: { value: 'vp' } });
    await waitFor(() => expect(range()).toBe('1–10 of 10'));

    fireEvent.change(screen.getByTestId('filter-seniority'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-segment'), { target: { value: 'vps' } });
    await waitFor(() => expect(range()).toBe('1–10 of 10'));
    expect(within(rows()[0]!).getByText('VPs')).toBeTruthy();

    fireEvent.change(screen.getByTestId('filter-segment'), { target: { value: '' } });
    fireEvent.input(screen.getByTestId('prospect-search'), { target: { value: 'brightwave' } });
    await waitFor(() => expect(range()).toBe('1–6 of 6'));
    expect(rows().every((r) => within(r).getByText('Brightwave Labs'))).toBe(true);

    fireEvent.input(screen.getByTestId('prospect-search'), { target: { value: 'no such person' } });
    await waitFor(() => expect(screen.getByTestId('empty-state').textContent).toMatch(/No prospect matches these filters/));
  });

  it('deletes the selected prospects and brings them back with Undo', async () => {
    await seedProspects(5);
    renderPage();
    await waitFor(() => expect(range()).toBe('1–5 of 5'));
    fireEvent.click(within(rows()[0]!).getByRole('checkbox'));
    fireEvent.click(within(rows()[1]!).getByRole('checkbox'));
    expect(screen.getByTestId('bulk-actions').textContent).toContain('2 selected');

    fireEvent.click(screen.getByTestId('bulk-delete'));
    await waitFor(() => expect(range()).toBe('1–3 of 3'));
    expect(await database().prospects.count()).toBe(3);
    expect(screen.getByTestId('toast').textContent).toContain('Deleted 2 prospects.');
    expect(screen.queryByTestId('bulk-actions')).toBeNull();

    fireEvent.click(screen.getByTestId('toast-undo'));
    await waitFor(() => expect(range()).toBe('1–5 of 5'));
    expect(await database().prospects.count()).toBe(5);
    expect(vi.mocked(send).mock.calls.map((c) => c[0])).toEqual(['prospects.bulkDelete', 'prospects.restore']);
  });

  it('moves the whole page to a stage and tags it', async () => {
    await seedProspects(4);
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.click(screen.getByTestId('select-page'));
    fireEvent.change(screen.getByTestId('bulk-stage'), { target: { value: 'qualified' } });
    fireEvent.click(screen.getByTestId('bulk-stage-apply'));
    await waitFor(async () => expect(await database().prospects.where('stage').equals('qualified').count()).toBe(4));

    fireEvent.input(screen.getByTestId('bulk-tag'), { target: { value: 'webinar-2026' } });
    fireEvent.click(screen.getByTestId('bulk-tag-apply'));
    await waitFor(async () => expect((await database().prospects.toArray()).every((p) => p.tags.includes('webinar-2026'))).toBe(true));
  });

  it('shows what to do next when there are no prospects', async () => {
    renderPage();
    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toMatch(/No prospects yet/);
    expect(empty.textContent).toMatch(/toolbar/);
    expect(within(empty).getByRole('link').getAttribute('href')).toBe('#/data');
  });
});
