import { describe, expect, it } from 'vitest';
import { resolveConflict } from '../../../../src/domain/team/conflicts';
import type { ActivityDoc, HandoffDoc } from '../../../../src/domain/team/team-docs';
import { handoffDoc, moved, packDoc } from '../../../support/team-server/team-docs';

const pack = (version: string, publishedAt = 1) => ({ ...packDoc('p', version, `v${version}`, 'maria', publishedAt), _rev: `${version}-${publishedAt}` });

describe('resolveConflict', () => {
  it('keeps the pack with the highest version (compared part by part) whatever order the revisions come in', () => {
    expect(resolveConflict([pack('1.2'), pack('1.10'), pack('1.3.0')])).toMatchObject({ kind: 'winner', doc: { pack: { version: '1.10' } } });
    expect(resolveConflict([pack('2'), pack('1.9.9')])).toMatchObject({ kind: 'winner', doc: { pack: { version: '2' } } });
  });

  it('breaks a pack version tie by the later publication', () => {
    expect(resolveConflict([pack('4', 10), pack('4', 20)])).toMatchObject({ kind: 'winner', doc: { _rev: '4-20' } });
  });

  it('lets the copy further along the hand-off state machine win, in either order', () => {
    const offered = handoffDoc('h');
    const accepted = moved(offered, 'accept');
    const returned = moved(accepted, 'return');
    const winner = (docs: HandoffDoc[]) => { const r = resolveConflict(docs); return r.kind === 'winner' ? (r.doc as HandoffDoc).state : null; };
    expect(winner([offered, accepted])).toBe('accepted');
    expect(winner([accepted, offered])).toBe('accepted');
    expect(winner([accepted, returned, offered])).toBe('returned');
  });

  it('keeps a lone revision, the first of duplicated activity, and leaves mixed kinds to a person', () => {
    const a: ActivityDoc = { _id: 'activity:r:1', _rev: '1-a', type: 'activity', user: 'r', activityId: '1', at: 1, kind: 'call' };
    expect(resolveConflict([pack('1')])).toEqual({ kind: 'winner', doc: pack('1') });
    expect(resolveConflict([a, { ...a, _rev: '1-b' }])).toEqual({ kind: 'winner', doc: a });
    expect(resolveConflict([a, pack('1')]).kind).toBe('unresolved');
  });
});
