// Segment packs: marketing's publication of segments (with their talking points and templates) and, optionally, the
// call-outcome list, as one versioned JSON file a rep imports or an administrator pushes through policy.
//
// THE CONTRACT (kept stable; team sync replicates packs as these objects):
//   { "format": "segue-pack", "formatVersion": 1,
//     "id": "acme-playbook", "name": "Acme playbook", "version": "1.2.0", "publisher": "Acme marketing",
//     "releaseNotes": "…", "publishedAt": "2026-12-07T09:00:00.000Z",
//     "segments": [Segment, …],            // the segment schema of src/domain/segments/segment-schema.ts
//     "callOutcomes": [{ "key", "label", "connect" }, …] }   // optional
// A pack is identified by `id`; `version` orders its releases (pack-version.ts). Segment ids are unique in a pack,
// and an installed segment keeps its id from version to version, so calls and insights follow it across versions.
import * as v from 'valibot';
import type { CallOutcomeOption } from '../calls';
import { validateSegments, type Segment } from '../segments/segment-schema';
import { toValidationIssue, type ValidationIssue } from '../validation';
import { packIdSchema, packVersionSchema, type PackRef } from './pack-ref';

export const PACK_FORMAT = 'segue-pack';
export const PACK_FORMAT_VERSION = 1;

export interface SegmentPack {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  id: string;
  name: string;
  /** "1", "1.2" or "1.2.3". */
  version: string;
  /** Who published it: a team or a person ("Acme marketing"). */
  publisher: string;
  /** What changed in this version; may be empty. */
  releaseNotes: string;
  /** ISO 8601. */
  publishedAt: string;
  /** Segments as marketing wrote them: no `pack` field (the pack itself says where they come from). */
  segments: Segment[];
  /** When present, installing the pack sets the rep's call-outcome list. */
  callOutcomes?: CallOutcomeOption[];
}

/** What a publisher fills in when exporting segments as a pack. */
export interface PackMeta {
  id: string;
  name: string;
  version: string;
  publisher: string;
  releaseNotes: string;
}

export type PackResult = { ok: true; pack: SegmentPack } | { ok: false; issues: ValidationIssue[] };

const text = (what: string, max: number) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`), v.maxLength(max, `${what} must be at most ${max} characters`));

const OUTCOME_KEY = /^[a-z0-9_]{1,40}$/;

export const CallOutcomeSchema = v.strictObject(
  {
    key: v.pipe(v.string('Outcome key must be text'), v.regex(OUTCOME_KEY, 'Outcome key must be 1–40 lower-case letters, digits or _ (e.g. "meeting_booked")')),
    label: text('Outcome label', 80),
    connect: v.boolean('"connect" must be true or false'),
  },
  (issue) => (issue.expected === 'never' ? `Unknown field "${String(issue.input)}" in a call outcome` : issue.input === undefined ? 'required' : 'A call outcome must be an object with key, label and connect'),
);

const PackEnvelopeSchema = v.strictObject(
  {
    format: v.literal(PACK_FORMAT, 'Format must be "segue-pack"'),
    formatVersion: v.literal(PACK_FORMAT_VERSION, `formatVersion must be ${PACK_FORMAT_VERSION}`),
    id: packIdSchema,
    name: text('Pack name', 200),
    version: packVersionSchema,
    publisher: text('Publisher', 200),
    releaseNotes: v.pipe(v.string('Release notes must be text'), v.trim(), v.maxLength(10_000, 'Release notes must be at most 10000 characters')),
    publishedAt: v.pipe(
      v.string('publishedAt must be a date and time such as "2026-12-07T09:00:00Z"'),
      v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'publishedAt must be a date and time such as "2026-12-07T09:00:00Z"'),
    ),
    segments: v.pipe(v.array(v.unknown(), 'Segments must be a list'), v.minLength(1, 'A pack needs at least one segment')),
    callOutcomes: v.optional(v.pipe(v.array(CallOutcomeSchema, 'Call outcomes must be a list'), v.minLength(1, 'Call outcomes, when given, must list at least one outcome'))),
  },
  (issue) => (issue.expected === 'never' ? `Unknown field "${String(issue.input)}" in a pack` : issue.input === undefined && issue.path?.length ? 'required' : 'A pack must be an object'),
);

/** Checks a pack (already parsed from JSON) field by field; segment issues read "segments[2].templates[0].body". */
export function validatePack(input: unknown): PackResult {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const raw = input as Record<string, unknown>;
    if (raw.format === 'segue-segments' || raw.format === 'segue-backup') {
      return { ok: false, issues: [{ path: 'format', message: raw.format === 'segue-backup' ? 'This is a full backup, not a pack: restore it from Import & export.' : 'This is a plain segment file, not a pack: use Segments → Import file.' }] };
    }
    if (typeof raw.formatVersion === 'number' && raw.formatVersion > PACK_FORMAT_VERSION && raw.format === PACK_FORMAT) {
      return { ok: false, issues: [{ path: 'formatVersion', message: `This pack was made by a newer version of Segue (pack format ${raw.formatVersion}; this version reads up to ${PACK_FORMAT_VERSION}). Update Segue, then import it.` }] };
    }
  }
  const envelope = v.safeParse(PackEnvelopeSchema, input);
  const issues: ValidationIssue[] = envelope.success ? [] : envelope.issues.map((issue) => toValidationIssue(issue));
  const rawSegments = (input as { segments?: unknown } | null)?.segments;
  let segments: Segment[] = [];
  if (Array.isArray(rawSegments) && rawSegments.length) {
    // A segment in a pack says nothing of the pack it is in; one exported from an installed pack loses that mark.
    const bare = rawSegments.map((s) => (s && typeof s === 'object' && !Array.isArray(s) ? withoutPack(s as Segment) : s));
    const checked = validateSegments(bare, ['segments']);
    if (checked.ok) segments = checked.segments;
    else issues.push(...checked.issues);
  }
  const outcomes = envelope.success ? envelope.output.callOutcomes : undefined;
  outcomes?.forEach((o, i) => {
    if (outcomes.findIndex((other) => other.key === o.key) !== i) issues.push({ path: `callOutcomes[${i}].key`, message: `Outcome key "${o.key}" is used twice` });
  });
  if (issues.length || !envelope.success) return { ok: false, issues };
  const { callOutcomes, ...rest } = envelope.output;
  return { ok: true, pack: { ...rest, segments, ...(callOutcomes ? { callOutcomes } : {}) } };
}

/** Parses a pack file's text. */
export function parsePack(text: string): PackResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ path: '', message: 'The file is not valid JSON, so it holds no pack.' }] };
  }
  return validatePack(data);
}

export function withoutPack(segment: Segment): Segment {
  const { pack: _pack, ...rest } = segment;
  return rest;
}

/** The pack a publisher exports: the chosen segments as they are, without any pack mark of their own. */
export function buildPack(meta: PackMeta, segments: readonly Segment[], now: number, callOutcomes?: readonly CallOutcomeOption[]): SegmentPack {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: meta.id,
    name: meta.name.trim(),
    version: meta.version.trim(),
    publisher: meta.publisher.trim(),
    releaseNotes: meta.releaseNotes.trim(),
    publishedAt: new Date(now).toISOString(),
    segments: segments.map(withoutPack),
    ...(callOutcomes?.length ? { callOutcomes: callOutcomes.map((o) => ({ ...o })) } : {}),
  };
}

/** "acme-playbook-1.2.0.segue-pack.json" */
export function packFileName(pack: Pick<SegmentPack, 'id' | 'version'>): string {
  return `${pack.id}-${pack.version}.segue-pack.json`;
}

/** A pack id from its name: "Acme Playbook 2027!" → "acme-playbook-2027". */
export function packIdFromName(name: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug || 'pack';
}

export function packRef(pack: Pick<SegmentPack, 'id' | 'name' | 'version'>, managed = false): PackRef {
  return { id: pack.id, name: pack.name, version: pack.version, ...(managed ? { managed: true } : {}) };
}

/** The pack's segments as installed: each marked with the pack they came from. */
export function installedSegments(pack: SegmentPack, managed = false): Segment[] {
  const ref = packRef(pack, managed);
  return pack.segments.map((s) => ({ ...withoutPack(s), pack: ref }));
}
