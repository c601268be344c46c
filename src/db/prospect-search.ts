// Search as you type over the multi-entry searchTokens index of prospects. Every word typed must be the start of a
// token of the prospect. Each word's index range is read as primary keys only (getAllKeys, capped), all words at
// once; the rarest word whose range was read whole leads, the other whole ranges intersect it as sets, and only
// words too common to read whole are checked on rows. Reads stay bounded at any table size: never the whole table.
// (A separate [token+id] table was tried: one IndexedDB request per token made writes 1.6-2x slower.)
import type { SegueDatabase, StoredProspect } from './database';

/** Keys read per word at most: a word matching more token rows than this is "common" and checked on rows. */
const WORD_KEYS_CAP = 4000;
/** Rows read per round when candidates must be checked on the rows themselves. */
const CHECK_BATCH = 48;

export interface SearchOptions {
  limit: number;
  offset: number;
  /** Type-ahead: a newer keystroke aborts this search between reads. */
  signal?: AbortSignal;
  /** Keys read per word before it counts as common (default WORD_KEYS_CAP). */
  keysPerWord?: number;
}

interface WordIds {
  word: string;
  /** Distinct prospect ids in index order (token, then id). */
  ids: string[];
  /** Every index entry of the word was read. */
  whole: boolean;
  /** How many index entries were asked for. */
  read: number;
}

function checkAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The search was superseded.', 'AbortError');
}

async function readWord(db: SegueDatabase, word: string, cap: number): Promise<WordIds> {
  const keys = (await db.prospects.where('searchTokens').between(word, `${word}\uffff`, true, true).limit(cap).primaryKeys()) as string[];
  return { word, ids: [...new Set(keys)], whole: keys.length < cap, read: cap };
}

const holdsWord = (row: StoredProspect, word: string) => (row.searchTokens ?? []).some((token) => token.startsWith(word));

/** The stored rows matching every word, in the lead word's token order, `offset` skipped, at most `limit`. */
export async function searchProspects(db: SegueDatabase, words: readonly string[], options: SearchOptions): Promise<StoredProspect[]> {
  const want = options.offset + options.limit;
  const { signal } = options;
  const cap = Math.max(2, options.keysPerWord ?? WORD_KEYS_CAP);
  return db.transaction('r', db.prospects, async () => {
    if (words.length === 1) {
      // One word: its first rows are the answer. Keys of one row repeat across its tokens (h → hana, harbor): read a few more.
      let read = await readWord(db, words[0]!, want * 3);
      while (read.ids.length < want && !read.whole) {
        checkAborted(signal);
        read = await readWord(db, words[0]!, read.read * 4);
      }
      return rowsOf(db, read.ids.slice(options.offset, want));
    }

    const reads = await Promise.all(words.map((word) => readWord(db, word, cap)));
    checkAborted(signal);
    const whole = reads.filter((r) => r.whole).sort((a, b) => a.ids.length - b.ids.length);
    const common = reads.filter((r) => !r.whole).map((r) => r.word);
    // The rarest whole word leads; when every word is common, the longest one (likely the most selective).
    let lead = whole[0] ?? [...reads].sort((a, b) => b.word.length - a.word.length)[0]!;
    const others = whole.filter((r) => r !== lead).map((r) => new Set(r.ids));
    const checkOnRows = common.filter((word) => word !== lead.word);
    const inOthers = (id: string) => others.every((set) => set.has(id));

    const found: StoredProspect[] = [];
    const seen = new Set<string>();
    for (;;) {
      const candidates = lead.ids.filter((id) => !seen.has(id) && inOthers(id));
      for (const id of lead.ids) seen.add(id);
      let next = 0;
      while (next < candidates.length && found.length < want) {
        checkAborted(signal);
        // With no word left to check on rows, exactly the rows still wanted are read.
        const size = checkOnRows.length ? CHECK_BATCH : want - found.length;
        const batch = candidates.slice(next, next + size);
        next += size;
        for (const row of await rowsOf(db, batch)) if (checkOnRows.every((word) => holdsWord(row, word))) found.push(row);
      }
      if (found.length >= want || lead.whole) break;
      checkAborted(signal);
      // A common lead: read further along its range (earlier ids are skipped as seen).
      lead = await readWord(db, lead.word, lead.read * 4);
    }
    return found.slice(options.offset, want);
  });
}

async function rowsOf(db: SegueDatabase, ids: readonly string[]): Promise<StoredProspect[]> {
  if (!ids.length) return [];
  return (await db.prospects.bulkGet([...ids])).filter((row): row is StoredProspect => Boolean(row));
}
