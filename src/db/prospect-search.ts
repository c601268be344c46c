// Search as you type over the multi-entry searchTokens index of prospects. Every word typed must be the start of a
// token of the prospect. In Chromium every index entry read costs about as much as a row read (it is checked
// against the store), so search reads as few entries as it can: each word is probed with a few keys (a word whose
// range fits is rare: it leads, and its ids are the only candidates); otherwise the longest word leads. The lead's
// ids are read a page at a time and their rows checked for the other words, until `limit` rows are found.
// (A separate [token+id] table was tried: one IndexedDB request per token made writes 1.6-2x slower.)
import type { SegueDatabase, StoredProspect } from './database';

/** Keys read per word to find out whether it is rare (its whole range fits). */
const PROBE_KEYS = 64;
/** Rows checked per read: the first batch, doubling up to MAX_PAGE as the lead is read further. */
const FIRST_PAGE = 32;
const MAX_PAGE = 256;

export interface SearchOptions {
  limit: number;
  offset: number;
  /** Type-ahead: a newer keystroke aborts this search between reads. */
  signal?: AbortSignal;
  /** Keys read per word to find out whether it is rare (default PROBE_KEYS). */
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

/** The stored rows matching every word, in the lead word's index order, `offset` skipped, at most `limit`. */
export async function searchProspects(db: SegueDatabase, words: readonly string[], options: SearchOptions): Promise<StoredProspect[]> {
  const want = options.offset + options.limit;
  const { signal } = options;
  const probe = Math.max(2, options.keysPerWord ?? PROBE_KEYS);
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

    const probes = await Promise.all(words.map((word) => readWord(db, word, probe)));
    checkAborted(signal);
    const rare = probes.filter((r) => r.whole).sort((a, b) => a.ids.length - b.ids.length);
    // The rarest word whose range fit leads, the other rare ones narrow it as sets; else the longest word leads.
    let lead = rare[0] ?? [...probes].sort((a, b) => b.word.length - a.word.length)[0]!;
    const sets = rare.filter((r) => r !== lead).map((r) => new Set(r.ids));
    const checkOnRows = probes.filter((r) => !r.whole && r !== lead).map((r) => r.word);

    const found: StoredProspect[] = [];
    const seen = new Set<string>();
    let page = FIRST_PAGE;
    for (;;) {
      const candidates = lead.ids.filter((id) => !seen.has(id) && sets.every((set) => set.has(id)));
      for (const id of lead.ids) seen.add(id);
      for (let next = 0; next < candidates.length && found.length < want;) {
        checkAborted(signal);
        // With no word left to check on rows, exactly the rows still wanted are read.
        const size = checkOnRows.length ? page : want - found.length;
        const batch = candidates.slice(next, next + size);
        next += size;
        for (const row of await rowsOf(db, batch)) if (checkOnRows.every((word) => holdsWord(row, word))) found.push(row);
      }
      if (found.length >= want || lead.whole) break;
      checkAborted(signal);
      // Read further along the lead's range: twice as far each time (ids read before are skipped as seen).
      page = Math.min(MAX_PAGE, page * 2);
      lead = await readWord(db, lead.word, lead.read * 2);
    }
    return found.slice(options.offset, want);
  });
}

async function rowsOf(db: SegueDatabase, ids: readonly string[]): Promise<StoredProspect[]> {
  if (!ids.length) return [];
  return (await db.prospects.bulkGet([...ids])).filter((row): row is StoredProspect => Boolean(row));
}
