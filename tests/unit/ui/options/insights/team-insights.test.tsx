import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../../../src/db/default-database';
import { TEAM_LIST_SETTING, TEAM_SETTINGS_SETTING } from '../../../../../src/db/team-mirror';
import { TeamInsights } from '../../../../../src/ui/options/insights/team-insights';
import { clearDatabase } from '../../../../support/dashboard/dashboard-harness';

// uPlot draws on a canvas, which happy-dom does not have; the tables carry the same figures.
vi.mock('../../../../../src/ui/options/insights/bar-chart', () => ({ BarChart: () => null, themeColor: (_: string, fallback: string) => fallback }));

beforeEach(clearDatabase);

const rows = (testId: string) => screen.getAllByTestId(`${testId}-row`).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

const stats = () => Object.fromEntries([...screen.getByTestId('team-insights-totals').querySelectorAll<HTMLElement>('[data-col]')]
  .map((card) => [card.dataset.col, card.querySelector('.stat-value')?.textContent]));

describe('TeamInsights', () => {
  it('shows the team\'s figures per segment, template and pack version, and per rep only when the team allows it', async () => {
    const db = database();
    await db.settings.put({ key: TEAM_LIST_SETTING, value: { name: 'Acme', members: [{ name: 'rob', role: 'rep', displayName: 'Rob Turner' }] } });
    await db.settings.put({ key: TEAM_SETTINGS_SETTING, value: { privacy: 'outcomes', updatedBy: 'maria', updatedAt: 1 } });
    const base = { user: 'rob', kind: 'call' as const, segmentId: 'revops', templateId: 'opener', packId: 'revops-push', packVersion: '1.0.0' };
    await db.teamActivity.bulkPut([
      { ...base, id: 'activity:rob:c1', activityId: 'c1', at: 1000, outcome: 'connected' },
      { ...base, id: 'activity:rob:c2', activityId: 'c2', at: 2000, outcome: 'no_answer' },
      { id: 'activity:rob:s1', activityId: 's1', user: 'rob', at: 2001, kind: 'stage_change', toStage: 'contacted' },
    ]);
    render(<TeamInsights from={undefined} />);
    await waitFor(() => expect(stats()).toEqual({ calls: '2', reps: '1', 'connect-rate': '50%', meetings: '0', 'stage-changes': '1' }));
    expect(rows('team-insights-segments')).toEqual([['revops', '2', '1', '50%', '0', '–', '–', '–']]);
    expect(rows('team-insights-templates')).toEqual([['opener · revops', '2', '1', '50%', '0']]);
    expect(rows('team-insights-packs')).toEqual([['revops-push 1.0.0 · all segments', '2', '1', '50%', '0', '–', '–', '–']]);
    expect(screen.queryByTestId('team-insights-reps')).toBeNull();
    screen.getByTestId('team-insights-per-rep-off');

    await db.settings.put({ key: TEAM_SETTINGS_SETTING, value: { privacy: 'outcomes', showPerRep: true, updatedBy: 'maria', updatedAt: 2 } });
    await waitFor(() => expect(rows('team-insights-reps')).toEqual([['Rob Turner', '2', '1', '50%', '0', '1', '–', '–', '–']]));
  });
});
