import { render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { CallsRepo } from '../../../../../src/db/calls-repo';
import { database, prospectsRepo, segmentsRepo } from '../../../../../src/db/default-database';
import type { Segment } from '../../../../../src/domain/segments/segment-schema';
import { ReadinessCard } from '../../../../../src/ui/options/prospects/readiness-card';
import { clearDatabase, seedProspects } from '../../../../support/dashboard/dashboard-harness';

const NOW = Date.UTC(2026, 11, 7, 12);
const DAY = 86_400_000;

const leaders: Segment = {
  id: 'sales-leaders', name: 'Sales leaders', description: '', priority: 1, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 30 }] },
  talkingPoints: [], templates: [],
};

beforeEach(async () => {
  await clearDatabase();
  await segmentsRepo().save(leaders);
  await seedProspects(1, () => ({ phones: [{ number: '+12025550101' }] }));
});

const lines = () => within(screen.getByTestId('readiness')).queryAllByRole('listitem').map((li) => li.textContent);

describe('ReadinessCard', () => {
  it('shows the fit reasons, then crosses the threshold when a meeting is logged', async () => {
    const prospect = (await prospectsRepo().get('p-00000'))!;
    render(<ReadinessCard prospect={prospect} segments={[leaders]} now={() => NOW} />);
    expect(lines()).toEqual([
      'Best segment match 100/100 +30',
      'Seniority: VP +10',
      'Record has email, phone, title, company (4/4) +10',
    ]);
    expect(screen.getByTestId('readiness-score').textContent).toBe('score 50 / threshold 60');
    expect(screen.getByTestId('readiness-verdict').textContent).toBe('Not ready for sales yet');

    await new CallsRepo(database()).log({ prospectId: 'p-00000', outcome: 'meeting_booked', startedAt: NOW - 3 * DAY });
    await waitFor(() => expect(screen.getByTestId('readiness-verdict').textContent).toBe('Ready for sales'));
    expect(lines()).toContain('Meeting booked 3 days ago +25.9');
    expect(screen.getByTestId('readiness-score').textContent).toBe('score 76 / threshold 60');
  });

  it('uses the matched segment\'s own threshold and shows a penalty with a minus sign', async () => {
    const strict = { ...leaders, readiness: { threshold: 90, halfLifeDays: 14, weights: { segmentFit: 30, seniority: 10, completeness: 10, meetingBooked: 30, connectedCall: 15, messageSent: 5, notInterested: 30 } } };
    await new CallsRepo(database()).log({ prospectId: 'p-00000', outcome: 'not_interested', startedAt: NOW });
    const prospect = (await prospectsRepo().get('p-00000'))!;
    render(<ReadinessCard prospect={prospect} segments={[strict]} now={() => NOW} />);
    await waitFor(() => expect(lines()).toContain('Not interested today −30'));
    expect(screen.getByTestId('readiness-score').textContent).toBe('score 20 / threshold 90');
  });
});
