// The IndexedDB schema (Dexie) and its version history. Every schema change is a new version with an upgrade.
import Dexie, { type Table } from 'dexie';
import type { Activity } from '../domain/activity';
import type { Call } from '../domain/calls';
import type { FollowUpTask } from '../domain/tasks';
import type { Segment } from '../domain/segments/segment-schema';
import type { Handoff } from '../domain/handoff/handoff';
import type { InstalledPack } from '../domain/packs/installed-pack';
import { identityKeys } from '../domain/merge';
import { normalizeEmail, normalizeKey, type CaptureSource, type Prospect } from '../domain/prospect';
import { pageKeyOf } from '../domain/page-identity';
import { takeNotes } from './notes-repo';
import { companyKeys, companyNameKey, type Company } from '../domain/companies';
import type { TeamActivityRow, TeamHandoffRow, TeamPackRow } from './team-rows';
import { SEARCH_TABLE, searchMirror, searchRowOf, type SearchRow } from './search/search-mirror';
import { MAX_TOKEN_LENGTH, searchTokensOf } from './search/search-tokens';

/** A prospect as the UI gets it: the model plus the fields other parts of the app keep up to date. */
export interface ProspectRecord extends Prospect {
  /** Ids of the segments this prospect matches; written by the caller that runs segment matching. */
  segmentIds: string[];
  /** Earliest due date of the prospect's open follow-up tasks; kept by the tasks repository. */
  nextFollowUpAt?: number;
  /** Search words from the prospect's notes (newest note first, capped); kept by the notes repository. */
  noteTokens?: string[];
}

/**
 * A prospect as stored. The index fields below are DERIVED from the prospect and recomputed on every write by
 * `toStored` — never set them by hand:
 * identityKeys, nameKey, companyKey, emailKeys, sourceUrlKeys.
 * (Search tokens live in the prospectSearch table only, written by search/search-mirror.ts; a profile is found by
 * its `profile:` identity key.)
 */
export interface StoredProspect extends ProspectRecord {
  identityKeys: string[];
  nameKey: string;
  companyKey: string;
  emailKeys: string[];
  sourceUrlKeys: string[];
}

/** Tasks store `done` as 0/1: booleans are not valid IndexedDB keys and [done+dueAt] is an index. */
export interface StoredTask extends Omit<FollowUpTask, 'done'> {
  done: 0 | 1;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Notes can be long: only this many distinct words of them are indexed (newest note first). */
export const MAX_NOTE_TOKENS = 40;
const MIN_NOTE_WORD = 3;

/** The distinct words (3 letters or more) of the notes given newest first, capped at MAX_NOTE_TOKENS. */
export function noteTokensOf(textsNewestFirst: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const text of textsNewestFirst) {
    for (const word of normalizeKey(text).split(' ')) {
      if (word.length < MIN_NOTE_WORD) continue;
      tokens.add(word.slice(0, MAX_TOKEN_LENGTH));
      if (tokens.size >= MAX_NOTE_TOKENS) return [...tokens];
    }
  }
  return [...tokens];
}

export { searchTokensOf };

/** The addresses of the pages that identify this person alone (see domain/page-identity.ts); never a team page. */
function sourceUrlKeysOf(sources: CaptureSource[]): string[] {
  const keys = sources.filter((s) => s.onlyPersonOnPage).map((s) => pageKeyOf(s.url));
  return [...new Set(keys.filter((k): k is string => Boolean(k)))];
}

/** The one place derived index fields are computed. Keeps segmentIds/nextFollowUpAt from the record given. */
export function toStored(prospect: Prospect | ProspectRecord): StoredProspect {
  return toStoredWithKeys(prospect, identityKeys(prospect));
}

/** toStored when the caller already has identityKeys(prospect) (an import computes them once per row). */
export function toStoredWithKeys(prospect: Prospect | ProspectRecord, knownIdentityKeys: string[]): StoredProspect {
  const record = stripDerived(prospect as StoredProspect);
  const segmentIds = Array.isArray((prospect as ProspectRecord).segmentIds) ? [...(prospect as ProspectRecord).segmentIds] : [];
  return {
    ...record,
    segmentIds,
    identityKeys: knownIdentityKeys,
    nameKey: normalizeKey(prospect.fullName),
    companyKey: normalizeKey(prospect.company),
    emailKeys: [...new Set(prospect.emails.map(normalizeEmail).filter(Boolean))],
    sourceUrlKeys: sourceUrlKeysOf(prospect.sources),
  };
}

/** Derived fields rows carried before schema 11 (its upgrade removes them): never part of a record. */
export const RETIRED_FIELDS = ['searchTokens', 'profileKeys'] as const;
type RetiredField = (typeof RETIRED_FIELDS)[number];

/** A stored row without its index fields: what the rest of the app sees. */
export function fromStored(stored: StoredProspect): ProspectRecord {
  const record = stripDerived(stored);
  if (!Array.isArray(record.segmentIds)) record.segmentIds = [];
  return record;
}

function stripDerived(stored: Partial<StoredProspect> & Prospect & Partial<Record<RetiredField, unknown>>): ProspectRecord {
  const {
    identityKeys: _i, nameKey: _n, companyKey: _c, emailKeys: _e, sourceUrlKeys: _s, searchTokens: _t, profileKeys: _p,
    ...record
  } = stored;
  return record as ProspectRecord;
}

/** A company as stored: `keys` (domain:, name:, profile:) and `nameKey` are DERIVED on every write by companyToStored. */
export interface StoredCompany extends Company {
  keys: string[];
  nameKey: string;
}

export function companyToStored(company: Company): StoredCompany {
  const { keys: _k, nameKey: _n, ...record } = company as StoredCompany;
  return { ...record, keys: companyKeys(company), nameKey: companyNameKey(company.name) };
}

export function companyFromStored(stored: StoredCompany): Company {
  const { keys: _k, nameKey: _n, ...record } = stored;
  return record;
}

export function taskToStored(task: FollowUpTask): StoredTask {
  return { ...task, done: task.done ? 1 : 0 };
}

export function taskFromStored(task: StoredTask): FollowUpTask {
  return { ...task, done: task.done === 1 };
}

/** Schema of every version, kept verbatim: migration tests open old versions with exactly these. */
export const SCHEMA_HISTORY = {
  1: {
    prospects: 'id, *identityKeys, nameKey, companyKey, updatedAt, stage',
    segments: 'id, priority',
    settings: 'key',
  },
  2: {
    prospects:
      'id, *identityKeys, nameKey, companyKey, updatedAt, stage, *emailKeys, *profileKeys, *sourceUrlKeys, *segmentIds, ' +
      '*searchTokens, seniority, nextFollowUpAt, [stage+updatedAt], [seniority+updatedAt]',
    segments: 'id, priority',
    settings: 'key',
    calls: 'id, prospectId, segmentId, templateId, startedAt, outcome, [prospectId+startedAt]',
    tasks: 'id, dueAt, [done+dueAt], prospectId, callId',
    activities: 'id, [prospectId+at], kind',
  },
  /** Same tables and indexes; the upgrade recomputes every derived key (role addresses, page identity per site). */
  3: {} as Record<string, string>,
  /** Same tables and indexes; the single `notes` text of each prospect becomes its first note on the timeline. */
  4: {} as Record<string, string>,
  /** Adds the companies table; prospects link to a company by domain or name, derived when read. */
  5: {
    companies: 'id, *keys, nameKey, updatedAt',
  },
  /** Segment packs: one row per installed pack (its current version and the previous one, for rollback). */
  7: {
    packs: 'id',
  },
  /** Hand-offs from marketing to a rep (domain/handoff): a new table; nothing else changes. */
  8: {
    handoffs: 'id, prospectId, state, updatedAt',
  },
  /** Team sync: read-only copies of the team database (packs, hand-offs, team activity), mirrored by team-mirror.ts. */
  9: {
    teamPacks: 'packId',
    teamHandoffs: 'handoffId, owner, state',
    teamActivity: 'id, user, at, segmentId',
  },
  /**
   * Each prospect's search tokens and updatedAt alone (search/search-mirror.ts keeps it with every prospects write),
   * so search builds its in-memory index without reading whole rows. Filled from the prospects on upgrade.
   */
  10: {
    prospectSearch: 'id',
  },
  /**
   * Fewer index rows per prospect written (21.5 → 8.3 for a typical imported row): the multi-entry searchTokens index
   * and field go (search reads prospectSearch since 10); profileKeys repeated the `profile:` identity keys; stage and
   * seniority alone are counted on their [x+updatedAt] compound indexes; nothing queried nextFollowUpAt.
   * The upgrade removes the retired fields from every row.
   */
  11: {
    prospects: 'id, *identityKeys, nameKey, companyKey, updatedAt, *emailKeys, *sourceUrlKeys, *segmentIds, [stage+updatedAt], [seniority+updatedAt]',
  },
} as const;

export const CURRENT_VERSION = 11;

export class SegueDatabase extends Dexie {
  prospects!: Table<StoredProspect, string>;
  segments!: Table<Segment, string>;
  calls!: Table<Call, string>;
  tasks!: Table<StoredTask, string>;
  activities!: Table<Activity, string>;
  settings!: Table<SettingRow, string>;
  companies!: Table<StoredCompany, string>;
  handoffs!: Table<Handoff, string>;
  packs!: Table<InstalledPack, string>;
  teamPacks!: Table<TeamPackRow, string>;
  teamHandoffs!: Table<TeamHandoffRow, string>;
  teamActivity!: Table<TeamActivityRow, string>;
  prospectSearch!: Table<SearchRow, string>;

  constructor(name = 'segue') {
    super(name);
    this.version(1).stores(SCHEMA_HISTORY[1]);
    this.version(2)
      .stores(SCHEMA_HISTORY[2])
      .upgrade(async (tx) => {
        // Version 1 rows lack the new derived index fields: recompute them all from the prospect itself.
        await tx.table('prospects').toCollection().modify((row: StoredProspect) => {
          Object.assign(row, toStored(row));
        });
      });
    this.version(3)
      .stores(SCHEMA_HISTORY[3])
      .upgrade(async (tx) => {
        // Role addresses no longer identify a person, and pages and profiles are keyed per site: recompute every
        // derived field from the prospect itself, as version 2 did.
        await tx.table('prospects').toCollection().modify((row: StoredProspect) => {
          Object.assign(row, toStored(row));
        });
      });
    this.version(4)
      .stores(SCHEMA_HISTORY[4])
      .upgrade(async (tx) => {
        const prospects = tx.table('prospects');
        const rows = (await prospects.toArray()) as StoredProspect[];
        const notes: Activity[] = [];
        const updated: StoredProspect[] = [];
        for (const row of rows) {
          // The note is dated when the prospect was created: the old field kept no time of its own.
          const { record, note } = takeNotes(fromStored(row), row.createdAt ?? row.updatedAt ?? 0);
          if (!note) continue;
          notes.push(note);
          updated.push(toStored(record));
        }
        await prospects.bulkPut(updated);
        await tx.table('activities').bulkAdd(notes);
      });
    this.version(5).stores(SCHEMA_HISTORY[5]);
    this.version(7).stores(SCHEMA_HISTORY[7]);
    this.version(8).stores(SCHEMA_HISTORY[8]);
    this.version(9).stores(SCHEMA_HISTORY[9]);
    this.version(10)
      .stores(SCHEMA_HISTORY[10])
      .upgrade(async (tx) => {
        const rows: SearchRow[] = [];
        await tx.table('prospects').each((row: StoredProspect) => { rows.push(searchRowOf(row)); });
        await tx.table(SEARCH_TABLE).bulkPut(rows);
      });
    this.version(11)
      .stores(SCHEMA_HISTORY[11])
      .upgrade(async (tx) => {
        // Each rewritten row also rewrites its prospectSearch row (search-mirror.ts), from the same fields.
        await tx.table('prospects').toCollection().modify((row: Record<string, unknown>) => {
          for (const field of RETIRED_FIELDS) delete row[field];
        });
      });
    this.use(searchMirror);
  }
}

/** Opens (creating or upgrading) the database. Tests pass a fresh name each. */
export async function openDatabase(name = 'segue'): Promise<SegueDatabase> {
  const db = new SegueDatabase(name);
  await db.open();
  return db;
}

export const ALL_TABLES = ['prospects', 'segments', 'calls', 'tasks', 'activities', 'settings', 'companies', 'packs', 'handoffs'] as const;
export type TableName = (typeof ALL_TABLES)[number];

export function newId(): string {
  return crypto.randomUUID();
}
