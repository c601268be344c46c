// Notes on a prospect, shared by the popup, the side panel and the dashboard: a box to add one, and per note its
// full text with Edit and Delete. Writes go through the background (notes.* messages); reads come from IndexedDB.
import { useState } from 'preact/hooks';
import type { Activity } from '../../domain/activity';
import { noteText } from '../../domain/notes';
import { send } from '../../messaging/client';
import { t } from './i18n';

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A text box and "Add note". */
export function NoteComposer({ prospectId, onError }: { prospectId: string; onError?: (message: string) => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await send('notes.add', { prospectId, text });
      setText('');
    } catch (err) {
      (onError ?? setError)(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="stack note-composer" onSubmit={(e) => void add(e)} data-testid="note-composer">
      <label class="field">
        <span>{t('noteNew')}</span>
        <textarea rows={2} value={text} placeholder={t('notePlaceholder')} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} data-testid="note-input" />
      </label>
      <div><button type="submit" class="btn small" disabled={busy || !text.trim()} data-testid="note-add">{t('noteAdd')}</button></div>
      {error && <p class="alert error" role="alert">{error}</p>}
    </form>
  );
}

/**
 * One note: its text (kept as typed, line breaks included) and, while not editing, Edit and Delete. `onDeleted`
 * gets the deleted note so the caller can offer undo.
 */
export function NoteBody({ note, onDeleted, onError }: { note: Activity; onDeleted: (note: Activity) => void; onError: (message: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const editedAt = note.data?.editedAt;
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await send('notes.edit', { id: note.id, text: draft });
      setEditing(false);
    } catch (err) {
      onError(messageOf(err));
    }
  };
  const remove = async () => {
    try {
      const { note: deleted } = await send('notes.delete', { id: note.id });
      onDeleted(deleted);
    } catch (err) {
      onError(messageOf(err));
    }
  };
  if (editing) {
    return (
      <form class="stack note-edit" onSubmit={(e) => void save(e)} data-testid="note-edit">
        <label class="field">
          <span>{t('noteEditLabel')}</span>
          <textarea rows={3} value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} data-testid="note-edit-input" />
        </label>
        <div class="row">
          <button type="submit" class="btn small primary" disabled={!draft.trim()} data-testid="note-save">{t('noteSave')}</button>
          <button type="button" class="btn small" onClick={() => setEditing(false)}>{t('noteCancel')}</button>
        </div>
      </form>
    );
  }
  return (
    <div class="stack note-body">
      <p class="note-text" data-testid="note-text">{noteText(note)}</p>
      <div class="row note-actions">
        {typeof editedAt === 'number' && <span class="muted small" data-testid="note-edited">{t('noteEdited', new Date(editedAt).toLocaleString())}</span>}
        <button type="button" class="btn small" onClick={() => { setDraft(noteText(note)); setEditing(true); }} data-testid="note-edit-button">{t('noteEdit')}</button>
        <button type="button" class="btn small" onClick={() => void remove()} data-testid="note-delete">{t('noteDelete')}</button>
      </div>
    </div>
  );
}

/** "Note deleted. Undo" in place, for views without toasts (the popup and the side panel). */
export function NoteUndo({ note, onDone }: { note: Activity; onDone: () => void }) {
  const undo = async () => {
    await send('notes.restore', { note });
    onDone();
  };
  return (
    <p class="alert ok row" role="status" data-testid="note-deleted">
      <span class="grow">{t('noteDeleted')}</span>
      <button type="button" class="btn small" onClick={() => void undo()} data-testid="note-undo">{t('noteUndo')}</button>
    </p>
  );
}
