import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database, segmentsRepo } from '../../../../../src/db/default-database';
import type { Segment } from '../../../../../src/domain/segments/segment-schema';
import { send } from '../../../../../src/messaging/client';
import { ToastProvider } from '../../../../../src/ui/options/shared/toast';
import { clearDatabase, dispatch, seedProspects } from '../../../../support/dashboard/dashboard-harness';
import { SegmentEditor } from '../../../../../src/ui/options/segments/segment-editor';

vi.mock('../../../../../src/messaging/client', () => ({ send: vi.fn() }));

const SEGMENT: Segment = {
  id: 'sales-leaders', name: 'Sales leaders', description: 'VPs and directors of sales', priority: 20, threshold: 50,
  rules: {
    op: 'and',
    rules: [
      { type: 'seniority_in', values: ['vp', 'director'], weight: 30 },
      { op: 'or', rules: [{ type: 'keywords', keywords: ['sales'], in: 'title', weight: 20 }] },
    ],
  },
  talkingPoints: [{ id: 'point', text: 'Teams like {{company|yours}} lose hours to copy-paste.' }],
  templates: [{ id: 'connect', channel: 'linkedin_connect', name: 'Connection note', body: 'Hi {{firstName|there}}, I work with sales leaders at {{company}}.' }],
};

function renderEditor(segment: Segment = SEGMENT, isNew = false) {
  return render(
    <ToastProvider>
      <SegmentEditor initial={segment} isNew={isNew} takenIds={isNew ? ['sales-leaders'] : []} sender={{ name: 'Sam Reyes', meetingLink: 'https://cal.example/sam' }} />
    </ToastProvider>,
  );
}

const rootGroup = () => screen.getAllByTestId('rule-group')[0]!;
/** Direct children of a group (not those of nested groups). */
const childItems = (group: HTMLElement) => [...group.querySelector(':scope > ol')!.children] as HTMLElement[];

beforeEach(async () => {
  await clearDatabase();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
  location.hash = '';
});

describe('rules builder', () => {
  it('adds a rule and a nested group, and removes them again', () => {
    renderEditor();
    expect(childItems(rootGroup())).toHaveLength(2);
    expect(screen.getAllByTestId('rule-group')).toHaveLength(2);

    fireEvent.click(within(rootGroup()).getAllByTestId('add-rule').at(-1)!);
    expect(childItems(rootGroup())).toHaveLength(3);

    fireEvent.click(within(rootGroup()).getAllByTestId('add-group').at(-1)!);
    expect(childItems(rootGroup())).toHaveLength(4);
    expect(screen.getAllByTestId('rule-group')).toHaveLength(3);

    // Nest one level deeper: add a group inside the new group.
    const newGroup = screen.getAllByTestId('rule-group')[2]!;
    fireEvent.click(within(newGroup).getByTestId('add-group'));
    expect(screen.getAllByTestId('rule-group')).toHaveLength(4);

    fireEvent.click(within(childItems(rootGroup())[3]!).getAllByTestId('remove-group')[0]!);
    expect(screen.getAllByTestId('rule-group')).toHaveLength(2);
    fireEvent.click(within(childItems(rootGroup())[2]!).getByTestId('remove-rule'));
    expect(childItems(rootGroup())).toHaveLength(2);
  });

  it('switches a group to OR and NOT, and a rule to another kind', async () => {
    renderEditor();
    const nested = screen.getAllByTestId('rule-group')[1]!;
    fireEvent.change(within(nested).getByTestId('group-op'), { target: { value: 'and' } });
    fireEvent.click(within(nested).getByTestId('group-not'));
    const firstRule = within(rootGroup()).getAllByTestId('leaf-rule')[0]!;
    fireEvent.change(within(firstRule).getByTestId('rule-type'), { target: { value: 'company_size' } });
    expect(within(firstRule).getByLabelText('At least (employees)')).toBeTruthy();

    fireEvent.click(screen.getByTestId('segment-save'));
    await waitFor(async () => expect(await segmentsRepo().get('sales-leaders')).toBeTruthy());
    const saved = (await segmentsRepo().get('sales-leaders'))!;
    expect(saved.rules.rules[0]).toEqual({ type: 'company_size', min: 50, max: 1000, weight: 30 });
    expect(saved.rules.rules[1]).toMatchObject({ op: 'and', not: true });
  });

  it('shows validation messages next to the fields they are about, and saves nothing', async () => {
    renderEditor();
    const firstRule = within(rootGroup()).getAllByTestId('leaf-rule')[0]!;
    fireEvent.input(within(firstRule).getByTestId('rule-weight'), { target: { value: '-5' } });
    const keywordsRule = within(rootGroup()).getAllByTestId('leaf-rule')[1]!;
    fireEvent.input(within(keywordsRule).getByTestId('rule-keywords'), { target: { value: 'sales, !!!' } });
    fireEvent.input(screen.getByTestId('segment-threshold'), { target: { value: '150' } });
    fireEvent.click(screen.getByTestId('segment-save'));

    const weight = within(firstRule).getByTestId('rule-weight');
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    const weightIssue = document.getElementById(weight.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(weightIssue.textContent).toBe('Weight must be 0 or more');
    const threshold = screen.getByTestId('segment-threshold');
    expect(document.getElementById(threshold.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toBe('Threshold must be from 0 to 100');
    expect(screen.getByTestId('issues-summary').textContent).toMatch(/Fix 2 problems/);
    expect(send).not.toHaveBeenCalled();
    expect(await segmentsRepo().list()).toEqual([]);

    // Fixing the fields clears their messages; the checks that need a well-formed segment then run.
    fireEvent.input(weight, { target: { value: '30' } });
    fireEvent.input(threshold, { target: { value: '60' } });
    expect(weight.getAttribute('aria-invalid')).toBeNull();
    expect(within(keywordsRule).getByTestId('field-issues').textContent).toBe('"!!!" has no letters or digits to match');
    expect(within(keywordsRule).getByTestId('rule-keywords').getAttribute('aria-invalid')).toBe('true');
  });

  it('saves a new segment under the id derived from its name, refusing an id already taken', async () => {
    await seedProspects(9);
    renderEditor({ ...SEGMENT, id: '', name: '' }, true);
    fireEvent.input(screen.getByTestId('segment-name'), { target: { value: 'Sales leaders' } });
    expect((screen.getByTestId('segment-id') as HTMLInputElement).value).toBe('sales-leaders');
    fireEvent.click(screen.getByTestId('segment-save'));
    expect(screen.getByTestId('issues-summary').textContent).toMatch(/already used/);

    fireEvent.input(screen.getByTestId('segment-name'), { target: { value: 'Sales leaders EMEA' } });
    fireEvent.click(screen.getByTestId('segment-save'));
    await waitFor(() => expect(location.hash).toBe('#/segments/sales-leaders-emea'));
    // Every third fake prospect is a VP with a sales title: they match and were re-matched on save.
    expect(await database().prospects.where('segmentIds').equals('sales-leaders-emea').count()).toBe(3);
    expect(screen.getByTestId('toast').textContent).toMatch(/Saved “Sales leaders EMEA”. 3 prospects changed segments./);
  });

  it('keeps everything typed when the save fails', async () => {
    vi.mocked(send).mockRejectedValueOnce(new Error('Storage is full'));
    renderEditor();
    fireEvent.input(screen.getByTestId('segment-name'), { target: { value: 'Renamed segment' } });
    fireEvent.click(screen.getByTestId('segment-save'));
    expect((await screen.findByTestId('segment-save-error')).textContent).toMatch(/Storage is full/);
    expect((screen.getByTestId('segment-name') as HTMLInputElement).value).toBe('Renamed segment');
  });

  it('deletes with Undo and duplicates under a new id', async () => {
    await segmentsRepo().save(SEGMENT);
    renderEditor();
    fireEvent.click(screen.getByTestId('segment-duplicate'));
    await waitFor(async () => expect(await segmentsRepo().get('sales-leaders-copy')).toMatchObject({ name: 'Copy of Sales leaders' }));

    fireEvent.click(screen.getByTestId('segment-delete'));
    fireEvent.click(screen.getByTestId('segment-delete-confirm'));
    await waitFor(() => expect(location.hash).toBe('#/segments'));
    expect(await segmentsRepo().get('sales-leaders')).toBeUndefined();
    fireEvent.click(await screen.findByTestId('toast-undo'));
    await waitFor(async () => expect(await segmentsRepo().get('sales-leaders')).toMatchObject({ name: 'Sales leaders' }));
  });
});

describe('template live preview', () => {
  it('renders the template for the sample prospect and follows edits as you type', () => {
    renderEditor();
    const preview = screen.getByTestId('template-preview');
    const expected = 'Hi Jordan, I work with sales leaders at Northwind Analytics.';
    expect(within(preview).getByTestId('preview-body').textContent).toBe(expected);
    expect(within(preview).getByTestId('preview-length').textContent).toBe(`${expected.length} / 300 characters`);

    fireEvent.input(screen.getByTestId('template-body'), { target: { value: 'Hello {{firstName}} from {{sender.name}}. {{#industry}}Big in {{industry}}.{{/industry}} {{nickname}} {{location.city|your city}}' } });
    const body = within(preview).getByTestId('preview-body').textContent;
    expect(body).toBe('Hello Jordan from Sam Reyes. Big in Software. Austin');
    expect(preview.textContent).toMatch(/Unknown placeholders:\s*nickname/);
  });

  it('reports the channel limit, missing fields and fallbacks', () => {
    const long = 'x'.repeat(280);
    renderEditor({ ...SEGMENT, templates: [{ id: 'connect', channel: 'linkedin_connect', name: 'Long', body: `Hi {{firstName|there}}, ${long} {{headline}} {{website}}` }] });
    const preview = screen.getByTestId('template-preview');
    expect(within(preview).getByTestId('preview-length').textContent).toMatch(/^\d+ \/ 300 characters$/);
    expect(preview.textContent).toMatch(/Longer than the channel allows/);
    expect(preview.textContent).toMatch(/Missing \(left out\):\s*website/);
  });

  it('previews with a real prospect picked by search', async () => {
    await seedProspects(3);
    renderEditor();
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    fireEvent.input(screen.getByTestId('preview-search'), { target: { value: 'casey' } });
    fireEvent.click(await screen.findByRole('button', { name: /Casey Abbott/ }));
    await waitFor(() => expect(screen.getByTestId('preview-prospect-name').textContent).toBe('Casey Abbott'));
    fireEvent.click(screen.getByRole('tab', { name: 'Messages' }));
    expect(screen.getByTestId('preview-body').textContent).toBe('Hi Casey, I work with sales leaders at Cobalt Freight.');
  });

  it('shows the subject with its limit for email and says when the subject is empty', () => {
    renderEditor({ ...SEGMENT, templates: [{ id: 'email', channel: 'email', name: 'Intro', subject: '{{company}} and Segue', body: 'Hi {{firstName}}' }] });
    expect(screen.getByTestId('preview-subject').textContent).toBe('Northwind Analytics and Segue');
    fireEvent.input(screen.getByTestId('template-subject'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('segment-save'));
    expect(screen.getByTestId('template-card').textContent).toMatch(/Subject must not be empty/);
  });
});

describe('sections and rule summary', () => {
  it('shows the Who section first, with a readable summary of the rules and the builder folded away', () => {
    renderEditor();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Who', 'Talking points', 'Messages', 'Preview']);
    expect(screen.getByRole('tab', { name: 'Who' }).getAttribute('aria-selected')).toBe('true');
    const lines = [...screen.getByTestId('rule-summary').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(['Seniority is VP or Director+30', 'ANDTitle mentions “sales” (+20)']);
    expect(document.getElementById('rules-builder')!.hidden).toBe(true);
    fireEvent.click(screen.getByTestId('edit-rules'));
    expect(document.getElementById('rules-builder')!.hidden).toBe(false);
    expect(screen.getByTestId('edit-rules').getAttribute('aria-expanded')).toBe('true');
  });

  it('updates the summary as rules change in the builder', () => {
    renderEditor();
    fireEvent.click(screen.getByTestId('edit-rules'));
    fireEvent.click(within(rootGroup()).getAllByTestId('add-rule').at(-1)!);
    const lines = [...screen.getByTestId('rule-summary').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^ANDSeniority is/);
  });

  it('marks the section holding a problem, and the problem in the summary leads to it', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('tab', { name: 'Messages' }));
    fireEvent.input(screen.getByTestId('template-body'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Who' }));
    fireEvent.click(screen.getByTestId('segment-save'));
    const messages = await screen.findByRole('tab', { name: /Messages.*has problems/ });
    expect(messages.getAttribute('data-has-issues')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Who' }).getAttribute('data-has-issues')).toBe('false');
    fireEvent.click(within(screen.getByTestId('issues-summary')).getAllByRole('button')[0]!);
    expect(messages.getAttribute('aria-selected')).toBe('true');
    expect(send).not.toHaveBeenCalledWith('segments.save', expect.anything());
  });

  it('shows a talking point condition as one line; the builder unfolds for a new condition', () => {
    renderEditor({ ...SEGMENT, talkingPoints: [{ id: 'cro', text: 'For a CRO', when: { op: 'or', rules: [{ type: 'keywords', keywords: ['CRO', 'chief revenue officer'], weight: 0 }] } }] });
    fireEvent.click(screen.getByRole('tab', { name: 'Talking points' }));
    expect(screen.getByTestId('condition-summary').textContent).toBe('Only when: Title or headline mentions “CRO” or “chief revenue officer”');
    expect(document.getElementById('point-0-condition')!.hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Edit condition' }));
    expect(document.getElementById('point-0-condition')!.hidden).toBe(false);
    fireEvent.click(screen.getByTestId('add-point'));
    fireEvent.click(screen.getAllByRole('checkbox', { name: 'Show only when a condition holds' })[1]!);
    expect(document.getElementById('point-1-condition')!.hidden).toBe(false);
  });

  it('opens the rules builder by itself when a rule has a problem', async () => {
    renderEditor({ ...SEGMENT, rules: { op: 'and', rules: [{ type: 'seniority_in', values: [], weight: 30 }] } });
    fireEvent.click(screen.getByTestId('segment-save'));
    await waitFor(() => expect(document.getElementById('rules-builder')!.hidden).toBe(false));
    expect(screen.getByRole('tab', { name: /Who.*has problems/ }).getAttribute('data-has-issues')).toBe('true');
  });
});
