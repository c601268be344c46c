// The prospect timeline: one entry per thing that happened to a prospect. Pure.
import type { FieldChange } from './merge';
import type { CaptureSource, Prospect, ProspectFields } from './prospect';

export const ACTIVITY_KINDS = ['capture', 'merge', 'merge_undone', 'message_copied', 'call', 'stage_change', 'note', 'import', 'updated', 'handoff'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  id: string;
  prospectId: string;
  /** Epoch milliseconds. */
  at: number;
  kind: ActivityKind;
  /** One line for the timeline, plain text. */
  summary: string;
  data?: Record<string, unknown>;
}

const FIELD_LABELS: Record<string, string> = {
  fullName: 'name', firstName: 'first name', lastName: 'last name', namePrefix: 'name prefix', nameSuffix: 'name suffix',
  companyDomain: 'company domain', companySize: 'company size',
};

/**
 * The data of a 'merge' entry: each changed field with its old and new value, the page merged from, and once undone,
 * when. Entries written before this kept only the field names (`changes: string[]`).
 */
export interface MergeData {
  url: string;
  changes: FieldChange[] | string[];
  /** The capture the merge added to the prospect's sources. */
  addedSource?: { url: string; capturedAt: number };
  /** What the merge replaced, per changed field: the value source it had. */
  sourcesBefore?: Record<string, string | null>;
  undoneAt?: number;
}

/** The data of an entry for a merge of `draftSource` into `before`: what undoMerge needs to put it back. */
export function mergeData(before: Pick<Prospect, 'fieldSources' | 'sources'>, changes: FieldChange[], draftSource: CaptureSource): MergeData {
  const added = !before.sources.some((s) => s.url === draftSource.url && s.capturedAt === draftSource.capturedAt);
  return {
    url: draftSource.url,
    changes,
    ...(added ? { addedSource: { url: draftSource.url, capturedAt: draftSource.capturedAt } } : {}),
    sourcesBefore: Object.fromEntries(changes.map((c) => [c.field, before.fieldSources[c.field] ?? null])),
  };
}

/** The per-field changes of a merge entry, or none when it is an old entry that kept only names. */
export function mergeChanges(entry: Pick<Activity, 'kind' | 'data'>): FieldChange[] {
  const changes = (entry.data as Partial<MergeData> | undefined)?.changes;
  return Array.isArray(changes) ? changes.filter((c): c is FieldChange => typeof c === 'object' && c !== null && 'field' in c) : [];
}

/** "Updated title, phones and company" — the summary of a merge. */
export function describeChanges(changes: readonly FieldChange[]): string {
  if (changes.length === 0) return 'No new information';
  return `Updated ${fieldList(changes.map((c) => c.field))}`;
}

/**
 * The fields an edit really changes, each with its old and new value (the data of an 'updated' entry, shown like a
 * merge's). Empty values (missing, blank, empty list) count as the same; notes are left out (they become a note).
 */
export function editChanges(before: Partial<Record<keyof ProspectFields, unknown>>, patch: Partial<ProspectFields>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(patch) as (keyof ProspectFields)[]) {
    if (field === 'notes') continue;
    const old = before[field];
    const next = patch[field];
    if (comparable(old) !== comparable(next)) changes.push({ field, before: old ?? null, after: next ?? null });
  }
  return changes;
}

/** A value as text for comparison: object keys sorted, every empty value the same. */
function comparable(value: unknown): string {
  const normal = (v: unknown): unknown => {
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim())) return null;
    if (Array.isArray(v)) return v.length ? v.map(normal) : null;
    if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, normal(x)] as const).filter(([, x]) => x !== null);
      return entries.length ? Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))) : null;
    }
    return v;
  };
  return JSON.stringify(normal(value));
}

/** "Undid the merge: title and phones are back as they were; notes was changed since and is kept" */
export function describeUndoneMerge(reverted: readonly string[], kept: readonly string[]): string {
  const parts = [
    ...(reverted.length ? [`${fieldList(reverted)} ${reverted.length === 1 && !/s$/.test(reverted[0]!) ? 'is' : 'are'} back as they were`] : []),
    ...(kept.length ? [`${fieldList(kept)} ${kept.length === 1 ? 'was' : 'were'} changed since and ${kept.length === 1 ? 'is' : 'are'} kept`] : []),
  ];
  return parts.length ? `Undid the merge: ${parts.join('; ')}` : 'Undid the merge';
}

function fieldList(fields: readonly string[]): string {
  const names = fields.map((f) => FIELD_LABELS[f] ?? f);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
