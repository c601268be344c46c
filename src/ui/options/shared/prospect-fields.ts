// The editable fields of a stored prospect, and the segments it matches (the same way the background matches).
import type { ProspectRecord } from '../../../db/database';
import type { ProspectFields } from '../../../domain/prospect';
import { enrichProspect } from '../../../domain/segments/enrich';
import { matchSegments, type SegmentMatch } from '../../../domain/segments/match';
import type { Segment } from '../../../domain/segments/segment-schema';

export function prospectFieldsOf(record: ProspectRecord): ProspectFields {
  const { id: _id, stage: _s, source: _src, sources: _srcs, fieldSources: _fs, createdAt: _c, updatedAt: _u, segmentIds: _seg, nextFollowUpAt: _n, ...fields } = record;
  return fields;
}

export function explainSegments(record: ProspectRecord, segments: readonly Segment[]): SegmentMatch[] {
  return matchSegments(enrichProspect(prospectFieldsOf(record)), segments);
}
