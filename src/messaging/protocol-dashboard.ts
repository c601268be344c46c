// Messages the dashboard (options page) sends to the background: writes to the prospects, segments, settings,
// imports and exports. Part of the one Protocol map in protocol.ts. The dashboard reads Dexie directly.
import type { BulkChange, UndoToken } from '../db/prospects-repo';
import type { ProspectRecord } from '../db/database';
import type { SenderProfile } from '../db/settings-repo';
import type { Call, CallOutcomeOption } from '../domain/calls';
import type { CallEdit, RemovedCall } from '../db/calls-repo';
import type { ProspectFields, Stage } from '../domain/prospect';
import type { Segment } from '../domain/segments/segment-schema';
import type { FollowUpTask, SnoozeChoice } from '../domain/tasks';

/** Header → import target (a field name) or null to ignore the column. */
export type CsvColumnMapping = Record<string, string | null>;

/** What the background writes to `browser.storage.session[IMPORT_PROGRESS_KEY]` while an import runs. */
export interface ImportProgress {
  jobId: string;
  kind: 'csv' | 'backup';
  phase: 'running' | 'done' | 'failed';
  /** Rows handled so far and rows to handle (valid rows only). */
  done: number;
  total: number;
  created: number;
  merged: number;
  /** Rows that matched a stored prospect and brought nothing new. */
  unchanged: number;
  /** Rows with errors, not imported. */
  skipped: number;
  /** Backup restores: segments and calls restored. */
  segments?: number;
  calls?: number;
  /** Set when phase is 'failed'. */
  error?: string;
  /**
   * Failed because the service worker running it was stopped (its one transaction rolled back, nothing written):
   * the page offers to run it again.
   */
  interrupted?: boolean;
  startedAt: number;
  finishedAt?: number;
}

export const IMPORT_PROGRESS_KEY = 'importProgress';

/** Changed prospect fields; null clears a field (messages travel as JSON, which drops undefined). */
export type ProspectPatch = { [K in keyof ProspectFields]?: ProspectFields[K] | null };

export interface SegmentIssueDto {
  path: string;
  message: string;
}

export type SegmentSaveResponse =
  | { ok: true; segment: Segment; rematched: number }
  | { ok: false; issues: SegmentIssueDto[] };

export type SegmentImportResponse =
  | { ok: true; added: number; changed: number; rematched: number }
  | { ok: false; issues: SegmentIssueDto[] };

export interface DashboardProtocol {
  /** Edit a prospect's fields (marked as the rep's own) and/or stage; its segments are matched again. */
  'prospects.update': {
    request: { id: string; patch: ProspectPatch; stage?: Stage };
    response: { prospect: ProspectRecord };
  };
  /** Change stage and/or tags of many prospects at once; the token undoes it. */
  'prospects.bulkUpdate': { request: { ids: string[]; change: BulkChange }; response: { updated: number; undo: UndoToken } };
  /** Delete prospects with their calls, follow-ups and timeline; the token undoes it. */
  'prospects.bulkDelete': { request: { ids: string[] }; response: { deleted: number; undo: UndoToken } };
  /** Undo a merge from the prospect's timeline (fields changed since are kept); its segments are matched again. */
  'prospects.undoMerge': { request: { activityId: string }; response: { prospect: ProspectRecord; reverted: string[]; kept: string[] } };
  /** Put back what a bulk update or delete changed. */
  'prospects.restore': { request: { undo: UndoToken }; response: { restored: number } };

  /** Validate and save a segment, then match every prospect against the segments again (in pages). */
  'segments.save': { request: { segment: unknown }; response: SegmentSaveResponse };
  /** Delete a segment; the response holds it, so `segments.save` can restore it. */
  'segments.delete': { request: { id: string }; response: { segment: Segment | null; rematched: number } };
  /**
   * Add or replace segments from a segment file (ours, or a bare list), all or nothing: every segment is checked
   * first and the issues name their fields. Then every prospect is matched again.
   */
  'segments.import': { request: { segments: unknown }; response: SegmentImportResponse };
  /** Replace every segment with the starter set. */
  'segments.resetStarter': { request: Record<string, never>; response: { segments: number; rematched: number } };

  'settings.setSender': { request: { sender: SenderProfile }; response: { sender: SenderProfile } };
  'settings.setCallOutcomes': { request: { outcomes: CallOutcomeOption[] }; response: { outcomes: CallOutcomeOption[] } };
  /** Remember that a full backup was downloaded just now. */
  'settings.markBackup': { request: { at: number }; response: { lastBackupAt: number } };

  /** Start importing a CSV in the background; progress goes to storage.session under IMPORT_PROGRESS_KEY. */
  'data.importCsv': { request: { text: string; mapping: CsvColumnMapping; fileName?: string }; response: { jobId: string; total: number } };
  /** Start restoring a JSON backup (same progress reporting). */
  'data.importBackup': { request: { text: string; mode?: 'replace' | 'upsert' }; response: { jobId: string; total: number } };
  /** Delete everything Segue stores. The request must carry the word the rep typed. */
  'data.clearAll': { request: { confirm: 'DELETE' }; response: { cleared: true } };

  /** Log a call made earlier (not timed by Segue): when it started, how long it took, the outcome and notes. */
  'calls.log': {
    request: { prospectId: string; startedAt: number; durationSec: number; outcome: string; notes?: string; nextStep?: string };
    response: { call: Call };
  };
  /** Correct a logged call; its timeline entry follows. */
  'calls.update': { request: { id: string; patch: CallEdit }; response: { call: Call } };
  /** Delete a logged call with its timeline entry; `undo` puts both back through calls.restore. */
  'calls.delete': { request: { id: string }; response: { undo: RemovedCall } };
  'calls.restore': { request: { undo: RemovedCall }; response: { restored: true } };

  'tasks.create': { request: { prospectId: string; title: string; dueAt: number }; response: { task: FollowUpTask } };
  'tasks.setDone': { request: { id: string; done: boolean }; response: { task: FollowUpTask } };
  'tasks.reschedule': { request: { id: string; dueAt: number }; response: { task: FollowUpTask } };
  /** Move a follow-up to an hour from now or tomorrow 9:00 local; its reminder shows again then. */
  'tasks.snooze': { request: { id: string; until: SnoozeChoice }; response: { task: FollowUpTask } };
  'tasks.delete': { request: { id: string }; response: { deleted: true } };
}
