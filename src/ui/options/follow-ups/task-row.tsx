// One follow-up: mark done (with Undo), reopen, or move to another time.
import { useId, useState } from 'preact/hooks';
import type { FollowUpTask, SnoozeChoice } from '../../../domain/tasks';
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
  const snooze = (until: SnoozeChoice) => act(async () => {
    const { task: moved } = await send('tasks.snooze', { id: task.id, until });
    notify({ message: t('opt_taskSnoozed', formatDateTime(moved.dueAt)), kind: 'ok', undo: () => send('tasks.reschedule', { id: task.id, dueAt: task.dueAt }) });
  });
  const remove = () => act(async () => {
    await send('tasks.delete', { id: task.id });
    notify({ message: t('opt_taskDeleted', task.title), undo: () => send('tasks.create', { prospectId: task.prospectId, title: task.title, dueAt: task.dueAt }) });
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
            <span class="row" role="group" aria-label={t('opt_snoozeLabel')}>
              <button type="button" class="btn small" onClick={() => void snooze('hour')} data-testid="task-snooze-hour">{t('opt_snoozeHour')}</button>
              <button type="button" class="btn small" onClick={() => void snooze('tomorrow')} data-testid="task-snooze-tomorrow">{t('opt_snoozeTomorrow')}</button>
            </span>
            <button type="button" class="btn small" aria-expanded={rescheduling} onClick={() => setRescheduling((r) => !r)}>{t('opt_reschedule')}</button>
          </>
        )}
        <button type="button" class="btn small ghost" onClick={() => void remove()} data-testid="task-delete">{t('opt_delete')}</button>
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
