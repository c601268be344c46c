import { beforeEach, describe, expect, it } from 'vitest';
import { prospectsRepo, segmentsRepo } from '../../../src/db/default-database';
import type { Segment } from '../../../src/domain/segments/segment-schema';
import { clearDatabase, dispatch, seedProspects } from '../../support/dashboard/dashboard-harness';

const NOTED: Segment = {
  id: 'noted', name: 'Has notes', description: '', priority: 1, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'has_field', field: 'notes', weight: 60 }] },
  talkingPoints: [], templates: [],
};

beforeEach(clearDatabase);

describe('notes messages', () => {
  it('a segment rule on notes still reads them: adding a note matches it, deleting it un-matches, undo matches again', async () => {
    await segmentsRepo().save(NOTED);
    const [p] = await seedProspects(1, () => ({ notes: '' }));
    expect((await prospectsRepo().get(p!.id))!.segmentIds).toEqual([]);
    const { note } = await dispatch('notes.add', { prospectId: p!.id, text: 'Budget signed off' });
    expect((await prospectsRepo().get(p!.id))!.segmentIds).toEqual(['noted']);
    await dispatch('notes.delete', { id: note.id });
    expect((await prospectsRepo().get(p!.id))!.segmentIds).toEqual([]);
    await dispatch('notes.restore', { note });
    expect((await prospectsRepo().get(p!.id))!.segmentIds).toEqual(['noted']);
  });

  it('refuses an empty note with a clear error and writes nothing', async () => {
    const [p] = await seedProspects(1, () => ({ notes: '' }));
    await expect(dispatch('notes.add', { prospectId: p!.id, text: '  ' })).rejects.toThrow('A note needs some text.');
    expect((await prospectsRepo().get(p!.id))!.noteTokens).toBeUndefined();
  });
});
