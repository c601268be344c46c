// The popup's and side panel's notes card: add a note, and the newest few with Edit and Delete (undo in place).
import { useState } from 'preact/hooks';
import type { Activity } from '../../domain/activity';
import { t } from '../shared/i18n';
import { NoteBody, NoteComposer, NoteUndo } from '../shared/notes';
import { store } from '../shared/store';
import { useLiveQuery } from '../shared/use-live-query';

const SHOWN = 3;

export function ProspectNotes({ prospectId }: { prospectId: string }) {
  const notes = useLiveQuery(() => store.notesOf(prospectId), [prospectId], [] as Activity[]);
  const [deleted, setDeleted] = useState<Activity | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section class="card stack" aria-labelledby="notes-heading" data-testid="prospect-notes">
      <h3 id="notes-heading">{t('notesHeading')}</h3>
      <NoteComposer prospectId={prospectId} />
      {deleted && <NoteUndo note={deleted} onDone={() => setDeleted(null)} />}
      {error && <p class="alert error" role="alert">{error}</p>}
      {notes.length === 0 ? <p class="muted small">{t('notesEmpty')}</p> : (
        <ol class="notes-list">
          {notes.slice(0, SHOWN).map((note) => (
            <li key={note.id} class="note-item" data-testid="note-item">
              <time class="muted small" dateTime={new Date(note.at).toISOString()}>{new Date(note.at).toLocaleString()}</time>
              <NoteBody note={note} onDeleted={setDeleted} onError={setError} />
            </li>
          ))}
        </ol>
      )}
      {notes.length > SHOWN && <p class="muted small">{t('notesMore', notes.length - SHOWN)}</p>}
    </section>
  );
}
