// Notes on a prospect (part of the one protocol map, see protocol.ts). Each note is a 'note' timeline entry.
import type { Activity } from '../domain/activity';

export interface NotesProtocol {
  /** Add a timestamped note to a prospect; its words become searchable and its segments are matched again. */
  'notes.add': { request: { prospectId: string; text: string }; response: { note: Activity } };
  /** Replace a note's text (it keeps its time and records when it was edited). */
  'notes.edit': { request: { id: string; text: string }; response: { note: Activity } };
  /** Delete a note; the response holds it so `notes.restore` can undo the delete. */
  'notes.delete': { request: { id: string }; response: { note: Activity } };
  /** Put a deleted note back as it was. */
  'notes.restore': { request: { note: Activity }; response: { ok: true } };
}
