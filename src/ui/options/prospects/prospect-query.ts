// One page of the prospects table: a filtered, sorted page from the index, or search results filtered in memory.
import type { ProspectRecord } from '../../../db/database';
import type { ProspectSort } from '../../../db/prospects-repo';
import type { Seniority, Stage } from '../../../domain/prospect';
import { repos } from '../shared/repos';

export const PAGE_SIZE = 50;
/** Search reads at most this many matches, then filters and pages them (a search narrows the table a lot). */
export const SEARCH_CAP = 500;

export interface ProspectQuery {
  search: string;
  stage: Stage | '';
  seniority: Seniority | '';
  segmentId: string;
  sortBy: ProspectSort;
  offset: number;
}

export const EMPTY_QUERY: ProspectQuery = { search: '', stage: '', seniority: '', segmentId: '', sortBy: 'updatedAt', offset: 0 };

export interface ProspectPage {
  items: ProspectRecord[];
  total: number;
  /** The search hit SEARCH_CAP: there may be more matches than `total`. */
  capped: boolean;
}

export function hasFilters(q: ProspectQuery): boolean {
  return Boolean(q.search.trim() || q.stage || q.seniority || q.segmentId);
}

const byText = (key: (p: ProspectRecord) => string | undefined) => (a: ProspectRecord, b: ProspectRecord) =>
  (key(a) ?? '').localeCompare(key(b) ?? '', undefined, { sensitivity: 'base' });

/** `signal`: a newer search (the next keystroke) aborts this one between reads. */
export async function loadProspectPage(q: ProspectQuery, signal?: AbortSignal): Promise<ProspectPage> {
  const repo = repos.prospects();
  if (!q.search.trim()) {
    const page = await repo.list({
      limit: PAGE_SIZE, offset: q.offset, sortBy: q.sortBy,
      ...(q.stage ? { stage: q.stage } : {}),
      ...(q.seniority ? { seniority: q.seniority } : {}),
      ...(q.segmentId ? { segmentId: q.segmentId } : {}),
    });
    return { ...page, capped: false };
  }
  const found = await repo.search(q.search, { limit: SEARCH_CAP, ...(signal ? { signal } : {}) });
  const filtered = found.filter((p) =>
    (!q.stage || p.stage === q.stage) && (!q.seniority || p.seniority === q.seniority) && (!q.segmentId || p.segmentIds.includes(q.segmentId)));
  const sorted = q.sortBy === 'name' ? filtered.sort(byText((p) => p.fullName))
    : q.sortBy === 'company' ? filtered.sort(byText((p) => p.company))
      : filtered.sort((a, b) => b.updatedAt - a.updatedAt);
  return { items: sorted.slice(q.offset, q.offset + PAGE_SIZE), total: sorted.length, capped: found.length >= SEARCH_CAP };
}
