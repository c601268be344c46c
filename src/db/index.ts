// One entry point for the background worker: open the database and get every repository over it.
import { ActivitiesRepo } from './activities-repo';
import { CallsRepo } from './calls-repo';
import { openDatabase, type SegueDatabase } from './database';
import { ProspectsRepo } from './prospects-repo';
import { SegmentsRepo } from './segments-repo';
import { SettingsRepo } from './settings-repo';
import { TasksRepo } from './tasks-repo';

export interface Repos {
  db: SegueDatabase;
  prospects: ProspectsRepo;
  segments: SegmentsRepo;
  calls: CallsRepo;
  tasks: TasksRepo;
  activities: ActivitiesRepo;
  settings: SettingsRepo;
}

export function reposFor(db: SegueDatabase, clock: () => number = Date.now): Repos {
  return {
    db,
    prospects: new ProspectsRepo(db, clock),
    segments: new SegmentsRepo(db),
    calls: new CallsRepo(db, clock),
    tasks: new TasksRepo(db, clock),
    activities: new ActivitiesRepo(db, clock),
    settings: new SettingsRepo(db),
  };
}

export async function openRepos(name = 'segue'): Promise<Repos> {
  return reposFor(await openDatabase(name));
}
