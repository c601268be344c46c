// Follow-ups: overdue, due today, coming up, and recently done (with undo and reschedule on each).
import type { FollowUpTask } from '../../../domain/tasks';
import { dayBounds } from '../../../domain/tasks';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { EmptyState } from '../shared/empty-state';
import { repos } from '../shared/repos';
import { TaskRow } from './task-row';

const DAY = 86_400_000;
const UPCOMING_DAYS = 30;
const DONE_DAYS = 14;

interface Groups {
  overdue: FollowUpTask[];
  today: FollowUpTask[];
  upcoming: FollowUpTask[];
  done: FollowUpTask[];
  names: Map<string, string>;
  now: number;
}

async function loadGroups(): Promise<Groups> {
  const now = Date.now();
  const { start, end } = dayBounds(now);
  const tasks = repos.tasks();
  const [due, upcoming, recent] = await Promise.all([
    tasks.dueToday(now),
    tasks.dueBetween(end, end + UPCOMING_DAYS * DAY),
    tasks.dueBetween(start - DONE_DAYS * DAY, end + UPCOMING_DAYS * DAY, { includeDone: true }),
  ]);
  const done = recent.filter((task) => task.done).sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));
  const all = [...due, ...upcoming, ...done];
  const prospects = await repos.db().prospects.bulkGet([...new Set(all.map((task) => task.prospectId))]);
  return {
    overdue: due.filter((task) => task.dueAt < start),
    today: due.filter((task) => task.dueAt >= start),
    upcoming,
    done,
    names: new Map(prospects.filter((p) => p).map((p) => [p!.id, p!.fullName])),
    now,
  };
}

function Group({ id, title, tasks, groups, empty }: { id: string; title: string; tasks: FollowUpTask[]; groups: Groups; empty: string }) {
  return (
    <section class="card stack" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title} <span class="badge">{tasks.length}</span></h2>
      {tasks.length === 0 ? <p class="muted">{empty}</p> : (
        <ul class="task-list">{tasks.map((task) => <TaskRow key={task.id} task={task} now={groups.now} prospectName={groups.names.get(task.prospectId)} />)}</ul>
      )}
    </section>
  );
}

export function FollowUpsPage() {
  const groups = useLiveQuery(loadGroups, []);
  const nothing = groups && groups.overdue.length + groups.today.length + groups.upcoming.length + groups.done.length === 0;
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('opt_nav_follow_ups')}</h1>
        <p class="muted">{t('opt_followUpsIntro')}</p>
      </header>
      {groups === undefined ? <p class="muted" role="status">{t('loading')}</p> : nothing ? (
        <EmptyState title={t('opt_noFollowUps')}><p>{t('opt_noFollowUpsHint')}</p></EmptyState>
      ) : (
        <div class="stack-lg">
          <Group id="tasks-overdue" title={t('opt_overdue')} tasks={groups.overdue} groups={groups} empty={t('opt_nothingOverdue')} />
          <Group id="tasks-today" title={t('opt_dueToday')} tasks={groups.today} groups={groups} empty={t('opt_nothingToday')} />
          <Group id="tasks-upcoming" title={t('opt_upcoming')} tasks={groups.upcoming} groups={groups} empty={t('opt_nothingUpcoming')} />
          <Group id="tasks-done" title={t('opt_recentlyDone')} tasks={groups.done} groups={groups} empty={t('opt_nothingDone')} />
        </div>
      )}
    </div>
  );
}
