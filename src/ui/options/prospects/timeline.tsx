// Everything that happened to a prospect, newest first, 30 at a time. A merge or an edit shows each field's old and new value
// (a merge can be undone here); notes are added, edited and deleted (with undo) here.
import { useState } from 'preact/hooks';
import { mergeChanges, type Activity } from '../../../domain/activity';
import type { FieldChange } from '../../../domain/merge';
import type { Location } from '../../../domain/prospect';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { formatDateTime } from '../shared/format';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';
import { CallActions, CallForm } from '../calls/call-form';
import { NoteBody, NoteComposer } from '../../shared/notes';

const STEP = 30;

/** A field value as one line of plain text: lists joined, phones by number, places by their parts. */
function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return t('opt_valueEmpty');
  if (Array.isArray(value)) return value.length ? value.map((item) => (item && typeof item === 'object' && 'number' in item ? String(item.number) : showValue(item))).join(', ') : t('opt_valueEmpty');
  if (typeof value === 'object') {
    const place = value as Location;
    const parts = 'city' in place || 'region' in place || 'country' in place || 'raw' in place
      ? [place.city, place.region, place.country, place.city || place.region || place.country ? undefined : place.raw]
      : Object.values(value as Record<string, unknown>);
    return parts.filter((v) => v !== undefined && v !== '').map(String).join(', ') || t('opt_valueEmpty');
  }
  return String(value);
}

/** Seniority and department by their label ("VP", "Sales"); everything else as showValue. */
function showFieldValue(field: string, value: unknown): string {
  return (field === 'seniority' || field === 'department') && typeof value === 'string' && value ? t(`${field}_${value}`) : showValue(value);
}

/** A prospect field's name for people ("Title", "Company domain"), else its name in the data. */
function fieldLabel(field: string): string {
  const key = `opt_changedField_${field}`;
  const label = t(key);
  return label && label !== key ? label : field;
}

/** Each changed field with its old value struck through and its new value: merges, imports and edits alike. */
function ChangeList({ changes }: { changes: readonly FieldChange[] }) {
  if (changes.length === 0) return null;
  return (
    <dl class="changes" data-testid="merge-changes">
      {changes.map((c) => (
        <div key={c.field} class="change">
          <dt>{fieldLabel(c.field)}</dt>
          <dd><del>{showFieldValue(c.field, c.before)}</del> → <ins>{showFieldValue(c.field, c.after)}</ins></dd>
        </div>
      ))}
    </dl>
  );
}

function MergeDetails({ entry }: { entry: Activity }) {
  const changes = mergeChanges(entry);
  const undone = typeof entry.data?.undoneAt === 'number';
  const { notify } = useToast();
  const act = useAction();
  const undo = () => act(async () => {
    const { reverted, kept } = await send('prospects.undoMerge', { activityId: entry.id });
    notify({ message: kept.length ? t('opt_mergeUndoneKept', reverted.length, kept.join(', ')) : t('opt_mergeUndone'), kind: 'ok' });
  });
  return (
    <div class="stack merge-details">
      <ChangeList changes={changes} />
      {undone ? <span class="muted small">{t('opt_mergeWasUndone', formatDateTime(entry.data!.undoneAt as number))}</span> : (changes.length > 0 || entry.data?.addedSource) ? (
        <div><button type="button" class="btn small" onClick={() => void undo()} data-testid="undo-merge">{t('opt_undoMerge')}</button></div>
      ) : null}
    </div>
  );
}

export function Timeline({ prospectId }: { prospectId: string }) {
  const [limit, setLimit] = useState(STEP);
  const entries = useLiveQuery(() => repos.activities().timeline(prospectId, limit + 1), [prospectId, limit], [] as Activity[]);
  const shown = entries.slice(0, limit);
  const [editing, setEditing] = useState<string | null>(null);
  const { notify } = useToast();
  const noteDeleted = (note: Activity) => notify({ message: t('noteDeleted'), undo: () => send('notes.restore', { note }) });
  return (
    <section class="card stack" aria-labelledby="timeline-heading" data-testid="timeline">
      <h2 id="timeline-heading">{t('opt_timeline')}</h2>
      <NoteComposer prospectId={prospectId} onError={(message) => notify({ message, kind: 'error' })} />
      {shown.length === 0 ? <p class="muted">{t('opt_timelineEmpty')}</p> : (
        <ol class="timeline">
          {shown.map((a) => (
            <li key={a.id} class={`timeline-item kind-${a.kind}`} data-testid={`timeline-${a.kind}`}>
              <span class="badge">{t(`opt_activity_${a.kind}`) || a.kind}</span>
              {a.kind === 'note' ? <span class="grow" /> : <span class="grow">{a.summary}</span>}
              <time class="muted nowrap" dateTime={new Date(a.at).toISOString()}>{formatDateTime(a.at)}</time>
              {a.kind === 'note' && <NoteBody note={a} onDeleted={noteDeleted} onError={(message) => notify({ message, kind: 'error' })} />}
              {a.kind === 'updated' && <div class="merge-details"><ChangeList changes={mergeChanges(a)} /></div>}
              {(a.kind === 'merge' || (a.kind === 'import' && mergeChanges(a).length > 0)) && <MergeDetails entry={a} />}
              {typeof a.data?.callId === 'string' && <TimelineCall callId={a.data.callId} editing={editing === a.id} onEdit={(on) => setEditing(on ? a.id : null)} />}
            </li>
          ))}
        </ol>
      )}
      {entries.length > limit && (
        <button type="button" class="btn small" onClick={() => setLimit((n) => n + STEP)}>{t('opt_showOlder')}</button>
      )}
    </section>
  );
}

/** A call on the timeline can be corrected or deleted right there. */
function TimelineCall({ callId, editing, onEdit }: { callId: string; editing: boolean; onEdit: (on: boolean) => void }) {
  const call = useLiveQuery(() => repos.calls().get(callId), [callId]);
  if (!call) return null;
  return editing
    ? <div class="timeline-edit"><CallForm call={call} onClose={() => onEdit(false)} /></div>
    : <CallActions call={call} onEdit={() => onEdit(true)} />;
}
