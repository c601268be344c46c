// The repositories the dashboard reads from (it reads Dexie directly; writes go to the background).
import { ActivitiesRepo } from '../../../db/activities-repo';
import { CallsRepo } from '../../../db/calls-repo';
import { database, prospectsRepo, segmentsRepo, settingsRepo } from '../../../db/default-database';
import { TasksRepo } from '../../../db/tasks-repo';

export const repos = {
  db: database,
  prospects: prospectsRepo,
  segments: segmentsRepo,
  settings: settingsRepo,
  calls: () => new CallsRepo(database()),
  tasks: () => new TasksRepo(database()),
  activities: () => new ActivitiesRepo(database()),
};
