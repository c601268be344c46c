// Calls logged after the fact, edited and deleted from the dashboard: the prospect's timeline and the insights
// (which read the calls table) always agree with the calls as they now stand.
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/db/default-database';
import { ActivitiesRepo } from '../../../src/db/activities-repo';
import { CallsRepo } from '../../../src/db/calls-repo';
import { insightsFor } from '../../support/dashboard/insights';
import { clearDatabase, dispatch, seedProspects } from '../../support/dashboard/dashboard-harness';

const HOUR = 3_600_000;
const callEntries = async (prospectId: string) =>
  (await new ActivitiesRepo(database()).timeline(prospectId)).filter((a) => a.kind === 'call');

beforeEach(clearDatabase);

describe('logging a past call', () => {
  it('stores it with its date and duration, on the timeline at that date, and counts it in the insights', async () => {
    const [p] = await seedProspects(1);
    const startedAt = Date.now() - 2 * 24 * HOUR;
    const { call } = await dispatch('calls.log', { prospectId: p!.id, startedAt, durationSec: 7 * 60 + 5, outcome: 'meeting_booked', notes: 'Booked a demo for next week', nextStep: 'Send the agenda' });
    expect(await new CallsRepo(database()).get(call.id)).toMatchObject({ startedAt, durationSec: 425, endedAt: startedAt + 425_000, outcome: 'meeting_booked', notes: 'Booked a demo for next week', nextStep: 'Send the agenda' });
    expect(await callEntries(p!.id)).toEqual([expect.objectContaining({ at: startedAt, summary: 'Call: Meeting booked (7:05)', data: { callId: call.id } })]);
    expect(await insightsFor()).toMatchObject({ calls: 1, meetings: 1 });
  });

  it('refuses a call in the future, a negative or day-long duration, an unknown outcome or prospect, and writes nothing', async () => {
    const [p] = await seedProspects(1);
    const ok = { prospectId: p!.id, startedAt: Date.now() - HOUR, durationSec: 60, outcome: 'connected' };
    await expect(dispatch('calls.log', { ...ok, startedAt: Date.now() + HOUR })).rejects.toThrow(/future/);
    await expect(dispatch('calls.log', { ...ok, durationSec: -5 })).rejects.toThrow(/duration/);
    await expect(dispatch('calls.log', { ...ok, durationSec: 25 * HOUR / 1000 })).rejects.toThrow(/duration/);
    await expect(dispatch('calls.log', { ...ok, outcome: '' })).rejects.toThrow(/outcome/);
    await expect(dispatch('calls.log', { ...ok, outcome: 'teleported' })).rejects.toThrow(/outcome/);
    await expect(dispatch('calls.log', { ...ok, prospectId: 'nobody' })).rejects.toThrow(/prospect/);
    expect(await database().calls.count()).toBe(0);
    expect(await database().activities.count()).toBe(0);
  });
});

describe('editing and deleting a logged call', () => {
  it('edits outcome, time, duration and notes, and the timeline entry follows', async () => {
    const [p] = await seedProspects(1);
    const { call } = await dispatch('calls.log', { prospectId: p!.id, startedAt: Date.now() - 3 * HOUR, durationSec: 30, outcome: 'no_answer' });
    const startedAt = Date.now() - 5 * HOUR;
    const { call: edited } = await dispatch('calls.update', { id: call.id, patch: { outcome: 'connected', startedAt, durationSec: 125, notes: 'Actually picked up', nextStep: '' } });
    expect(edited).toMatchObject({ outcome: 'connected', startedAt, durationSec: 125, endedAt: startedAt + 125_000, notes: 'Actually picked up' });
    expect(edited.nextStep).toBeUndefined();
    expect(await callEntries(p!.id)).toEqual([expect.objectContaining({ at: startedAt, summary: 'Call: Connected (2:05)' })]);
    expect(await insightsFor()).toMatchObject({ calls: 1, connects: 1 });
    await expect(dispatch('calls.update', { id: call.id, patch: { durationSec: -1 } })).rejects.toThrow(/duration/);
    await expect(dispatch('calls.update', { id: 'gone', patch: { notes: 'x' } })).rejects.toThrow(/no longer exists/);
  });

  it('deletes a call with its timeline entry, and an undo puts both back', async () => {
    const [p] = await seedProspects(1);
    const { call } = await dispatch('calls.log', { prospectId: p!.id, startedAt: Date.now() - HOUR, durationSec: 60, outcome: 'connected' });
    const { undo } = await dispatch('calls.delete', { id: call.id });
    expect(await database().calls.count()).toBe(0);
    expect(await callEntries(p!.id)).toEqual([]);
    expect(await insightsFor()).toMatchObject({ calls: 0 });
    await dispatch('calls.restore', { undo });
    expect(await new CallsRepo(database()).get(call.id)).toMatchObject({ outcome: 'connected' });
    expect(await callEntries(p!.id)).toHaveLength(1);
  });
});
