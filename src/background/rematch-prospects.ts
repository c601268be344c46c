// Matching stored prospects again after the segments change, page by page in the background, with progress.
// Given the segments as they were, only prospects the changed segments can affect are scored again (rematch.ts).
import { CompaniesRepo } from '../db/companies-repo';
import { fromStored, type ProspectRecord, type SegueDatabase, type StoredProspect } from '../db/database';
import { SegmentsRepo } from '../db/segments-repo';
import { indexCompanies, withCompanyFacts, type Company } from '../domain/companies';
import type { ProspectFields } from '../domain/prospect';
import { enrichProspect, type ParsedTitleLike } from '../domain/segments/enrich';
import { compileSegments, type SegmentMatcher } from '../domain/segments/match';
import { rematcher } from '../domain/segments/rematch';
import type { Segment } from '../domain/segments/segment-schema';
import { parseTitle } from '../domain/titles/parse-title';
import type { RematchProgress } from '../messaging/protocol-rematch';

/** Prospects read and rewritten per transaction when segments are matched again. */
export const REMATCH_PAGE_SIZE = 500;

/** The fields a prospect record holds (everything but bookkeeping), for matching. */
export function fieldsOf(record: ProspectRecord): ProspectFields {
  const { id: _id, stage: _s, source: _src, sources: _srcs, fieldSources: _fs, createdAt: _c, updatedAt: _u, segmentIds: _seg, nextFollowUpAt: _n, noteTokens, ...fields } = record;
  // Notes live on the timeline; a rule on notes reads the words kept of them.
  return noteTokens?.length && !fields.notes ? { ...fields, notes: noteTokens.join(' ') } : fields;
}

/** parseTitle with its answers kept: in a bulk run most titles repeat. */
export function memoTitleParser(limit = 20_000): (text: string) => ParsedTitleLike {
  const seen = new Map<string, ParsedTitleLike>();
  return (text) => {
    let parsed = seen.get(text);
    if (!parsed) {
      parsed = parseTitle(text);
      if (seen.size >= limit) seen.clear();
      seen.set(text, parsed);
    }
    return parsed;
  };
}

/** The prospect as matching sees it: enriched (seniority from the title …), with its company's industry and size. */
function matchable(record: ProspectRecord, company: Pick<Company, 'industry' | 'size'> | undefined, parse?: (text: string) => ParsedTitleLike): ProspectFields {
  return withCompanyFacts(enrichProspect(fieldsOf(record), parse), company);
}

/** The ids of the segments a prospect matches. */
export function matchedSegmentIds(
  matcher: SegmentMatcher, record: ProspectRecord, company?: Pick<Company, 'industry' | 'size'>, parse?: (text: string) => ParsedTitleLike,
): string[] {
  return matcher.matchedIds(matchable(record, company, parse));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export interface RematchOptions {
  /** The segments before the change; without them every prospect is matched against every segment. */
  before?: readonly Segment[];
  onProgress?: (progress: RematchProgress) => void;
  now?: () => number;
}

/**
 * Matches every prospect against the current segments again, REMATCH_PAGE_SIZE rows per transaction (never the
 * whole table at once). Only rows whose segment ids change are written. Returns how many changed.
 */
export async function rematchProspects(db: SegueDatabase, options: RematchOptions = {}): Promise<number> {
  const after = await new SegmentsRepo(db).list();
  const parse = memoTitleParser();
  const companyOf = indexCompanies(await new CompaniesRepo(db).list());
  let idsOf: (record: ProspectRecord) => string[];
  if (options.before) {
    const incremental = rematcher(options.before, after);
    if (!incremental.needed) return 0;
    idsOf = (record) => incremental.matchedIds(matchable(record, companyOf(record), parse), record.segmentIds ?? []);
  } else {
    const matcher = compileSegments(after);
    idsOf = (record) => matchedSegmentIds(matcher, record, companyOf(record), parse);
  }
  const total = await db.prospects.count();
  const progress: RematchProgress = { phase: 'running', done: 0, total, changed: 0, startedAt: (options.now ?? Date.now)() };
  options.onProgress?.({ ...progress });
  let last: string | undefined;
  for (;;) {
    const rows = await db.transaction('rw', db.prospects, async () => {
      const page: StoredProspect[] = last === undefined
        ? await db.prospects.orderBy(':id').limit(REMATCH_PAGE_SIZE).toArray()
        : await db.prospects.where(':id').above(last).limit(REMATCH_PAGE_SIZE).toArray();
      const updates: StoredProspect[] = [];
      for (const row of page) {
        const ids = idsOf(fromStored(row));
        if (!sameIds(ids, row.segmentIds ?? [])) updates.push({ ...row, segmentIds: ids });
      }
      if (updates.length) await db.prospects.bulkPut(updates);
      progress.changed += updates.length;
      return page;
    });
    progress.done += rows.length;
    const finished = rows.length < REMATCH_PAGE_SIZE;
    if (finished) progress.phase = 'done';
    options.onProgress?.({ ...progress, total: Math.max(progress.total, progress.done) });
    if (finished) return progress.changed;
    last = rows[rows.length - 1]!.id;
  }
}
