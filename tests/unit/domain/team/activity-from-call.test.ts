import { describe, expect, it } from 'vitest';
import type { Call } from '../../../../src/domain/calls';
import { activityFromCall } from '../../../../src/domain/team/activity-from-call';

const call: Call = {
  id: 'c1', prospectId: 'p1', segmentId: 's1', templateId: 't1', packId: 'fin', packVersion: '1.2', phone: '+12025550123',
  startedAt: 100, durationSec: 30, outcome: 'meeting_booked', notes: 'Secret notes', nextStep: 'send deck', createdAt: 100,
};

describe('activityFromCall', () => {
  it('carries outcome, segment, template and pack version, signed by the user, and nothing of the prospect by default', () => {
    expect(activityFromCall(call, 'rob', 'outcomes', { fullName: 'Ada', company: 'Acme' })).toEqual({
      _id: 'activity:rob:c1', type: 'activity', user: 'rob', activityId: 'c1', at: 100, kind: 'call', outcome: 'meeting_booked',
      segmentId: 's1', templateId: 't1', packId: 'fin', packVersion: '1.2',
    });
  });

  it('adds the name and company when the team allows it, never the phone, notes or next step', () => {
    const doc = activityFromCall(call, 'rob', 'name-company', { fullName: 'Ada', company: 'Acme' });
    expect(doc.prospect).toEqual({ fullName: 'Ada', company: 'Acme' });
    expect(JSON.stringify(doc)).not.toMatch(/2025550123|Secret|deck/);
  });
});
