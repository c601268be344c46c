// The call in progress: every change kept in storage as it is made, changes applied one at a time in the
// background (field by field, on the stored session), and notes typed in a view never overwritten by another change.
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/db/default-database';
import { discardCall, saveCall, startCall, updateCall } from '../../../src/background/calls';
import { readCallSession, writeCallText } from '../../../src/platform/call-store';
import { browser } from '../../../src/platform/browser';
import { clearDatabase, seedProspects } from '../../support/dashboard/dashboard-harness';

beforeEach(async () => {
  await clearDatabase();
  await browser.storage.local.clear();
});

describe('updates to the call in progress', () => {
  it('keeps both of two changes that arrive at the same time', async () => {
    const [p] = await seedProspects(1);
    await startCall({ prospectId: p!.id });
    const followUpAt = Date.now() + 3_600_000;
    await Promise.all([
      updateCall({ patch: { outcome: 'meeting_booked' } }),
      updateCall({ patch: { followUpAt } }),
      updateCall({ action: 'pause' }),
    ]);
    expect(await readCallSession()).toMatchObject({ outcome: 'meeting_booked', followUpAt, running: false });
  });

  it('keeps notes typed in a view while an outcome is picked elsewhere, and saves them with the call', async () => {
    const [p] = await seedProspects(1);
    const session = await startCall({ prospectId: p!.id });
    await Promise.all([
      writeCallText(session.id, 'notes', 'Budget approved for Q3', 'popup'),
      updateCall({ patch: { outcome: 'connected' } }),
      writeCallText(session.id, 'nextStep', 'Send the order form', 'side-panel'),
    ]);
    expect(await readCallSession()).toMatchObject({ outcome: 'connected', notes: 'Budget approved for Q3', nextStep: 'Send the order form' });
    const { callId } = await saveCall();
    expect(await database().calls.get(callId)).toMatchObject({ outcome: 'connected', notes: 'Budget approved for Q3', nextStep: 'Send the order form' });
    expect(await readCallSession()).toBeNull();
  });

  it('does not carry the notes of a discarded call into the next one', async () => {
    const [p] = await seedProspects(1);
    const first = await startCall({ prospectId: p!.id });
    await writeCallText(first.id, 'notes', 'Wrong number, try the office line', 'popup');
    await discardCall();
    await startCall({ prospectId: p!.id });
    expect(await readCallSession()).toMatchObject({ notes: '', nextStep: '' });
  });
});
