import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SegueDatabase } from '../../../src/db/database';
import { MAX_NOTE_TOKENS } from '../../../src/db/database';
import { ActivitiesRepo } from '../../../src/db/activities-repo';
import { NotesRepo } from '../../../src/db/notes-repo';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { makeDraft } from '../../support/db/drafts';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';

let db: SegueDatabase;
let now: number;
const clock = () => now;
beforeEach(async () => {
  db = await freshDatabase();
  now = 1_760_000_000_000;
});
afterEach(closeDatabases);

async function prospect(fields: Parameters<typeof makeDraft>[0] = {}) {
  return (await new ProspectsRepo(db, clock).saveDraft(makeDraft({ fullName: 'Cleo Dunmore', company: 'Foxglove Energy', ...fields }))).prospect;
}

describe('NotesRepo', () => {
  it('adds timestamped notes that show on the timeline, newest first, and bumps the prospect', async () => {
    const { id } = await prospect();
    const notes = new NotesRepo(db, clock);
    now += 60_000;
    await notes.add(id, '  Asked for the security questionnaire.  ');
    now += 60_000;
    const second = await notes.add(id, 'Call back after the board meeting\nShe chairs it.');
    expect(second).toMatchObject({ kind: 'note', at: now, summary: 'Call back after the board meeting', data: { text: 'Call back after the board meeting\nShe chairs it.' } });
    expect((await notes.list(id)).map((n) => n.data?.text)).toEqual(['Call back after the board meeting\nShe chairs it.', 'Asked for the security questionnaire.']);
    const timeline = await new ActivitiesRepo(db).timeline(id);
    expect(timeline.map((e) => e.kind)).toEqual(['note', 'note', 'capture']);
    expect((await new ProspectsRepo(db).get(id))!.updatedAt).toBe(now);
  });

  it('search finds a prospect by a word of any of its notes, and stops finding it once the note is edited or deleted', async () => {
    const { id } = await prospect();
    await prospect({ fullName: 'Other Person', company: 'Elsewhere' });
    const notes = new NotesRepo(db, clock);
    const prospects = new ProspectsRepo(db);
    const note = await notes.add(id, 'Interested in heat pumps for the Leeds depot');
    expect((await prospects.search('leeds')).map((p) => p.id)).toEqual([id]);
    expect((await prospects.search('heat dunmore')).map((p) => p.id)).toEqual([id]);

    const edited = await notes.edit(note.id, 'Interested in solar for the Bristol depot');
    expect(edited.data).toMatchObject({ text: 'Interested in solar for the Bristol depot', editedAt: now });
    expect(edited.at).toBe(note.at);
    expect(await prospects.search('leeds')).toEqual([]);
    expect((await prospects.search('bristol')).map((p) => p.id)).toEqual([id]);

    const removed = await notes.remove(note.id);
    expect(await notes.list(id)).toEqual([]);
    expect(await prospects.search('bristol')).toEqual([]);
    // Undo puts it back as it was, searchable again.
    await notes.restore(removed);
    expect(await notes.list(id)).toEqual([edited]);
    expect((await prospects.search('bristol')).map((p) => p.id)).toEqual([id]);
  });

  it('keeps note words modest: short words are skipped and at most MAX_NOTE_TOKENS are indexed, newest note first', async () => {
    const { id } = await prospect();
    const notes = new NotesRepo(db, clock);
    await notes.add(id, Array.from({ length: 200 }, (_, i) => `oldword${i}`).join(' '));
    now += 1000;
    await notes.add(id, 'an ox is at the zeppelin hangar');
    const row = (await db.prospects.get(id))!;
    expect(row.noteTokens).toHaveLength(MAX_NOTE_TOKENS);
    expect(row.noteTokens!.slice(0, 3)).toEqual(['the', 'zeppelin', 'hangar']);
    expect(row.noteTokens).not.toContain('ox');
    expect((await db.prospectSearch.get(id))!.tokens.length).toBeLessThanOrEqual(48 + MAX_NOTE_TOKENS);
  });

  it('refuses an empty or oversized note, and an edit of something that is not a note, changing nothing', async () => {
    const { id } = await prospect();
    const notes = new NotesRepo(db, clock);
    await expect(notes.add(id, '   ')).rejects.toThrow('A note needs some text.');
    await expect(notes.add(id, 'x'.repeat(64 * 1024 + 1))).rejects.toThrow('at most 64 KB');
    await expect(notes.add('missing', 'Hello')).rejects.toThrow('no longer exists');
    const [capture] = await new ActivitiesRepo(db).timeline(id);
    await expect(notes.edit(capture!.id, 'Rewritten')).rejects.toThrow('That note no longer exists.');
    await expect(notes.remove(capture!.id)).rejects.toThrow('That note no longer exists.');
    expect((await new ActivitiesRepo(db).timeline(id)).map((e) => e.summary)).toEqual([capture!.summary]);
  });

  it('notes text that comes with a capture, a merge or an edit becomes a new note; the prospect keeps no notes text', async () => {
    const repo = new ProspectsRepo(db, clock);
    const { prospect: saved } = await repo.saveDraft(makeDraft({ fullName: 'Ada Quill', emails: ['ada@quill.example'], notes: 'Met at the expo' }));
    now += 1000;
    await repo.saveDraft(makeDraft({ fullName: 'Ada Quill', emails: ['ada@quill.example'], notes: 'Second capture note' }));
    now += 1000;
    const updated = await repo.update(saved.id, { notes: 'Typed in the dashboard form' });
    expect(updated.notes).toBe('');
    expect(updated.fieldSources.notes).not.toBe('manual');
    const texts = (await new NotesRepo(db).list(saved.id)).map((n) => n.data?.text);
    expect(texts).toEqual(['Typed in the dashboard form', 'Second capture note', 'Met at the expo']);
    expect((await repo.get(saved.id))!.notes).toBe('');
    expect((await repo.search('expo')).map((p) => p.id)).toEqual([saved.id]);
  });
});
