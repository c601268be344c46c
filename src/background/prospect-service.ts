// Saving a reviewed prospect: check it, fill what the title tells, match it to the segments, then store or merge.
import { sanitizeFields, type ProspectDraft } from '../domain/prospect';
import { database, prospectsRepo, segmentsRepo } from '../db/default-database';
import { CompaniesRepo } from '../db/companies-repo';
import { withCompanyFacts } from '../domain/companies/enrich';
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
  // Rules on industry and size read the prospect's company where the prospect has none.
  const company = await new CompaniesRepo(database()).forProspect(fields);
  const segmentIds = matchSegments(withCompanyFacts(fields, company), segments).filter((m) => m.matched).map((m) => m.segmentId);
  return prospectsRepo().saveOrAsk({ ...draft, fields }, { segmentIds, ...(decision ? { decision } : {}) });
}
