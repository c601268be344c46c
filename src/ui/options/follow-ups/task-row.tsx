// One follow-up: mark done (with Undo), reopen, or move to another time.
import { useId, useState } from 'preact/hooks';
import type { FollowUpTask } from '../../../domain/tasks';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { formatDateTime, fromDateTimeLocal, toDateTimeLocal } from '../shared/format';
import { routeHref } from '../router';
import { useAction, useToast } from '../shared/toast';

export function TaskRow(props: { task: FollowUpTask; now: number; prospectName?: string | undefined }) {
  const { task } = props;
  const [rescheduling, setRescheduling] = useState(false);
  const [due, setDue] = useState(() => toDateTimeLocal(task.dueAt));
  const { notify } = useToast();
  const act = useAction();
  const id = useId();
  const overdue = !task.done && task.dueAt < props.now;

  const setDone = (done: boolean) => act(async () => {
    await send('tasks.setDone', { id: task.id, done });
    if (done) notify({ message: t('opt_taskDone', task.title), undo: () => send('tasks.setDone', { id: task.id, done: false }) });
  });
  const reschedule = (e: Event) => {
    e.preventDefault();
    const dueAt = fromDateTimeLocal(due);
    if (dueAt === undefined) return;
    void act(async () => {
      await send('tasks.reschedule', { id: task.id, dueAt });
      setRescheduling(false);
      notify({ message: t('opt_taskRescheduled', formatDateTime(dueAt)), kind: 'ok' });
    });
  };

  return (
    <li class={`task ${task.done ? 'done' : ''} ${overdue ? 'overdue' : ''}`} data-testid="task">
      <div class="row wrap">
        <div class="grow">
          <strong class={task.done ? 'strike' : ''}>{task.title}</strong>
          {props.prospectName && <> · <a href={routeHref({ name: 'prospect', id: task.prospectId })}>{props.prospectName}</a></>}
          <div class="muted small">
            {overdue && <span class="badge warn">{t('opt_overdue')}</span>} {t('opt_dueAt', formatDateTime(task.dueAt))}
          </div>
        </div>
        {task.done ? (
          <button type="button" class="btn small" onClick={() => void setDone(false)}>{t('opt_reopen')}</button>
        ) : (
          <>
            <button type="button" class="btn small primary" onClick={() => void setDone(true)} data-testid="task-done">{t('opt_markDone')}</button>
            <button type="button" class="btn small" aria-expanded={rescheduling} onClick={() => setRescheduling((r) => !r)}>{t('opt_reschedule')}</button>
          </>
        )}
      </div>
      {rescheduling && (
        <form class="row" onSubmit={reschedule}>
          <label for={id} class="sr-only">{t('opt_newDueDate')}</label>
          <input id={id} type="datetime-local" value={due} onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} required />
          <button type="submit" class="btn small primary">{t('opt_save')}</button>
        </form>
      )}
    </li>
  );
}
