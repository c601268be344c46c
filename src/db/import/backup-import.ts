// Restores a Segue JSON backup. The whole file is checked first; then everything is written in one transaction.
import * as v from 'valibot';
import { ACTIVITY_KINDS } from '../../domain/activity';
import { STAGES } from '../../domain/prospect';
import { ALL_TABLES, taskToStored, toStored, type ProspectRecord, type SegueDatabase } from '../database';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../export/backup-format';
import type { FollowUpTask } from '../../domain/tasks';
import { decodeInput } from './decode';

const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const time = v.pipe(v.number(), v.finite());

const ProspectSchema = v.looseObject({
  id, fullName: v.string(), stage: v.picklist(STAGES), emails: v.array(v.string()),
  phones: v.array(v.looseObject({ number: v.string() })), profiles: v.record(v.string(), v.string()),
  tags: v.array(v.string()), notes: v.string(),
  source: v.looseObject({ url: v.string(), site: v.string(), capturedAt: time }),
  sources: v.array(v.looseObject({ url: v.string(), site: v.string(), capturedAt: time })),
  fieldSources: v.record(v.string(), v.string()), createdAt: time, updatedAt: time,
  segmentIds: v.optional(v.array(v.string())),
});

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.string(),
  prospects: v.array(ProspectSchema),
  segments: v.array(v.looseObject({ id, priority: v.number() })),
  calls: v.array(v.looseObject({ id, prospectId: id, startedAt: time, durationSec: v.number(), outcome: v.string(), notes: v.string(), createdAt: time })),
  tasks: v.array(v.looseObject({ id, prospectId: id, title: v.string(), dueAt: time, done: v.boolean(), createdAt: time })),
  activities: v.array(v.looseObject({ id, prospectId: id, at: time, kind: v.picklist(ACTIVITY_KINDS), summary: v.string() })),
  settings: v.array(v.looseObject({ key: v.string(), value: v.unknown() })),
});

export class BackupFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFormatError';
  }
}

export interface BackupImportSummary {
  prospects: number;
  segments: number;
  calls: number;
  tasks: number;
  activities: number;
  settings: number;
}

/** Checks a backup file and returns it typed, or throws BackupFormatError saying what is wrong. */
export function parseBackup(input: string | Uint8Array | ArrayBuffer): Backup {
  const decoded = decodeInput(input);
  if (!decoded.ok) throw new BackupFormatError(decoded.error);
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch {
    throw new BackupFormatError('The file is not valid JSON, so it is not a Segue backup.');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupFormatError('This file is not a Segue backup (it has no "format": "segue-backup").');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupFormatError('This Segue backup has no valid format version.');
  }
  if (version > BACKUP_VERSION) {
    throw new BackupFormatError(`This backup was made by a newer version of Segue (backup format ${version}; this version reads up to ${BACKUP_VERSION}). Update Segue, then restore it.`);
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) {
    const details = parsed.issues.slice(0, 5).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    throw new BackupFormatError(`The backup is damaged: ${details.join('; ')}${parsed.issues.length > 5 ? ` (and ${parsed.issues.length - 5} more)` : ''}.`);
  }
  const backup = parsed.output as unknown as Backup;
  const ids = new Set<string>();
  for (const p of backup.prospects) {
    if (ids.has(p.id)) throw new BackupFormatError(`The backup is damaged: prospect id ${p.id} appears twice.`);
    ids.add(p.id);
  }
  return backup;
}

/**
 * Restores a backup, replacing everything stored (mode 'replace', the default) or adding to it and overwriting
 * rows with the same id (mode 'upsert'). One transaction: a failure leaves the database as it was.
 */
export async function importBackup(db: SegueDatabase, input: string | Uint8Array | ArrayBuffer, options: { mode?: 'replace' | 'upsert' } = {}): Promise<BackupImportSummary> {
  const backup = parseBackup(input);
  await db.transaction('rw', ALL_TABLES.map((name) => db.table(name)), async () => {
    if ((options.mode ?? 'replace') === 'replace') for (const name of ALL_TABLES) await db.table(name).clear();
    await db.prospects.bulkPut(backup.prospects.map((p: ProspectRecord) => toStored({ ...p, segmentIds: p.segmentIds ?? [] })));
    await db.segments.bulkPut(backup.segments);
    await db.calls.bulkPut(backup.calls);
    await db.tasks.bulkPut(backup.tasks.map((t: FollowUpTask) => taskToStored(t)));
    await db.activities.bulkPut(backup.activities);
    await db.settings.bulkPut(backup.settings);
  });
  return {
    prospects: backup.prospects.length, segments: backup.segments.length, calls: backup.calls.length,
    tasks: backup.tasks.length, activities: backup.activities.length, settings: backup.settings.length,
  };
}
