// Prospects: save a capture (merging with the same person), look up, search as you type, page, bulk edit with undo.
import Dexie from 'dexie';
import type { Activity } from '../domain/activity';
import { describeChanges, describeUndoneMerge, editChanges, mergeChanges, mergeData, type MergeData } from '../domain/activity';
import { createProspect, identityKeys, keyMatchHolds, matchEvidence, mergeProspect, type FieldChange } from '../domain/merge';
import { pageIdentity } from '../domain/page-identity';
import {
  normalizeEmail, normalizeKey, normalizeProfileUrl,
  type FieldSource, type ProspectDraft, type ProspectFields, type Seniority, type Stage,
} from '../domain/prospect';
import type { Call } from '../domain/calls';
import { takeNotes } from './notes-repo';
import { checkAborted, searchIds } from './prospect-search';
import { prospectTokens } from './search/search-tokens';
import { holdsEveryWord } from './search/token-index';
import {
  fromStored, newId, toStored,
  type ProspectRecord, type SegueDatabase, type StoredProspect, type StoredTask,
} from './database';

export type ProspectSort = 'updatedAt' | 'name' | 'company';

export interface ListQuery {
  stage?: Stage;
  segmentId?: string;
  seniority?: Seniority;
  sortBy?: ProspectSort;
  /** Default: newest first for updatedAt, A→Z for name and company. */
  direction?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface SaveResult {
  prospect: ProspectRecord;
  merged: boolean;
  changes: FieldChange[];
}

/** The stored person a capture likely is (same name and company only): the rep decides before anything is saved. */
export interface MergeCandidate {
  id: string;
  fullName: string;
  company?: string;
  title?: string;
  evidence: 'name';
}

export type SaveOutcome = SaveResult | { confirm: MergeCandidate };

/** The rep's answer to a MergeCandidate: merge into that record, or save the capture as a new person. */
export type MergeDecision = { kind: 'merge'; id: string } | { kind: 'new' };

/** Everything a bulk operation replaced or removed, so the caller can put it back. */
export interface UndoToken {
  kind: 'update' | 'delete';
  prospects: StoredProspect[];
  calls: Call[];
  tasks: StoredTask[];
  activities: Activity[];
}

export interface BulkChange {
  stage?: Stage;
  addTags?: string[];
  removeTags?: string[];
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

export class ProspectsRepo {
  constructor(private readonly db: SegueDatabase, private readonly clock: () => number = Date.now) {}

  /**
   * Saves a reviewed capture, asking first when the match is only likely: the same person by email or profile
   * address is merged at once; a record found only by name + company is returned as `confirm` and nothing is
   * written. The rep's `decision` then merges into that record or saves a new person (see saveDraft).
   */
  async saveOrAsk(draft: ProspectDraft, options: { segmentIds?: string[]; decision?: MergeDecision } = {}): Promise<SaveOutcome> {
    return this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      if (!options.decision) {
        const found = await this.findMatch(identityKeys(draft.fields), draft.fields);
        if (found && matchEvidence(found.key) === 'name') {
          const { id, fullName, company, title } = fromStored(found.row);
          return { confirm: { id, fullName, ...(company ? { company } : {}), ...(title ? { title } : {}), evidence: 'name' as const } };
        }
      }
      return this.saveDraft(draft, options);
    });
  }

  /**
   * Saves a capture. The same person by email or profile address is merged. A record sharing only name + company
   * is merged only when the rep decided so (`decision`); otherwise the capture is saved as a new person.
   */
  async saveDraft(draft: ProspectDraft, options: { segmentIds?: string[]; decision?: MergeDecision } = {}): Promise<SaveResult> {
    const now = this.clock();
    return this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      const decision = options.decision;
      const found = decision?.kind === 'merge'
        ? await this.db.prospects.get(decision.id).then((row) => row && { row, key: 'name:' })
        : await this.findMatch(identityKeys(draft.fields), draft.fields);
      if (decision?.kind === 'merge' && !found) throw new Error('The prospect to merge into no longer exists.');
      if (!found || (decision?.kind !== 'merge' && matchEvidence(found.key) === 'name')) {
        const { record: prospect, note } = takeNotes({ ...createProspect(draft, newId(), now), segmentIds: options.segmentIds ?? [] }, now);
        await this.db.prospects.add(toStored(prospect));
        await this.db.activities.add(activity(prospect.id, now, 'capture', `Captured from ${draft.source.site}`, {
          url: draft.source.url,
        }));
        if (note) await this.db.activities.add(note);
        return { prospect, merged: false, changes: [] };
      }
      const current = fromStored(found.row);
      const { prospect, changes } = mergeProspect(current, draft, now);
      const { record, note } = takeNotes({ ...prospect, segmentIds: options.segmentIds ?? current.segmentIds }, now);
      await this.db.prospects.put(toStored(record));
      const data = mergeData(current, changes, draft.source);
      await this.db.activities.add(activity(record.id, now, 'merge', describeChanges(changes), data as unknown as Record<string, unknown>));
      if (note) await this.db.activities.add(note);
      return { prospect: record, merged: true, changes };
    });
  }

  /**
   * Undoes a merge (or an import's merge) from the timeline: each field it changed goes back to its old value, unless it was changed again
   * since (then the newer value is kept and named in `kept`), and the capture it added leaves the sources.
   */
  async undoMerge(activityId: string): Promise<{ prospect: ProspectRecord; reverted: string[]; kept: string[] }> {
    const now = this.clock();
    return this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      const entry = await this.db.activities.get(activityId);
      // A merge from a capture, or an import row merged into a stored prospect.
      if (!entry || (entry.kind !== 'merge' && entry.kind !== 'import')) throw new Error('This merge is no longer on the timeline.');
      const data = entry.data as Partial<MergeData> | undefined;
      if (data?.undoneAt) throw new Error('This merge was already undone.');
      const changes = mergeChanges(entry);
      if (changes.length === 0 && !data?.addedSource) throw new Error('This merge changed nothing that can be undone.');
      const record = fromStored(await this.requireRow(entry.prospectId));
      const restored: ProspectRecord = { ...record, fieldSources: { ...record.fieldSources } };
      const reverted: string[] = [];
      const kept: string[] = [];
      for (const change of changes) {
        if (JSON.stringify(record[change.field] ?? null) !== JSON.stringify(change.after ?? null)) {
          kept.push(change.field);
          continue;
        }
        const fields = restored as unknown as Record<string, unknown>;
        if (change.before === undefined || change.before === null) delete fields[change.field];
        else fields[change.field] = change.before;
        const source = data?.sourcesBefore?.[change.field];
        if (source) restored.fieldSources[change.field] = source as FieldSource;
        else delete restored.fieldSources[change.field];
        reverted.push(change.field);
      }
      const addedSource = data?.addedSource;
      if (addedSource) {
        const index = restored.sources.findIndex((s) => s.url === addedSource.url && s.capturedAt === addedSource.capturedAt);
        if (index > 0) restored.sources = restored.sources.filter((_, i) => i !== index);
      }
      restored.updatedAt = now;
      await this.db.prospects.put(toStored(restored));
      await this.db.activities.put({ ...entry, data: { ...entry.data, undoneAt: now } });
      const summary = describeUndoneMerge(reverted, kept);
      await this.db.activities.add(activity(record.id, now, 'merge_undone', summary, { mergeId: entry.id, reverted, kept }));
      return { prospect: restored, reverted, kept };
    });
  }

  /**
   * The stored row sharing the first of these identity keys (strongest first), if any. With `fields`, a match on
   * name + company alone is refused when the profiles conflict (see keyMatchHolds).
   */
  async findByIdentity(keys: string[], fields?: Pick<ProspectFields, 'profiles'>): Promise<StoredProspect | undefined> {
    return (await this.findMatch(keys, fields))?.row;
  }

  /** Like findByIdentity, with the key that matched (its kind is the evidence for the match). */
  async findMatch(keys: string[], fields?: Pick<ProspectFields, 'profiles'>): Promise<{ row: StoredProspect; key: string } | undefined> {
    for (const key of keys) {
      const candidates = await this.db.prospects.where('identityKeys').equals(key).limit(20).toArray();
      const row = candidates.find((candidate) => !fields || keyMatchHolds(key, candidate, fields));
      if (row) return { row, key };
    }
    return undefined;
  }

  async get(id: string): Promise<ProspectRecord | undefined> {
    const row = await this.db.prospects.get(id);
    return row && fromStored(row);
  }

  /**
   * The prospect a page identifies (domain/page-identity.ts): a profile page by its profile; a mail page by the
   * sender of its open message, which only a capture of that message knows (`sender`); any other page by its
   * address, when exactly one stored person was captured there as the page's only person.
   */
  async findByUrl(url: string, options: { sender?: string } = {}): Promise<ProspectRecord | undefined> {
    const identity = pageIdentity(url);
    let row: StoredProspect | undefined;
    if (identity.kind === 'profile') {
      row = await this.db.prospects.where('identityKeys').equals(`profile:${identity.key}`).first();
    } else if (identity.kind === 'message') {
      const sender = options.sender ? normalizeEmail(options.sender) : '';
      if (sender) row = await this.db.prospects.where('emailKeys').equals(sender).first();
    } else if (identity.kind === 'page') {
      const rows = await this.db.prospects.where('sourceUrlKeys').equals(identity.key).limit(2).toArray();
      if (rows.length === 1) row = rows[0];
    }
    return row && fromStored(row);
  }

  /**
   * Search as you type over name, company, email, title and the words of notes. Every word typed must be the start
   * of a word of the prospect. Answers from this page's in-memory token index (search/live-search-index.ts), most
   * recently updated first, reading only the rows shown; the first search waits for that index's build, and one made
   * while bulk writes elsewhere keep it stale is answered by a scan of the prospectSearch table (prospect-search.ts). `signal` lets type-ahead abort a search a newer keystroke replaced.
   */
  async search(query: string, options: { limit?: number; offset?: number; signal?: AbortSignal } = {}): Promise<ProspectRecord[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const { signal } = options;
    const ids = await searchIds(this.db, words, { limit: clampLimit(options.limit), offset: Math.max(0, options.offset ?? 0), ...(signal ? { signal } : {}) });
    const rows = await this.db.prospects.bulkGet(ids);
    checkAborted(signal);
    // A row changed by another context a moment ago is checked against the words once more.
    return rows.filter((row): row is StoredProspect => Boolean(row) && holdsEveryWord(prospectTokens(row!), words)).map(fromStored);
  }

  /** One page of prospects, filtered and sorted by indexed fields. */
  async list(query: ListQuery = {}): Promise<Page<ProspectRecord>> {
    const limit = clampLimit(query.limit);
    const offset = Math.max(0, query.offset ?? 0);
    const sortBy = query.sortBy ?? 'updatedAt';
    const descending = (query.direction ?? (sortBy === 'updatedAt' ? 'desc' : 'asc')) === 'desc';
    const { prospects } = this.db;

    // Fast path: one of stage/seniority with updatedAt order walks a compound index, a page at a time.
    const compound = sortBy === 'updatedAt' && !query.segmentId
      ? (query.stage && !query.seniority ? ['stage', query.stage] as const
        : query.seniority && !query.stage ? ['seniority', query.seniority] as const : undefined)
      : undefined;
    if (compound) {
      const [field, value] = compound;
      let collection = prospects.where(`[${field}+updatedAt]`).between([value, Dexie.minKey], [value, Dexie.maxKey]);
      if (descending) collection = collection.reverse();
      const [items, total] = await Promise.all([
        collection.offset(offset).limit(limit).toArray(),
        prospects.where(`[${field}+updatedAt]`).between([value, Dexie.minKey], [value, Dexie.maxKey]).count(),
      ]);
      return { items: items.map(fromStored), total };
    }

    const matches = (row: StoredProspect) =>
      (!query.stage || row.stage === query.stage) &&
      (!query.seniority || row.seniority === query.seniority) &&
      (!query.segmentId || row.segmentIds.includes(query.segmentId));
    const sortIndex = sortBy === 'name' ? 'nameKey' : sortBy === 'company' ? 'companyKey' : 'updatedAt';
    const hasFilter = Boolean(query.stage || query.seniority || query.segmentId);

    if (query.segmentId) {
      // A segment is a subset: read its members by index, then sort them in memory.
      let members = prospects.where('segmentIds').equals(query.segmentId).filter(matches);
      if (descending) members = members.reverse();
      const sorted = await members.sortBy(sortIndex);
      return { items: sorted.slice(offset, offset + limit).map(fromStored), total: sorted.length };
    }

    let collection = prospects.orderBy(sortIndex);
    if (descending) collection = collection.reverse();
    if (hasFilter) collection = collection.filter(matches);
    const [items, total] = await Promise.all([
      collection.clone().offset(offset).limit(limit).toArray(),
      hasFilter ? collection.clone().count() : prospects.count(),
    ]);
    return { items: items.map(fromStored), total };
  }

  async recent(limit = 20): Promise<ProspectRecord[]> {
    const rows = await this.db.prospects.orderBy('updatedAt').reverse().limit(clampLimit(limit)).toArray();
    return rows.map(fromStored);
  }

  async count(): Promise<number> {
    return this.db.prospects.count();
  }

  async updateStage(id: string, stage: Stage): Promise<ProspectRecord> {
    const now = this.clock();
    return this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      const row = await this.requireRow(id);
      const record = fromStored(row);
      if (record.stage === stage) return record;
      const before = record.stage;
      const updated: ProspectRecord = { ...record, stage, updatedAt: now };
      await this.db.prospects.put(toStored(updated));
      await this.db.activities.add(activity(id, now, 'stage_change', `Stage: ${before} → ${stage}`, { from: before, to: stage }));
      return updated;
    });
  }

  /** A manual edit by the rep: the fields given are marked 'manual' so later captures do not overwrite them. */
  async update(id: string, patch: Partial<ProspectFields>): Promise<ProspectRecord> {
    const now = this.clock();
    return this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      const record = fromStored(await this.requireRow(id));
      const changes = editChanges(record, patch);
      const fieldSources = { ...record.fieldSources };
      for (const field of Object.keys(patch) as (keyof ProspectFields)[]) if (field !== 'notes') fieldSources[field] = 'manual';
      // Notes text sent with an edit becomes a new note (notes are a history, never overwritten).
      const { record: updated, note } = takeNotes({ ...record, ...patch, fieldSources, updatedAt: now }, now);
      await this.db.prospects.put(toStored(updated));
      if (changes.length) await this.db.activities.add(activity(id, now, 'updated', describeChanges(changes), { changes }));
      if (note) await this.db.activities.add(note);
      return updated;
    });
  }

  /** Replaces the segment ids of a prospect (the segment matcher calls this). Does not touch updatedAt. */
  async setSegmentIds(id: string, segmentIds: string[]): Promise<void> {
    await this.db.transaction('rw', this.db.prospects, async () => {
      const record = fromStored(await this.requireRow(id));
      await this.db.prospects.put(toStored({ ...record, segmentIds: [...new Set(segmentIds)] }));
    });
  }

  /** Applies one change to many prospects. The token holds the rows as they were, for `restore`. */
  async bulkUpdate(ids: string[], change: BulkChange): Promise<{ updated: number; undo: UndoToken }> {
    const now = this.clock();
    return this.db.transaction('rw', this.db.prospects, this.db.activities, async () => {
      const rows = (await this.db.prospects.bulkGet(ids)).filter((r): r is StoredProspect => Boolean(r));
      const removed = new Set((change.removeTags ?? []).map((t) => t.trim().toLowerCase()));
      const updated: StoredProspect[] = [];
      const activities: Activity[] = [];
      for (const row of rows) {
        const record = fromStored(row);
        let tags = record.tags.filter((t) => !removed.has(t.trim().toLowerCase()));
        for (const tag of change.addTags ?? []) {
          if (tag.trim() && !tags.some((t) => t.toLowerCase() === tag.trim().toLowerCase())) tags = [...tags, tag.trim()];
        }
        const stage = change.stage ?? record.stage;
        if (stage !== record.stage) {
          activities.push(activity(record.id, now, 'stage_change', `Stage: ${record.stage} → ${stage}`, { from: record.stage, to: stage }));
        }
        updated.push(toStored({ ...record, tags, stage, updatedAt: now }));
      }
      await this.db.prospects.bulkPut(updated);
      await this.db.activities.bulkAdd(activities);
      return {
        updated: updated.length,
        undo: { kind: 'update', prospects: rows, calls: [], tasks: [], activities },
      };
    });
  }

  /** Deletes prospects with their calls, tasks and timeline. The token holds everything removed, for `restore`. */
  async bulkDelete(ids: string[]): Promise<{ deleted: ProspectRecord[]; undo: UndoToken }> {
    const { prospects, calls, tasks, activities } = this.db;
    return this.db.transaction('rw', [prospects, calls, tasks, activities], async () => {
      const rows = (await prospects.bulkGet(ids)).filter((r): r is StoredProspect => Boolean(r));
      const found = rows.map((r) => r.id);
      const [callRows, taskRows] = await Promise.all([
        calls.where('prospectId').anyOf(found).toArray(),
        tasks.where('prospectId').anyOf(found).toArray(),
      ]);
      const timeline: Activity[] = [];
      for (const id of found) {
        timeline.push(...await activities.where('[prospectId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray());
      }
      await prospects.bulkDelete(found);
      await calls.bulkDelete(callRows.map((c) => c.id));
      await tasks.bulkDelete(taskRows.map((t) => t.id));
      await activities.bulkDelete(timeline.map((a) => a.id));
      return {
        deleted: rows.map(fromStored),
        undo: { kind: 'delete', prospects: rows, calls: callRows, tasks: taskRows, activities: timeline },
      };
    });
  }

  /** Puts back what a bulk operation changed: deleted rows return, updated rows get their old values. */
  async restore(undo: UndoToken): Promise<void> {
    const { prospects, calls, tasks, activities } = this.db;
    await this.db.transaction('rw', [prospects, calls, tasks, activities], async () => {
      await prospects.bulkPut(undo.prospects.map((row) => toStored(row)));
      if (undo.kind === 'delete') {
        await calls.bulkPut(undo.calls);
        await tasks.bulkPut(undo.tasks);
        await activities.bulkPut(undo.activities);
      } else {
        await activities.bulkDelete(undo.activities.map((a) => a.id));
      }
    });
  }

  private async requireRow(id: string): Promise<StoredProspect> {
    const row = await this.db.prospects.get(id);
    if (!row) throw new Error(`No prospect with id ${id}.`);
    return row;
  }
}

/** The words of a search query, normalised like the tokens they are matched against. */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  for (const part of query.trim().toLowerCase().split(/\s+/)) {
    if (!part) continue;
    // An email-ish word is matched as typed (tokens keep whole emails); other words are normalised like the tokens.
    if (part.includes('@') || /\w\.\w/.test(part)) words.push(part);
    else words.push(...normalizeKey(part).split(' ').filter(Boolean));
  }
  return [...new Set(words)];
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

export function activity(prospectId: string, at: number, kind: Activity['kind'], summary: string, data?: Record<string, unknown>): Activity {
  return { id: newId(), prospectId, at, kind, summary, ...(data ? { data } : {}) };
}
