import { describe, expect, it } from 'vitest';
import type { Call } from '../../../../src/domain/calls';
import { activityFromCall, activityFromStageChange } from '../../../../src/domain/team/activity-from-call';
import type { Prospect } from '../../../../src/domain/prospect';

const call: Call = {
  id: 'c1', prospectId: 'p1', startedAt: 1000, durationSec: 60, outcome: 'connected', notes: 'Said the budget is frozen until May',
  segmentId: 'fin-leaders', templateId: 't1', packId: 'fin', packVersion: '2', createdAt: 1000,
};
const prospect: Prospect = {
  id: 'p1', fullName: 'Ada Lovelace', title: 'CFO', company: 'Analytical Engines', emails: ['ada@example.com'],
  phones: [{ number: '+12025550142', raw: '(202) 555-0142' }], profiles: { linkedin: 'https://www.linkedin.com/in/ada-example/' },
  tags: ['vip'], notes: 'Private: met at the gala', stage: 'contacted', industry: 'Fintech',
  source: { kind: 'manual', capturedAt: 1 } as unknown as Prospect['source'], sources: [], fieldSources: {}, createdAt: 1, updatedAt: 1,
};

describe('activityFromCall: what leaves the rep\'s machine under each privacy setting', () => {
  it('outcomes only: the call\'s outcome, segment, template and pack, nothing of the prospect', () => {
    const doc = activityFromCall(call, 'rob', 'outcomes', prospect);
    expect(doc).toEqual({
      _id: 'activity:rob:c1', type: 'activity', user: 'rob', activityId: 'c1', at: 1000, kind: 'call', outcome: 'connected',
      segmentId: 'fin-leaders', templateId: 't1', packId: 'fin', packVersion: '2',
    });
  });

  it('name and company: those two fields only', () => {
    expect(activityFromCall(call, 'rob', 'name-company', prospect).prospect).toEqual({ fullName: 'Ada Lovelace', company: 'Analytical Engines' });
  });

  it('full record: also title, emails, phone numbers and profiles, never notes, tags or the call\'s notes', () => {
    const doc = activityFromCall(call, 'rob', 'full', prospect);
    expect(doc.prospect).toEqual({
      fullName: 'Ada Lovelace', company: 'Analytical Engines', title: 'CFO', emails: ['ada@example.com'], phones: ['+12025550142'],
      profiles: { linkedin: 'https://www.linkedin.com/in/ada-example/' },
    });
    const text = JSON.stringify(doc);
    for (const secret of ['Private: met at the gala', 'budget is frozen', 'vip', '(202) 555-0142']) expect(text).not.toContain(secret);
  });

  it('carries no prospect key at all when there is nothing to share', () => {
    expect('prospect' in activityFromCall(call, 'rob', 'full', undefined)).toBe(false);
    expect('prospect' in activityFromCall(call, 'rob', 'name-company', { fullName: '' })).toBe(false);
  });
});

describe('activityFromCall (the call\'s own details)', () => {
  const dialled: Call = {
    id: 'c2', prospectId: 'p1', segmentId: 's1', templateId: 't1', packId: 'fin', packVersion: '1.2', phone: '+12025550123',
    startedAt: 100, durationSec: 30, outcome: 'meeting_booked', notes: 'Secret notes', nextStep: 'send deck', createdAt: 100,
  };

  it('never carries the number dialled, the call\'s notes or its next step, whatever the privacy setting', () => {
    for (const privacy of ['outcomes', 'name-company', 'full'] as const) {
      const doc = activityFromCall(dialled, 'rob', privacy, { fullName: 'Ada', company: 'Acme' });
      expect(doc).toMatchObject({ _id: 'activity:rob:c2', user: 'rob', outcome: 'meeting_booked', segmentId: 's1', templateId: 't1', packId: 'fin', packVersion: '1.2' });
      expect(JSON.stringify(doc)).not.toMatch(/2025550123|Secret|deck/);
    }
  });
});

describe('activityFromStageChange: a rep\'s stage move as team activity', () => {
  const byRule = { id: 'a9', at: 2000, data: { from: 'new', to: 'contacted', rule: 'first_call', callId: 'c1' } };

  it('carries the two stages, the rule, the triggering call\'s segment, template and pack, and the team hand-off', () => {
    const doc = activityFromStageChange(byRule, 'rob', 'outcomes', { call, handoffId: 'h1', prospect });
    expect(doc).toEqual({
      _id: 'activity:rob:a9', type: 'activity', user: 'rob', activityId: 'a9', at: 2000, kind: 'stage_change',
      fromStage: 'new', toStage: 'contacted', rule: 'first_call', segmentId: 'fin-leaders', templateId: 't1', packId: 'fin', packVersion: '2', handoffId: 'h1',
    });
  });

  it('obeys the privacy setting like a call does, and never carries notes', () => {
    const moved = { id: 'a10', at: 3000, data: { from: 'contacted', to: 'qualified' } };
    expect(activityFromStageChange(moved, 'rob', 'name-company', { prospect })!.prospect).toEqual({ fullName: 'Ada Lovelace', company: 'Analytical Engines' });
    const full = activityFromStageChange(moved, 'rob', 'full', { prospect })!;
    expect(full.prospect).toMatchObject({ title: 'CFO', emails: ['ada@example.com'] });
    expect(JSON.stringify(full)).not.toContain('Private: met at the gala');
    expect('rule' in full).toBe(false);
  });

  it('skips an entry that does not say which stage it moved to', () => {
    expect(activityFromStageChange({ id: 'a11', at: 1, data: { from: 'new' } }, 'rob', 'full')).toBeUndefined();
    expect(activityFromStageChange({ id: 'a12', at: 1 }, 'rob', 'full')).toBeUndefined();
  });
});
