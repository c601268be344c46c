// The full-backup file format. Bump BACKUP_VERSION (and teach the importer the old one) whenever the shape changes.
import type { Activity } from '../../domain/activity';
import type { Call } from '../../domain/calls';
import type { Segment } from '../../domain/segments/segment-schema';
import type { FollowUpTask } from '../../domain/tasks';
import type { ProspectRecord, SettingRow } from '../database';
import type { Handoff } from '../../domain/handoff/handoff';

export const BACKUP_FORMAT = 'segue-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  prospects: ProspectRecord[];
  segments: Segment[];
  calls: Call[];
  tasks: FollowUpTask[];
  activities: Activity[];
  settings: SettingRow[];
  /** Absent in backups made before hand-offs existed. */
  handoffs?: Handoff[];
}

/** Table order in the file; also the order the importer writes them. */
export const BACKUP_TABLES = ['prospects', 'segments', 'calls', 'tasks', 'activities', 'settings', 'handoffs'] as const;
