// This prospect's follow-ups, and a quick form to add one.
import { useState } from 'preact/hooks';
import type { FollowUpTask } from '../../../domain/tasks';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { fromDateTimeLocal, toDateTimeLocal } from '../shared/format';
import { repos } from '../shared/repos';
import { TextField } from '../shared/text-field';
import { useAction } from '../shared/toast';
import { TaskRow } from '../follow-ups/task-row';

const tomorrowMorning = () => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(9, 0, 0, 0);
  return d.getTime();
};

export function ProspectFollowUps({ prospectId }: { prospectId: string }) {
  const tasks = useLiveQuery(() => repos.tasks().forProspect(prospectId), [prospectId], [] as FollowUpTask[]);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(() => toDateTimeLocal(tomorrowMorning()));
  const [error, setError] = useState<string | undefined>();
  const act = useAction();
  const now = Date.now();

  const add = (e: Event) => {
    e.preventDefault();
    const dueAt = fromDateTimeLocal(due);
    if (!title.trim()) return setError(t('opt_errTaskTitle'));
    if (dueAt === undefined) return setError(t('opt_errDate'));
    setError(undefined);
    void act(async () => {
      await send('tasks.create', { prospectId, title: title.trim(), dueAt });
      setTitle('');
    });
  };

  return (
    <section class="card stack" aria-labelledby="prospect-tasks-heading" data-testid="prospect-follow-ups">
      <h2 id="prospect-tasks-heading">{t('opt_nav_follow_ups')}</h2>
      {tasks.length === 0 ? <p class="muted">{t('opt_noTasksForProspect')}</p> : (
        <ul class="task-list">{tasks.map((task) => <TaskRow key={task.id} task={task} now={now} />)}</ul>
      )}
      <form class="stack" onSubmit={add}>
        <TextField label={t('opt_newTaskTitle')} value={title} onInput={setTitle} error={error} placeholder={t('opt_newTaskPlaceholder')} />
        <TextField label={t('opt_newTaskDue')} value={due} onInput={setDue} type="datetime-local" />
        <div><button type="submit" class="btn small">{t('opt_addFollowUp')}</button></div>
      </form>
    </section>
  );
}
