import { describe, expect, it } from 'vitest';
import { resolveConflict } from '../../../../src/domain/team/conflicts';
import type { ActivityDoc, HandoffDoc, PackDoc } from '../../../../src/domain/team/team-docs';

const pack = (version: number, publishedAt = 1, _rev = `${version}-a`): PackDoc => ({
  _id: 'pack:p', _rev, type: 'pack', packId: 'p', version, title: `v${version}`, segments: [], publishedBy: 'm', publishedAt,
});
const handoff = (state: HandoffDoc['state'], _rev: string): HandoffDoc => ({
  _id: 'handoff:h', _rev, type: 'handoff', handoffId: 'h', state, from: 'm', owner: 'r',
  prospect: { fullName: 'Ada', emails: [], phones: [] }, offeredAt: 1,
});

describe('resolveConflict', () => {
  it('keeps the pack with the highest version whatever order the revisions come in', () => {
    expect(resolveConflict([pack(2), pack(5), pack(3)])).toEqual({ kind: 'winner', doc: pack(5) });
    expect(resolveConflict([pack(5), pack(2)])).toEqual({ kind: 'winner', doc: pack(5) });
  });

  it('breaks a pack version tie by the later publication', () => {
    const winner = resolveConflict([pack(4, 10, '4-x'), pack(4, 20, '4-y')]);
    expect(winner).toMatchObject({ kind: 'winner', doc: { _rev: '4-y' } });
  });

  it('lets a hand-off decision beat the offer it answers, in either order', () => {
    expect(resolveConflict([handoff('offered', '1-a'), handoff('accepted', '2-b')])).toMatchObject({ kind: 'winner', doc: { state: 'accepted' } });
    expect(resolveConflict([handoff('returned', '2-b'), handoff('offered', '1-a')])).toMatchObject({ kind: 'winner', doc: { state: 'returned' } });
  });

  it('leaves accepted-versus-returned to a person', () => {
    const result = resolveConflict([handoff('accepted', '2-a'), handoff('returned', '2-b'), handoff('offered', '1-a')]);
    expect(result.kind).toBe('unresolved');
    expect(result.kind === 'unresolved' && result.docs.map((d) => (d as HandoffDoc).state).sort()).toEqual(['accepted', 'returned']);
  });

  it('keeps a lone revision and the first of duplicated activity', () => {
    const a: ActivityDoc = { _id: 'activity:r:1', _rev: '1-a', type: 'activity', user: 'r', activityId: '1', at: 1, kind: 'call' };
    expect(resolveConflict([pack(1)])).toEqual({ kind: 'winner', doc: pack(1) });
    expect(resolveConflict([a, { ...a, _rev: '1-b' }])).toEqual({ kind: 'winner', doc: a });
  });
});
