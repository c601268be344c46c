// Notes on a prospect: add, edit, delete (with undo). Each note is a 'note' activity on the timeline; the prospect
// keeps the words of its notes (noteTokens) so that prospect search finds them.
import Dexie from 'dexie';
import type { Activity } from '../domain/activity';
import { cleanNoteText, isNote, noteSummary, noteText, type NoteData } from '../domain/notes';
import { fromStored, newId, noteTokensOf, toStored, type ProspectRecord, type SegueDatabase } from './database';

/** A new note entry. */
export function noteEntry(prospectId: string, at: number, text: string): Activity {
  const clean = cleanNoteText(text);
  const data: NoteData = { text: clean };
  return { id: newId(), prospectId, at, kind: 'note', summary: noteSummary(clean), data: { ...data } };
}

/**
 * The single `notes` text a capture, an import or an older version put on the prospect becomes a note entry and
 * leaves the prospect: notes live only on the timeline. Returns the record unchanged when it has no notes text.
 */
export function takeNotes<T extends ProspectRecord>(record: T, at: number): { record: T; note?: Activity } {
  if (!record.notes?.trim()) return { record };
  const note = noteEntry(record.id, at, record.notes.slice(0, 64 * 1024));
  return { record: { ...record, notes: '', noteTokens: withNewNote(noteText(note), record.noteTokens) }, note };
}

/** The note tokens after adding a note: its words first (newest), then the ones kept before. */
function withNewNote(text: string, before: readonly string[] = []): string[] {
  return noteTokensOf([text, before.join(' ')]);
}

export class NotesRepo {
  constructor(private readonly db: SegueDatabase, private readonly clock: () => number = Date.now) {}

  /** The prospect's notes, newest first. */
  async list(prospectId: string): Promise<Activity[]> {
    const rows = await this.db.activities.where('[prospectId+at]').between([prospectId, Dexie.minKey], [prospectId, Dexie.maxKey]).reverse().toArray();
    return rows.filter(isNote);
  }

  async add(prospectId: string, text: string): Promise<Activity> {
    const now = this.clock();
    return this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      const row = await this.db.prospects.get(prospectId);
      if (!row) throw new Error('That prospect no longer exists.');
      const entry = noteEntry(prospectId, now, text);
      await this.db.activities.add(entry);
      const record = fromStored(row);
      await this.db.prospects.put(toStored({ ...record, updatedAt: now, noteTokens: withNewNote(noteText(entry), record.noteTokens) }));
      return entry;
    });
  }

  /** Replaces a note's text; it keeps its place on the timeline and records when it was edited. */
  async edit(id: string, text: string): Promise<Activity> {
    const now = this.clock();
    return this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      const entry = await this.requireNote(id);
      const clean = cleanNoteText(text);
      const data: NoteData = { text: clean, editedAt: now };
      const updated: Activity = { ...entry, summary: noteSummary(clean), data: { ...entry.data, ...data } };
      await this.db.activities.put(updated);
      await this.refreshTokens(entry.prospectId);
      return updated;
    });
  }

  /** Deletes a note and returns it, so the caller can put it back with `restore`. */
  async remove(id: string): Promise<Activity> {
    return this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      const entry = await this.requireNote(id);
      await this.db.activities.delete(id);
      await this.refreshTokens(entry.prospectId);
      return entry;
    });
  }

  /** Undo of `remove`: the note comes back as it was, in its place. */
  async restore(entry: Activity): Promise<void> {
    if (!isNote(entry)) throw new Error('Only a note can be restored here.');
    await this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      if (!(await this.db.prospects.get(entry.prospectId))) throw new Error('That prospect no longer exists.');
      await this.db.activities.put(entry);
      await this.refreshTokens(entry.prospectId);
    });
  }

  /** Recomputes the prospect's note words from its notes (after an edit, a delete or a restore of a backup). */
  async refreshTokens(prospectId: string): Promise<void> {
    const row = await this.db.prospects.get(prospectId);
    if (!row) return;
    const noteTokens = noteTokensOf((await this.list(prospectId)).map(noteText));
    const record = fromStored(row);
    const { noteTokens: _old, ...rest } = record;
    await this.db.prospects.put(toStored(noteTokens.length ? { ...rest, noteTokens } : rest));
  }

  private async requireNote(id: string): Promise<Activity> {
    const entry = await this.db.activities.get(id);
    if (!entry || !isNote(entry)) throw new Error('That note no longer exists.');
    return entry;
  }
}
