// Notes on a prospect: each note is a timestamped 'note' entry on the timeline, edited or deleted on its own. Pure.
import type { Activity } from './activity';

export const MAX_NOTE_LENGTH = 64 * 1024;
const SUMMARY_LENGTH = 200;

/** The data of a 'note' entry: the whole text (the summary is only its first line) and when it was last edited. */
export interface NoteData {
  text: string;
  editedAt?: number;
}

/** The text a rep typed, trimmed; a clear error when it is empty or too long. */
export function cleanNoteText(text: string): string {
  const clean = String(text ?? '').replace(/\r\n?/g, '\n').trim();
  if (!clean) throw new Error('A note needs some text.');
  if (clean.length > MAX_NOTE_LENGTH) throw new Error('A note can be at most 64 KB.');
  return clean;
}

/** One line for the timeline: the note's first line, shortened. */
export function noteSummary(text: string): string {
  const line = text.split('\n', 1)[0]!.trim();
  return line.length > SUMMARY_LENGTH ? `${line.slice(0, SUMMARY_LENGTH - 1)}…` : line;
}

export function isNote(entry: Pick<Activity, 'kind'>): boolean {
  return entry.kind === 'note';
}

/** The full text of a note entry (older entries kept only the summary). */
export function noteText(entry: Pick<Activity, 'summary' | 'data'>): string {
  const text = (entry.data as Partial<NoteData> | undefined)?.text;
  return typeof text === 'string' ? text : entry.summary;
}

/** All notes as one text, newest first (the CSV Notes column). */
export function joinNotes(entries: readonly Pick<Activity, 'at' | 'summary' | 'data'>[]): string {
  return [...entries].sort((a, b) => b.at - a.at).map(noteText).join('\n\n');
}
