// Segment files: marketing's segments moved between installs on their own (Segments → Export selected / Import
// file). Pure: parse and check a file, and preview what importing it would add and change.
import type { ValidationIssue } from '../validation';
import { validateSegments, type Segment } from './segment-schema';

export const SEGMENT_FILE_FORMAT = 'segue-segments';
export const SEGMENT_FILE_VERSION = 1;

export interface SegmentFile {
  format: typeof SEGMENT_FILE_FORMAT;
  version: typeof SEGMENT_FILE_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  segments: Segment[];
}

export function segmentFile(segments: readonly Segment[], now: number): SegmentFile {
  // A segment file holds plain segments: one exported from a pack is the rep's own once imported elsewhere.
  const plain = segments.map(({ pack: _pack, ...segment }) => segment);
  return { format: SEGMENT_FILE_FORMAT, version: SEGMENT_FILE_VERSION, exportedAt: new Date(now).toISOString(), segments: plain };
}

/** "segue-segments-2026-12-07.json" */
export function segmentFileName(now: number): string {
  return `segue-segments-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type SegmentFileResult = { ok: true; segments: Segment[] } | { ok: false; issues: ValidationIssue[] };

const fileIssue = (message: string): SegmentFileResult => ({ ok: false, issues: [{ path: '', message }] });

/** Checks a segment file (ours, or a bare list of segments) with the editor's own validation, every field. */
export function parseSegmentFile(text: string): SegmentFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fileIssue('The file is not valid JSON, so it holds no segments.');
  }
  if (Array.isArray(data)) return data.length ? plainSegments(validateSegments(data)) : fileIssue('The file has no segments in it.');
  const file = data as Partial<Record<keyof SegmentFile, unknown>> | null;
  if (file && typeof file === 'object' && file.format === 'segue-backup') {
    return fileIssue('This is a full backup: restore it from Import & export, or export the segments from a Segments page.');
  }
  if (file && typeof file === 'object' && typeof file.version === 'number' && file.version > SEGMENT_FILE_VERSION) {
    return fileIssue(`This file was made by a newer version of Segue (segment file format ${file.version}; this version reads up to ${SEGMENT_FILE_VERSION}). Update Segue, then import it.`);
  }
  if (!file || typeof file !== 'object' || !Array.isArray(file.segments)) {
    return fileIssue('Expected a list of segments, or an object with a "segments" list.');
  }
  if (file.segments.length === 0) return fileIssue('The file has no segments in it.');
  return plainSegments(validateSegments(file.segments, ['segments']));
}

/** Segments from a file are the rep's own, never a pack's (only installing a pack makes those). */
function plainSegments(result: SegmentFileResult): SegmentFileResult {
  return result.ok ? { ok: true, segments: result.segments.map(({ pack: _pack, ...segment }) => segment) } : result;
}

export interface SegmentChange {
  before: Segment;
  after: Segment;
  /** Top-level fields that differ: name, rules, templates … */
  fields: string[];
}

export interface SegmentDiff {
  added: Segment[];
  changed: SegmentChange[];
  unchanged: Segment[];
}

const COMPARED: readonly (keyof Segment)[] = ['name', 'description', 'priority', 'threshold', 'rules', 'talkingPoints', 'templates'];

/** What importing `incoming` over `stored` does, by segment id. The edit time alone is not a change. */
export function diffSegments(stored: readonly Segment[], incoming: readonly Segment[]): SegmentDiff {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const diff: SegmentDiff = { added: [], changed: [], unchanged: [] };
  for (const segment of incoming) {
    const before = byId.get(segment.id);
    if (!before) {
      diff.added.push(segment);
      continue;
    }
    const fields = COMPARED.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(segment[field]));
    if (fields.length) diff.changed.push({ before, after: segment, fields });
    else diff.unchanged.push(segment);
  }
  return diff;
}
