// A hand-off file: how hand-offs travel until the team syncs. Marketing exports the hand-offs for one owner (with the
// prospects, their notes and the segments named); the rep imports it with a preview. The rep's answers (accepted,
// returned with a reason) travel back the same way: the same format, merged by `mergeHandoffs`. Pure.
import * as v from 'valibot';
import { ProspectRecordSchema } from '../prospect-schema';
import { validateSegments, type Segment } from '../segments/segment-schema';
import type { Prospect } from '../prospect';
import type { Call } from '../calls';
import { toValidationIssue, type ValidationIssue } from '../validation';
import { HANDOFF_STATES, importEffect, type Handoff } from './handoff';
import type { PersonRef } from './team';

export const HANDOFF_FILE_FORMAT = 'segue-handoffs';
export const HANDOFF_FILE_VERSION = 1;

/** A note of a prospect as the file carries it (the prospect's timeline notes, newest first). */
export interface HandoffFileNote {
  id: string;
  prospectId: string;
  at: number;
  text: string;
}

export interface HandoffFile {
  format: typeof HANDOFF_FILE_FORMAT;
  version: typeof HANDOFF_FILE_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  /** Who made the file, and whose hand-offs it holds. */
  exportedBy?: PersonRef;
  owner: PersonRef;
  handoffs: Handoff[];
  prospects: Prospect[];
  notes: HandoffFileNote[];
  segments: Segment[];
  /** Calls made to these prospects since their hand-off (the rep's answer file): marketing's insights read them. */
  calls?: Call[];
}

const text = v.string('must be text');
const time = v.pipe(v.number('must be epoch milliseconds'), v.finite('must be epoch milliseconds'));
const Person = v.looseObject({ name: v.pipe(text, v.trim(), v.minLength(1, 'must not be empty')), email: v.optional(text) }, 'must be an object with a name');

export const HandoffSchema = v.looseObject({
  id: v.pipe(text, v.minLength(1, 'must not be empty')),
  prospectId: v.pipe(text, v.minLength(1, 'must not be empty')),
  from: Person,
  owner: Person,
  note: text,
  segmentId: v.optional(text),
  talkingPointIds: v.array(text, 'must be a list'),
  state: v.picklist(HANDOFF_STATES, `must be one of: ${HANDOFF_STATES.join(', ')}`),
  returnReason: v.optional(text),
  returnNote: v.optional(text),
  packId: v.optional(text),
  packVersion: v.optional(text),
  createdAt: time,
  acceptedAt: v.optional(time),
  returnedAt: v.optional(time),
  updatedAt: time,
}, 'must be an object');

const NoteSchema = v.looseObject({ id: v.pipe(text, v.minLength(1)), prospectId: text, at: time, text }, 'must be an object');

const CallSchema = v.looseObject({
  id: v.pipe(text, v.minLength(1, 'must not be empty')), prospectId: text, startedAt: time,
  durationSec: v.pipe(v.number('must be a number'), v.minValue(0, 'must be 0 or more')), outcome: text, notes: text, createdAt: time,
}, 'must be an object');

const FileSchema = v.looseObject({
  format: v.literal(HANDOFF_FILE_FORMAT, 'is not a Segue hand-off file'),
  version: v.literal(HANDOFF_FILE_VERSION, `must be ${HANDOFF_FILE_VERSION}`),
  exportedAt: text,
  exportedBy: v.optional(Person),
  owner: Person,
  handoffs: v.array(HandoffSchema, 'must be a list'),
  prospects: v.array(ProspectRecordSchema, 'must be a list'),
  notes: v.optional(v.array(NoteSchema, 'must be a list'), []),
  segments: v.optional(v.array(v.unknown(), 'must be a list'), []),
  calls: v.optional(v.array(CallSchema, 'must be a list'), []),
});

export function handoffFile(input: Omit<HandoffFile, 'format' | 'version' | 'exportedAt'>, now: number): HandoffFile {
  return { format: HANDOFF_FILE_FORMAT, version: HANDOFF_FILE_VERSION, exportedAt: new Date(now).toISOString(), ...input };
}

/** "segue-handoffs-sam-rivera-2026-12-07.json" */
export function handoffFileName(owner: PersonRef, now: number): string {
  const slug = owner.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'owner';
  return `segue-handoffs-${slug}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type HandoffFileResult = { ok: true; file: HandoffFile } | { ok: false; issues: ValidationIssue[] };

/**
 * Checks a hand-off file field by field. Every hand-off must name a prospect the file carries, and every segment
 * must pass the segment editor's own validation; nothing is half-read.
 */
export function parseHandoffFile(content: string): HandoffFileResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { ok: false, issues: [{ path: '', message: 'The file is not valid JSON, so it holds no hand-offs.' }] };
  }
  const parsed = v.safeParse(FileSchema, data);
  if (!parsed.success) return { ok: false, issues: parsed.issues.map((i) => toValidationIssue(i)) };
  const file = parsed.output as unknown as HandoffFile;
  const issues: ValidationIssue[] = [];
  const prospectIds = new Set(file.prospects.map((p) => p.id));
  (file.calls ?? []).forEach((c, i) => {
    if (!prospectIds.has(c.prospectId)) issues.push({ path: `calls[${i}].prospectId`, message: `names prospect ${c.prospectId}, which the file does not carry` });
  });
  file.handoffs.forEach((h, i) => {
    if (!prospectIds.has(h.prospectId)) issues.push({ path: `handoffs[${i}].prospectId`, message: `names prospect ${h.prospectId}, which the file does not carry` });
    if (h.state === 'returned' && !h.returnReason) issues.push({ path: `handoffs[${i}].returnReason`, message: 'required when returned' });
  });
  if (file.segments.length) {
    const segments = validateSegments(file.segments, ['segments']);
    if (!segments.ok) issues.push(...segments.issues);
    else file.segments = segments.segments;
  }
  return issues.length ? { ok: false, issues } : { ok: true, file };
}

export interface HandoffImportPreview {
  /** Hand-offs new here, updated (a later state or newer copy), or already the same. */
  add: Handoff[];
  update: Handoff[];
  same: Handoff[];
  /** Prospects the file brings that are not here yet (by id). */
  newProspects: Prospect[];
  /** Segments the file brings that are not here yet (by id). Those already here are left as they are. */
  newSegments: Segment[];
}

export function previewHandoffImport(
  file: HandoffFile,
  local: { handoffs: readonly Handoff[]; prospectIds: ReadonlySet<string>; segmentIds: ReadonlySet<string> },
): HandoffImportPreview {
  const byId = new Map(local.handoffs.map((h) => [h.id, h]));
  const preview: HandoffImportPreview = { add: [], update: [], same: [], newProspects: [], newSegments: [] };
  for (const incoming of file.handoffs) preview[importEffect(byId.get(incoming.id), incoming)].push(incoming);
  preview.newProspects = file.prospects.filter((p) => !local.prospectIds.has(p.id));
  preview.newSegments = file.segments.filter((s) => !local.segmentIds.has(s.id));
  return preview;
}
