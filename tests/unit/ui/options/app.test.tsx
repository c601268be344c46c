// Every dashboard page through the real router, checked with axe-core for what happy-dom can tell (labels, names,
// landmarks, heading order, ARIA); colour contrast needs a real browser and is left to the end-to-end tests.
import { render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CallsRepo } from '../../../../src/db/calls-repo';
import { database, segmentsRepo } from '../../../../src/db/default-database';
import { starterSegments } from '../../../../src/domain/segments/starter-segments';
import { send } from '../../../../src/messaging/client';
import { App } from '../../../../src/ui/options/app';
import { parseRoute, routeHref } from '../../../../src/ui/options/router';
import { clearDatabase, dispatch, seedProspects } from '../../../support/dashboard/dashboard-harness';

vi.mock('../../../../src/messaging/client', () => ({ send: vi.fn() }));

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeEach(async () => {
  await clearDatabase();
  vi.mocked(send).mockReset();
  vi.mocked(send).mockImplementation(dispatch as typeof send);
});

describe('router', () => {
  it('parses and builds the deep links', () => {
    expect(parseRoute('#/prospects/p-1')).toEqual({ name: 'prospect', id: 'p-1' });
    expect(parseRoute('#/segments/sales%20leaders')).toEqual({ name: 'segment', id: 'sales leaders' });
    expect(parseRoute('#/follow-ups')).toEqual({ name: 'follow-ups' });
    expect(parseRoute('#/data')).toEqual({ name: 'data' });
    expect(parseRoute('')).toEqual({ name: 'prospects' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'prospects' });
    expect(routeHref({ name: 'segment', id: 'a/b' })).toBe('#/segments/a%2Fb');
  });
});

describe('dashboard pages', () => {
  const pages: [string, string][] = [
    ['#/prospects', 'Prospects'],
    ['#/prospects/p-00000', 'Avery Abbott'],
    ['#/segments', 'Segments'],
    ['#/segments/sales-leaders-saas', 'Sales leaders at B2B SaaS scale-ups'],
    ['#/segments/new', 'New segment'],
    ['#/calls', 'Calls'],
    ['#/follow-ups', 'Follow-ups'],
    ['#/insights', 'Insights'],
    ['#/data', 'Import & export'],
    ['#/settings', 'Settings'],
  ];

  it.each(pages)('%s renders its page with landmarks, one h1, and no axe violations', async (hash, heading) => {
    await seedProspects(3);
    await segmentsRepo().resetToStarterSet(starterSegments());
    await new CallsRepo(database()).log({ prospectId: 'p-00000', outcome: 'connected', startedAt: Date.now() - 3_600_000, durationSec: 240, notes: 'Interested in a pilot', followUpAt: Date.now() + 86_400_000, nextStep: 'Send the pilot plan' });
    location.hash = hash;
    render(<App />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading), { timeout: 3000 });
    await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
    expect(screen.getByRole('navigation', { name: 'Dashboard sections' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(await axeViolations()).toEqual([]);
  }, 30_000);
});
