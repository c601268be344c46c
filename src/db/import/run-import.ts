// Writes previewed rows: one transaction for the whole file, in chunks, merging with people already stored.
import type { Activity } from '../../domain/activity';
import { describeChanges, mergeData } from '../../domain/activity';
import { createProspect, identityKeys, keyMatchHolds, mergeProspect } from '../../domain/merge';
import type { CaptureSource, FieldSource, ProspectDraft, ProspectFields } from '../../domain/prospect';
import { fromStored, newId, toStoredWithKeys, type ProspectRecord, type SegueDatabase, type StoredProspect } from '../database';
import { activity } from '../prospects-repo';
import { takeNotes } from '../notes-repo';
import type { PreviewRow, RowSource } from './preview';

/** Chunk writes queued at the database at once (each up to chunkSize rows, cloned and waiting there). */
const MAX_CHUNKS_IN_FLIGHT = 4;

export interface ImportProgress {
  done: number;
  total: number;
  created: number;
  merged: number;
}

export interface ImportOptions {
  /** Rows per read/write round trip. Default 1000. */
  chunkSize?: number;
  /** Called after each chunk (synchronously: awaiting inside the transaction would end it). */
  onProgress?: (progress: ImportProgress) => void;
  /** Shown in the timeline and kept as the capture source ("import:contacts.csv"). */
  fileName?: string;
  now?: number;
  /**
   * The segment ids of a record about to be written (created or merged). Given, every written row carries its
   * segments and no separate re-matching pass is needed; rows the import leaves unchanged keep theirs.
   */
  segmentIdsOf?: (record: ProspectRecord) => string[];
}

export interface ImportSummary {
  /** Valid rows considered. */
  total: number;
  created: number;
  /** Rows folded into a stored prospect or an earlier row of the file, changing something. */
  merged: number;
  /** Rows that matched a stored prospect and brought nothing new (re-importing a file). */
  unchanged: number;
  /** Rows with errors, not imported. */
  skipped: number;
  durationMs: number;
}

/**
 * Imports every valid row in ONE read-write transaction: if anything fails, nothing is written. `rows` may be a
 * RowSource (planImport): each chunk is then validated while the database writes the previous one.
 * Per chunk: identity keys are computed once, stored matches are found by key on the identityKeys index (key-only
 * requests, all in flight together) and read with one bulkGet, and the results are written with one bulkAdd (new prospects), one bulkPut (merged
 * ones) and one bulkAdd (timeline). Later chunks are worked out while the database writes the earlier ones.
 * A created prospect gets no timeline row of its own: its "Imported from" entry is read from its import source
 * (ActivitiesRepo.timeline); merges keep theirs, with what they changed, for Undo.
 */
export async function runImport(db: SegueDatabase, rows: readonly PreviewRow[] | RowSource, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const chunkSize = Math.max(1, options.chunkSize ?? 1000);
  const now = options.now ?? Date.now();
  const fileName = options.fileName ?? 'file.csv';
  const source: CaptureSource = { url: `import:${fileName}`, site: 'import', capturedAt: now };
  const rowSource: RowSource = 'read' in rows ? rows : { total: rows.length, read: (start, end) => rows.slice(start, end) };
  const summary: ImportSummary = { total: 0, created: 0, merged: 0, unchanged: 0, skipped: 0, durationMs: 0 };

  await db.transaction('rw', db.prospects, db.activities, async () => {
    /** Every record this import has seen or written, by identity key: later rows of the file merge into them. */
    const byKey = new Map<string, ProspectRecord>();
    /** The newest version of every record in byKey, by id. */
    const byId = new Map<string, ProspectRecord>();
    const remember = (record: ProspectRecord, keys: readonly string[] = identityKeys(record)) => {
      for (const key of keys) byKey.set(key, record);
      byId.set(record.id, record);
    };
    /** Ids of the prospects this import created, and of those it has written (a later row may merge into one). */
    const created = new Set<string>();
    const written = new Set<string>();
    /** Identity keys of records created from a row and not merged since: the row's keys, computed once. */
    const keysOfCreated = new Map<string, string[]>();
    /** Chunks written but not yet stored, oldest first, each with the progress to report once it is. */
    const inFlight: { writing: Promise<unknown>; progress: ImportProgress }[] = [];
    const settleOldest = async () => {
      const oldest = inFlight.shift()!;
      await oldest.writing;
      options.onProgress?.(oldest.progress);
    };

    // Into an empty table (a first import) there is nothing stored to look up: only earlier rows of the file.
    const storedBefore = await db.prospects.count();

    for (let start = 0; start < rowSource.total; start += chunkSize) {
      const read = rowSource.read(start, start + chunkSize);
      const chunk = read.filter((r): r is PreviewRow & { fields: ProspectFields } => Boolean(r.fields) && r.errors.length === 0);
      summary.total += chunk.length;
      summary.skipped += read.length - chunk.length;
      const keysOfRow = chunk.map((row) => row.identityKeys ?? identityKeys(row.fields));
      const unknown = [...new Set(keysOfRow.flat().filter((key) => !byKey.has(key)))];
      if (unknown.length && storedBefore > 0) {
        // Stored duplicates of the chunk in bulk: a key-only index read per key, all issued at once, then ONE read of
        // the distinct prospects found, so a person found by email, profile and name is read once. (anyOf walks one
        // cursor with a jump per key; in fake-indexeddb every jump rescans the index, making a 10k import take minutes.)
        const idsOfKey = await Promise.all(unknown.map((key) => db.prospects.where('identityKeys').equals(key).primaryKeys()));
        const missing = [...new Set(idsOfKey.flat())].filter((id) => !byId.has(id));
        const rows = missing.length ? await db.prospects.bulkGet(missing) : [];
        rows.forEach((row, i) => { if (row) byId.set(missing[i]!, fromStored(row)); });
        // Each key points to the newest version of its prospect (one this import merged already stays as merged).
        unknown.forEach((key, i) => {
          const record = idsOfKey[i]!.map((id) => byId.get(id)).find(Boolean);
          if (record) byKey.set(key, record);
        });
      }

      const writes = new Map<string, ProspectRecord>();
      const timeline: Activity[] = [];
      chunk.forEach((row, i) => {
        const draft: ProspectDraft = { fields: row.fields, fieldSources: importSources(row.fields), source };
        const match = keysOfRow[i]!
          .map((key) => ({ key, record: byKey.get(key) }))
          .find(({ key, record }) => record && keyMatchHolds(key, record, row.fields))?.record;
        if (!match) {
          const record: ProspectRecord = { ...createProspect(draft, newId(), now), segmentIds: [] };
          if (row.stage) record.stage = row.stage;
          summary.created++;
          created.add(record.id);
          keysOfCreated.set(record.id, keysOfRow[i]!);
          writes.set(record.id, record);
          // A new record's identity keys are those of the row it was made from.
          remember(record, keysOfRow[i]);
          return;
        }
        const { prospect, changes } = mergeProspect(match, draft, now);
        if (changes.length === 0) {
          summary.unchanged++;
          return;
        }
        const record: ProspectRecord = { ...prospect, segmentIds: match.segmentIds };
        if (match.nextFollowUpAt !== undefined) record.nextFollowUpAt = match.nextFollowUpAt;
        summary.merged++;
        keysOfCreated.delete(record.id);
        timeline.push(activity(record.id, now, 'import', `${describeChanges(changes)} from ${fileName}`, { ...mergeData(match, changes, source) }));
        writes.set(record.id, record);
        // Keys the merged record had before keep pointing to the newest version of it.
        for (const key of identityKeys(match)) if (byKey.get(key)?.id === record.id) byKey.set(key, record);
        remember(record);
      });

      const added: StoredProspect[] = [];
      const replaced: StoredProspect[] = [];
      for (const record of writes.values()) {
        if (options.segmentIdsOf) record.segmentIds = options.segmentIdsOf(record);
        // The notes column becomes each prospect's newest note.
        const { record: kept, note } = takeNotes(record, now);
        if (note) timeline.push(note);
        (created.has(kept.id) && !written.has(kept.id) ? added : replaced).push(toStoredWithKeys(kept, keysOfCreated.get(kept.id) ?? identityKeys(kept)));
        written.add(kept.id);
      }

      // Up to MAX_CHUNKS_IN_FLIGHT chunks are queued at the database, so it never waits for this thread between
      // chunks (awaiting each chunk's write before issuing the next made the import 15-30% slower). Requests of one
      // transaction run in order, so a later chunk's reads and merges see the earlier chunks' writes.
      if (inFlight.length >= MAX_CHUNKS_IN_FLIGHT) await settleOldest();
      const writing = Promise.all([
        added.length ? db.prospects.bulkAdd(added) : undefined,
        replaced.length ? db.prospects.bulkPut(replaced) : undefined,
        timeline.length ? db.activities.bulkAdd(timeline) : undefined,
      ]);
      // Awaited in turn; a failure meanwhile aborts the transaction without a stray rejection.
      writing.catch(() => undefined);
      inFlight.push({ writing, progress: { done: Math.min(start + chunkSize, rowSource.total), total: rowSource.total, created: summary.created, merged: summary.merged } });
    }
    while (inFlight.length) await settleOldest();
  });

  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

function importSources(fields: ProspectFields): Partial<Record<keyof ProspectFields, FieldSource>> {
  const sources: Partial<Record<keyof ProspectFields, FieldSource>> = {};
  for (const [key, value] of Object.entries(fields) as [keyof ProspectFields, unknown][]) {
    const filled = Array.isArray(value) ? value.length > 0
      : typeof value === 'object' && value !== null ? Object.keys(value).length > 0
        : value !== undefined && value !== '';
    if (filled) sources[key] = 'import';
  }
  return sources;
}
