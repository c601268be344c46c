// Search's answers by id: from this page's in-memory token index (search/live-search-index.ts). The first search of
// a page waits for the index's build (one paged read of the narrow prospectSearch table, faster than a scan); when the
// index is stale again after that build (another context is writing in bulk, e.g. an import), a scan of prospectSearch
// answers (one cursor, stopped as soon as enough rows are found). Every word typed must start a token.
import type { SegueDatabase } from './database';
import { liveSearchIndex } from './search/live-search-index';
import { holdsEveryWord } from './search/token-index';

export interface SearchOptions {
  limit: number;
  offset: number;
  /** Type-ahead: a newer keystroke aborts this search between reads. */
  signal?: AbortSignal;
}

export function checkAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The search was superseded.', 'AbortError');
}

/** Ids of the prospects holding every word as a token prefix: most recently updated first from the live index. */
export async function searchIds(db: SegueDatabase, words: readonly string[], options: SearchOptions): Promise<string[]> {
  checkAborted(options.signal);
  const index = liveSearchIndex(db);
  let hits = await index.search(words, options.limit, options.offset);
  if (!hits) {
    // At most one build is waited for: writes that keep the index stale meanwhile are answered by the scan.
    await index.buildUnderWay();
    checkAborted(options.signal);
    hits = await index.search(words, options.limit, options.offset);
  }
  checkAborted(options.signal);
  if (hits) return hits.map((hit) => hit.id);
  return scanSearchTable(db, words, options);
}

/** The fallback: prospectSearch rows in id order, `offset` skipped, at most `limit`. */
export async function scanSearchTable(db: SegueDatabase, words: readonly string[], options: SearchOptions): Promise<string[]> {
  const want = options.offset + options.limit;
  if (!words.length || want <= 0) return [];
  const { signal } = options;
  const ids = (await db.prospectSearch
    .filter((row) => {
      // A superseded search stops testing rows (the cursor runs out cheaply) and throws below.
      if (signal?.aborted) return false;
      return holdsEveryWord(row.tokens, words);
    })
    .limit(want)
    .primaryKeys()) as string[];
  checkAborted(signal);
  return ids.slice(options.offset);
}
