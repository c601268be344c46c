// Restores a Segue JSON backup. The whole file is checked first; then everything is written in one transaction.
import * as v from 'valibot';
import { ACTIVITY_KINDS } from '../../domain/activity';
import { TEAM_ROLES } from '../../domain/handoff/team';
import { HandoffSchema } from '../../domain/handoff/handoff-file';
import { ALL_TABLES, taskToStored, toStored, type ProspectRecord, type SegueDatabase } from '../database';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type Backup } from '../export/backup-format';
import { ProspectRecordSchema } from '../../domain/prospect-schema';
import { validateSegments } from '../../domain/segments/segment-schema';
import { formatPath, summarizeIssues, toValidationIssue, type ValidationIssue } from '../../domain/validation';
import type { SettingKey } from '../settings-repo';
import type { FollowUpTask } from '../../domain/tasks';
import { decodeInput } from './decode';
import { NotesRepo, takeNotes } from '../notes-repo';

const id = v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'));
const time = v.pipe(v.number('must be epoch milliseconds'), v.finite('must be epoch milliseconds'));
const text = v.string('must be text');
const optionalTime = v.optional(time);
const list = (item: v.GenericSchema) => v.array(item, 'must be a list');

const CallSchema = v.looseObject({
  id, prospectId: id, startedAt: time, endedAt: optionalTime, durationSec: v.pipe(v.number('must be a number'), v.minValue(0, 'must be 0 or more')),
  outcome: text, notes: text, nextStep: v.optional(text), followUpAt: optionalTime, createdAt: time,
}, 'must be an object');
const TaskSchema = v.looseObject({
  id, prospectId: id, title: text, dueAt: time, done: v.boolean('must be true or false'), doneAt: optionalTime, notifiedAt: optionalTime, createdAt: time,
}, 'must be an object');
const ActivitySchema = v.looseObject({
  id, prospectId: id, at: time, kind: v.picklist(ACTIVITY_KINDS, `must be one of: ${ACTIVITY_KINDS.join(', ')}`), summary: text,
}, 'must be an object');

/** Known settings have a checked value; a key this version does not know is kept as it is (it is never read). */
const SETTING_VALUES: Record<SettingKey, v.GenericSchema> = {
  sender: v.looseObject({ name: v.optional(text), title: v.optional(text), company: v.optional(text), signature: v.optional(text), meetingLink: v.optional(text) }, 'must be an object'),
  callOutcomes: v.pipe(
    list(v.looseObject({ key: v.pipe(text, v.regex(/^[a-z0-9_]{1,40}$/, 'must be 1–40 lower-case letters, digits or _')), label: text, connect: v.boolean('must be true or false') }, 'must be an object')),
    v.minLength(1, 'must list at least one outcome'),
  ),
  lastBackupAt: v.nullable(time),
  onboarding: v.record(v.string(), v.boolean('must be true or false'), 'must be an object'),
  starterSegmentsSeeded: v.boolean('must be true or false'),
  team: list(v.looseObject({ id: text, name: text, email: v.optional(text), role: v.picklist(TEAM_ROLES, 'must be marketing or rep'), isMe: v.optional(v.boolean('must be true or false')) }, 'must be an object')),
  returnReasons: v.pipe(list(v.looseObject({ key: v.pipe(text, v.minLength(1, 'must not be empty')), label: text }, 'must be an object')), v.minLength(1, 'must list at least one reason')),
  stageRules: v.record(v.string(), v.boolean('must be true or false'), 'must be an object'),
};

const SettingSchema = v.pipe(
  v.looseObject({ key: text, value: v.unknown() }, 'must be an object'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const schema = (SETTING_VALUES as Record<string, v.GenericSchema | undefined>)[dataset.value.key];
    const result = schema && v.safeParse(schema, dataset.value.value);
    if (result && !result.success) {
      for (const issue of result.issues) addIssue({ message: issue.message, path: [{ type: 'object', origin: 'value', input: dataset.value, key: 'value', value: dataset.value.value }, ...(issue.path ?? [])] as never });
    }
  }),
);

/** Everything but the segments, which validateSegments checks (the editor's own checks, semantics included). */
const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: text,
  prospects: list(ProspectRecordSchema),
  segments: list(v.unknown()),
  calls: list(CallSchema),
  tasks: list(TaskSchema),
  activities: list(ActivitySchema),
  settings: list(SettingSchema),
  handoffs: v.optional(list(HandoffSchema), []),
}, (issue) => (issue.input === undefined ? 'required' : 'must be an object'));

export class BackupFormatError extends Error {
  /** Each problem with the path of its field; empty when the file as a whole is not a backup. */
  readonly issues: ValidationIssue[];

  constructor(message: string, issues: ValidationIssue[] = []) {
    super(message);
    this.name = 'BackupFormatError';
    this.issues = issues;
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
  const parsed = v.safeParse(BackupSchema, data, { abortPipeEarly: true });
  const issues: ValidationIssue[] = parsed.success ? [] : parsed.issues.map((issue) => toValidationIssue(issue));
  const rawSegments = (data as { segments?: unknown }).segments;
  const segments = Array.isArray(rawSegments) ? validateSegments(rawSegments, ['segments']) : undefined;
  if (segments && !segments.ok) issues.push(...segments.issues);
  if (parsed.success) issues.push(...duplicateIds(parsed.output));
  if (issues.length || !parsed.success || !segments?.ok) {
    throw new BackupFormatError(`The backup is damaged: ${summarizeIssues(issues)}.`, issues);
  }
  // The segments as validated (trimmed, cleaned): what the editor would have saved.
  const backup = { ...parsed.output, segments: segments.segments } as unknown as Backup;
  return backup;
}

function duplicateIds(backup: Record<(typeof BACKUP_TABLES)[number], unknown[]>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const table of BACKUP_TABLES) {
    const seen = new Map<string, number>();
    backup[table].forEach((row, i) => {
      const key = String((row as { id?: unknown; key?: unknown }).id ?? (row as { key?: unknown }).key);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else issues.push({ path: formatPath([table, i, table === 'settings' ? 'key' : 'id']), message: `${table === 'activities' ? 'activity' : table.replace(/s$/, '')} ${table === 'settings' ? 'key' : 'id'} ${key} appears twice (also at ${formatPath([table, first])})` });
    });
  }
  return issues;
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
    await db.handoffs.bulkPut(backup.handoffs ?? []);
    // A backup from before notes were a history still has a notes text: it becomes the first note. Every restored
    // prospect's note words are then derived again from its notes, never trusted from the file.
    const notes = new NotesRepo(db);
    for (const prospect of backup.prospects as ProspectRecord[]) {
      const { note } = takeNotes({ ...prospect, segmentIds: [] }, prospect.createdAt);
      if (note) {
        await db.activities.add(note);
        await db.prospects.update(prospect.id, { notes: '' });
      }
      await notes.refreshTokens(prospect.id);
    }
  });
  return {
    prospects: backup.prospects.length, segments: backup.segments.length, calls: backup.calls.length,
    tasks: backup.tasks.length, activities: backup.activities.length, settings: backup.settings.length,
  };
}
