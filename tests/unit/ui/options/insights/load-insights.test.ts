import { beforeEach, describe, expect, it } from 'vitest';
import { database, segmentsRepo } from '../../../../../src/db/default-database';
import { recordMessageUse } from '../../../../../src/background/messages-used';
import { loadInsights } from '../../../../../src/ui/options/insights/load-insights';
import type { Segment } from '../../../../../src/domain/segments/segment-schema';
import { clearDatabase, seedProspects } from '../../../../support/dashboard/dashboard-harness';

const SEGMENT: Segment = {
  id: 'vp-sales', name: 'VPs of sales', description: '', priority: 10, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 50 }] },
  talkingPoints: [],
  templates: [{ id: 'intro', name: 'Intro email', channel: 'email', subject: 'Hi', body: 'Hello from {{sender.company}}' }],
} as Segment;

beforeEach(clearDatabase);

describe('loadInsights', () => {
  it('counts the messages on the timeline per template, next to the calls', async () => {
    expect(await segmentsRepo().save(SEGMENT)).toMatchObject({ ok: true });
    const [a, b] = await seedProspects(2);
    const use = (prospectId: string) => ({ prospectId, segmentId: 'vp-sales', templateId: 'intro', templateName: 'Intro email', channel: 'email' as const });
    await recordMessageUse(database(), { ...use(a!.id), action: 'copied' });
    await recordMessageUse(database(), { ...use(b!.id), action: 'inserted' });
    await database().activities.add({ id: 'other', prospectId: a!.id, at: Date.now(), kind: 'note', summary: 'A note' });

    const insights = await loadInsights(undefined);
    expect(insights.templates).toHaveLength(1);
    expect(insights.templates[0]).toMatchObject({ templateId: 'intro', name: 'Intro email', segmentName: 'VPs of sales', messagesSent: 2, prospectsMessaged: 2, calls: 0 });
    expect(insights.totals.messagesSent).toBe(2);
    expect((await loadInsights(Date.now() + 60_000)).totals.messagesSent).toBe(0);
  });
});
