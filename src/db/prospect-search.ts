// Search's answers by id: from this page's in-memory token index (search/live-search-index.ts) when it is current,
// else from a scan of the narrow prospectSearch table (one cursor, stopped as soon as enough rows are found), which
// answers while that index is built or rebuilt after a bulk write. Every word typed must start a token.
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
  const hits = await liveSearchIndex(db).search(words, options.limit, options.offset);
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
