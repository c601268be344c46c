import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { CallsRepo } from '../../../../../src/db/calls-repo';
import { database, segmentsRepo } from '../../../../../src/db/default-database';
import type { Segment } from '../../../../../src/domain/segments/segment-schema';
import { loadReadyProspects, ReadyForSales } from '../../../../../src/ui/options/prospects/ready-for-sales';
import { clearDatabase, seedProspects } from '../../../../support/dashboard/dashboard-harness';

const NOW = Date.UTC(2026, 11, 7, 12);
const DAY = 86_400_000;

const leaders: Segment = {
  id: 'sales-leaders', name: 'Sales leaders', description: '', priority: 1, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp', 'manager'], weight: 30 }] },
  talkingPoints: [], templates: [],
};

beforeEach(async () => {
  await clearDatabase();
  await segmentsRepo().save(leaders);
  // p-00000 is a VP, p-00002 a manager; both match the segment.
  await seedProspects(3);
});

const log = (prospectId: string, outcome: string, daysAgo: number) =>
  new CallsRepo(database()).log({ prospectId, outcome, startedAt: NOW - daysAgo * DAY });

describe('ready for sales', () => {
  it('lists only the prospects over the threshold, best first', async () => {
    await log('p-00002', 'meeting_booked', 0); // manager: 30 fit + 5 seniority + 7.5 record + 30 = 73
    await log('p-00000', 'meeting_booked', 0); // VP: 30 + 10 + 7.5 + 30 = 78
    await log('p-00001', 'no_answer', 0); // called, but no engagement: not ready
    await log('p-00000', 'not_interested', 200); // outside the window: read neither as a candidate nor a penalty
    const ready = await loadReadyProspects([leaders], NOW);
    expect(ready.map((r) => [r.prospect.id, r.readiness.score])).toEqual([['p-00000', 78], ['p-00002', 73]]);
  });

  it('a meeting long ago no longer makes the list', async () => {
    await log('p-00000', 'meeting_booked', 60);
    expect(await loadReadyProspects([leaders], NOW)).toEqual([]);
  });

  it('shows each ready prospect with its score and reasons, strongest first, and nothing when none is ready', async () => {
    const { container } = render(<ReadyForSales segments={[leaders]} now={() => NOW} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
    await log('p-00000', 'meeting_booked', 3);
    const rows = await screen.findAllByTestId('ready-row');
    await waitFor(() => expect(rows.map((r) => r.textContent)).toEqual([expect.stringMatching(/^.+ · .+ 73Hand to sales/)]));
    expect(screen.getByTestId('ready-reasons').textContent).toMatch(/^Best segment match 100\/100 \+30 · Meeting booked 3 days ago \+2\d(\.\d)? · /);
  });

  it('leaves out prospects already handed to sales, won or lost', async () => {
    await log('p-00000', 'meeting_booked', 0);
    await log('p-00002', 'meeting_booked', 0);
    await database().prospects.update('p-00000', { stage: 'handed_to_sales' });
    render(<ReadyForSales segments={[leaders]} now={() => NOW} />);
    await waitFor(() => expect(screen.getAllByTestId('ready-row')).toHaveLength(1));
    expect(screen.getByTestId('ready-row').textContent).not.toContain(((await database().prospects.get('p-00000'))!).fullName);
  });
});
