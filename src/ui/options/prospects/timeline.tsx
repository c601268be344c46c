// Everything that happened to a prospect, newest first, 30 at a time.
import { useState } from 'preact/hooks';
import type { Activity } from '../../../domain/activity';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { formatDateTime } from '../shared/format';
import { repos } from '../shared/repos';
import { CallActions, CallForm } from '../calls/call-form';

const STEP = 30;

export function Timeline({ prospectId }: { prospectId: string }) {
  const [limit, setLimit] = useState(STEP);
  const entries = useLiveQuery(() => repos.activities().timeline(prospectId, limit + 1), [prospectId, limit], [] as Activity[]);
  const shown = entries.slice(0, limit);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section class="card stack" aria-labelledby="timeline-heading" data-testid="timeline">
      <h2 id="timeline-heading">{t('opt_timeline')}</h2>
      {shown.length === 0 ? <p class="muted">{t('opt_timelineEmpty')}</p> : (
        <ol class="timeline">
          {shown.map((a) => (
            <li key={a.id} class={`timeline-item kind-${a.kind}`}>
              <span class="badge">{t(`opt_activity_${a.kind}`) || a.kind}</span>
              <span class="grow">{a.summary}</span>
              <time class="muted nowrap" dateTime={new Date(a.at).toISOString()}>{formatDateTime(a.at)}</time>
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
