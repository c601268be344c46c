// Saving a reviewed prospect: check it, fill what the title tells, match it to the segments, then store or merge.
import { sanitizeFields, type ProspectDraft } from '../domain/prospect';
import { prospectsRepo, segmentsRepo } from '../db/default-database';
import type { MergeDecision } from '../db/prospects-repo';
import { enrichProspect } from '../domain/segments/enrich';
import { matchSegments } from '../domain/segments/match';

export class InvalidDraftError extends Error {
  override name = 'InvalidDraftError';
}

/** Saves a reviewed capture; a likely but unproven match (same name and company) comes back as `confirm` first. */
export async function saveProspect(draft: ProspectDraft, decision?: MergeDecision) {
  if (!draft || typeof draft !== 'object' || !draft.fields || !draft.source) throw new InvalidDraftError('Nothing to save.');
  const fullName = draft.fields.fullName?.trim();
  if (!fullName) throw new InvalidDraftError('A prospect needs a name.');
  const fields = enrichProspect(sanitizeFields({ ...draft.fields, fullName }));
  const segments = await segmentsRepo().list();
  const segmentIds = matchSegments(fields, segments).filter((m) => m.matched).map((m) => m.segmentId);
  return prospectsRepo().saveOrAsk({ ...draft, fields }, { segmentIds, ...(decision ? { decision } : {}) });
}
