import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/db/default-database';
import { recordMessageUse } from '../../../src/background/messages-used';
import { clearDatabase, seedProspects } from '../../support/dashboard/dashboard-harness';

beforeEach(clearDatabase);

describe('recordMessageUse', () => {
  it('puts the message on the timeline against its template, segment, channel and what the rep did', async () => {
    const [p] = await seedProspects(1);
    await recordMessageUse(database(), { prospectId: p!.id, segmentId: 'sales-leaders', templateId: 'intro-email', templateName: 'Intro email', channel: 'email', action: 'opened' });
    const [entry, ...rest] = await database().activities.toArray();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      prospectId: p!.id, kind: 'message_copied', summary: 'Opened the email "Intro email" in the mail app',
      data: { segmentId: 'sales-leaders', templateId: 'intro-email', channel: 'email', action: 'opened' },
    });
  });

  it('counts a message sent by an older popup (no action, no name) as copied', async () => {
    const [p] = await seedProspects(1);
    await recordMessageUse(database(), { prospectId: p!.id, segmentId: 's', templateId: 't1', channel: 'linkedin_connect' });
    const [entry] = await database().activities.toArray();
    expect(entry).toMatchObject({ summary: 'Copied the LinkedIn connection note "t1"', data: { action: 'copied', templateId: 't1' } });
  });

  it('refuses an unknown prospect, channel or action with a clear error and writes nothing', async () => {
    const [p] = await seedProspects(1);
    await expect(recordMessageUse(database(), { prospectId: 'nobody', segmentId: 's', templateId: 't', channel: 'email' })).rejects.toThrow(/No prospect/);
    await expect(recordMessageUse(database(), { prospectId: p!.id, segmentId: 's', templateId: 't', channel: 'fax' as never })).rejects.toThrow(/channel/);
    await expect(recordMessageUse(database(), { prospectId: p!.id, segmentId: 's', templateId: 't', channel: 'email', action: 'faxed' as never })).rejects.toThrow(/action/);
    await expect(recordMessageUse(database(), { prospectId: p!.id, segmentId: 's', templateId: '', channel: 'email' })).rejects.toThrow(/template/);
    expect(await database().activities.count()).toBe(0);
  });
});
