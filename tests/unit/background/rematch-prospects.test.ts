import { beforeEach, describe, expect, it } from 'vitest';
import { database, prospectsRepo, segmentsRepo } from '../../../src/db/default-database';
import { REMATCH_PAGE_SIZE, rematchProspects } from '../../../src/background/rematch-prospects';
import type { Segment } from '../../../src/domain/segments/segment-schema';
import { REMATCH_PROGRESS_KEY, type RematchProgress } from '../../../src/messaging/protocol-rematch';
import { browser } from '../../../src/platform/browser';
import { clearDatabase, dispatch, seedProspects } from '../../support/dashboard/dashboard-harness';

const VP: Segment = {
  id: 'vp-sales', name: 'VPs of sales', description: '', priority: 10, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 50 }] },
  talkingPoints: [], templates: [],
};
const MANAGERS: Segment = { ...VP, id: 'managers', name: 'Managers', rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['manager'], weight: 50 }] } };

beforeEach(clearDatabase);

describe('matching prospects again after a segment change', () => {
  it('reports progress page by page up to every prospect', async () => {
    const count = REMATCH_PAGE_SIZE * 2 + 7;
    await seedProspects(count);
    await segmentsRepo().save(VP);
    const seen: RematchProgress[] = [];
    const changed = await rematchProspects(database(), { onProgress: (p) => seen.push(p) });
    expect(changed).toBe(Math.ceil(count / 3));
    expect(seen.map((p) => p.done)).toEqual([0, REMATCH_PAGE_SIZE, REMATCH_PAGE_SIZE * 2, count]);
    expect(seen.every((p) => p.total === count)).toBe(true);
    expect(seen.map((p) => p.phase)).toEqual(['running', 'running', 'running', 'done']);
    expect(seen[seen.length - 1]!.changed).toBe(changed);
  });

  it('publishes the progress of a save for the dashboard, ending with every prospect done', async () => {
    await seedProspects(30);
    await dispatch('segments.save', { segment: VP });
    const stored = (await browser.storage.session.get(REMATCH_PROGRESS_KEY))[REMATCH_PROGRESS_KEY] as RematchProgress;
    expect(stored).toMatchObject({ phase: 'done', done: 30, total: 30, changed: 10 });
  });

  it('touches no prospect when an edit changes nothing matching reads, and keeps the other segments', async () => {
    await seedProspects(12);
    await dispatch('segments.save', { segment: VP });
    await dispatch('segments.save', { segment: MANAGERS });
    const before = await prospectsRepo().get('p-00002');
    expect(before!.segmentIds).toEqual(['managers']);
    const described = await dispatch('segments.save', { segment: { ...VP, description: 'Reworded for the team' } });
    expect(described.ok && described.rematched).toBe(0);
    // Raising the VP threshold out of reach drops it everywhere; managers keep theirs.
    const raised = await dispatch('segments.save', { segment: { ...VP, threshold: 100, rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 50 }, { type: 'tag', tags: ['never'], weight: 50 }] } } });
    expect(raised.ok && raised.rematched).toBe(4);
    expect(await database().prospects.where('segmentIds').equals('vp-sales').count()).toBe(0);
    expect(await database().prospects.where('segmentIds').equals('managers').count()).toBe(4);
  });
});
