// The one database each extension context (service worker, popup, dashboard, side panel) opens, with its repositories.
import { SegueDatabase } from './database';
import { ProspectsRepo } from './prospects-repo';
import { SegmentsRepo } from './segments-repo';
import { SettingsRepo } from './settings-repo';

let instance: SegueDatabase | null = null;

export function database(): SegueDatabase {
  instance ??= new SegueDatabase('segue');
  return instance;
}

export function prospectsRepo(): ProspectsRepo {
  return new ProspectsRepo(database());
}

export function segmentsRepo(): SegmentsRepo {
  return new SegmentsRepo(database());
}

export function settingsRepo(): SettingsRepo {
  return new SettingsRepo(database());
}
