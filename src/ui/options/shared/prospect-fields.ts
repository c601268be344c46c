// The editable fields of a stored prospect, and the segments it matches (the same way the background matches).
import type { ProspectRecord } from '../../../db/database';
import type { ProspectFields } from '../../../domain/prospect';
import { enrichProspect } from '../../../domain/segments/enrich';
import { matchSegments, type SegmentMatch } from '../../../domain/segments/match';
import type { Segment } from '../../../domain/segments/segment-schema';
import { withCompanyFacts } from '../../../domain/companies/enrich';
import type { CompanyFields } from '../../../domain/companies/company';

export function prospectFieldsOf(record: ProspectRecord): ProspectFields {
  const { id: _id, stage: _s, source: _src, sources: _srcs, fieldSources: _fs, createdAt: _c, updatedAt: _u, segmentIds: _seg, nextFollowUpAt: _n, ...fields } = record;
  return fields;
}

/** `company`: the prospect's company, whose industry and size rules read where the prospect has none. */
export function explainSegments(record: ProspectRecord, segments: readonly Segment[], company?: Pick<CompanyFields, 'industry' | 'size'>): SegmentMatch[] {
  return matchSegments(withCompanyFacts(enrichProspect(prospectFieldsOf(record)), company), segments);
}
