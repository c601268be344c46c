// Search as you type from memory: a TokenIndex of every prospect's search tokens, built once per page from a paged
// read of the narrow prospectSearch table (search-mirror.ts), and kept current by Dexie's change observation (`storagemutated`, which also carries other
// contexts' commits, e.g. an import in the service worker). Writes cost nothing extra.
//  - A commit that names the prospects it changed marks their ids dirty; the next search re-reads those rows
//    (one request) into a small overlay that shadows the index's copies.
//  - A commit that changed a range (bulk writes of 50+ rows, clear, deleteRange) makes the index stale: it is
//    rebuilt in the background, and searches meanwhile return null (the caller falls back to a scan of prospectSearch).
//  - When the overlay grows past OVERLAY_LIMIT rows the index is rebuilt with them folded in.
// Per keystroke, once built: no index read at all, one bulkGet of the rows shown (done by the caller).
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { SegueDatabase, StoredProspect } from '../database';
import { compareRank, holdsEveryWord, TokenIndex, type TokenDoc } from './token-index';
import { searchRowOf } from './search-mirror';

/** Rows per read while building (one transaction each). */
const BUILD_PAGE = 2000;
/** Changed rows kept beside the index before it is rebuilt with them. */
const OVERLAY_LIMIT = 2000;
/** Quiet time after a range change before the rebuild starts (bulk writes come in bursts). */
const REBUILD_DELAY_MS = 500;

export interface SearchHit {
  id: string;
  updatedAt: number;
}

function tokenDoc(row: StoredProspect): TokenDoc {
  return searchRowOf(row);
}

/** The point keys of an interval tree, or null when it holds a real range. */
function pointKeys(tree: IntervalTree | undefined, out: Set<string>): boolean {
  if (!tree || !('from' in tree)) return true;
  if (tree.from !== tree.to || typeof tree.from !== 'string') return false;
  out.add(tree.from);
  return pointKeys(tree.l ?? undefined, out) && pointKeys(tree.r ?? undefined, out);
}

export class LiveSearchIndex {
  private index: TokenIndex | null = null;
  /** Index documents shadowed by a newer copy in the overlay, or deleted. */
  private excluded = new Uint8Array(0);
  /** Rows changed since the index was built: their current tokens, or null when deleted. */
  private overlay = new Map<string, TokenDoc | null>();
  /** Ids changed by a commit and not yet re-read. */
  private dirty = new Set<string>();
  private stale = true;
  private building: Promise<void> | null = null;
  private failure: unknown = null;
  /** Settles once the build under way has read its first page: true when that page was the whole table. */
  private fitsOnePage: Promise<boolean> = Promise.resolve(false);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly prefix: string;
  private readonly listener = (parts: ObservabilitySet) => this.onMutated(parts);

  constructor(private readonly db: SegueDatabase) {
    this.prefix = `idb://${db.name}/prospects/`;
    Dexie.on('storagemutated', this.listener);
    db.on('close', () => this.dispose());
  }

  /** Stops observing and frees the index (the database was closed: a later search starts a new one). */
  dispose(): void {
    Dexie.on.storagemutated.unsubscribe(this.listener);
    if (this.timer) clearTimeout(this.timer);
    if (live.get(this.db) === this) live.delete(this.db);
    this.index = null;
    this.overlay.clear();
    this.stale = true;
  }

  /** Resolves once the index is built and current (the bench waits for it before timing keystrokes). */
  async ready(): Promise<void> {
    while (this.stale || this.building) {
      this.startBuild();
      await this.building;
      if (this.failure) throw this.failure;
    }
  }

  /** Settles when the build under way (if any) has finished, whether or not the index is current after it. */
  async buildUnderWay(): Promise<void> {
    await this.building;
  }

  /** How many (prospect, token) pairs the index holds, and how many rows are in the overlay. */
  stats(): { prospects: number; pairs: number; overlay: number } {
    return { prospects: this.index?.size ?? 0, pairs: this.index?.pairs ?? 0, overlay: this.overlay.size };
  }

  /**
   * The ids of the prospects holding every word as a token prefix, most recently updated first, `offset` skipped,
   * at most `limit`; null while the index is not current (then a build is under way).
   */
  async search(words: readonly string[], limit: number, offset: number): Promise<SearchHit[] | null> {
    if (this.stale || !this.index) {
      this.startBuild();
      // A table that fits in one page is indexed at once: answer from the index rather than in another order.
      if (!(await this.fitsOnePage)) return null;
      await this.building;
      if (this.stale || !this.index) return null;
    }
    if (this.dirty.size) await this.applyDirty();
    const index = this.index;
    if (this.stale || !index) return null;
    const want = offset + limit;
    const fromIndex = index.search(words, want, this.excluded).map((d) => index.doc(d));
    const fromOverlay: SearchHit[] = [];
    for (const doc of this.overlay.values()) if (doc && holdsEveryWord(doc.tokens, words)) fromOverlay.push(doc);
    return [...fromIndex, ...fromOverlay].sort(compareRank).slice(offset, want).map(({ id, updatedAt }) => ({ id, updatedAt }));
  }

  private onMutated(parts: ObservabilitySet): void {
    // The primary-key parts ('' and ':dels') name the changed rows; index parts only repeat them by other keys.
    const named = new Set<string>();
    const points = pointKeys(parts[this.prefix], named) && pointKeys(parts[`${this.prefix}:dels`], named);
    if (!points) this.markStale();
    else for (const id of named) this.dirty.add(id);
  }

  private markStale(): void {
    this.stale = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.startBuild();
    }, REBUILD_DELAY_MS);
  }

  private async applyDirty(): Promise<void> {
    const ids = [...this.dirty];
    this.dirty.clear();
    const rows = await this.db.prospects.bulkGet(ids);
    if (!this.index) return;
    ids.forEach((id, i) => {
      const row = rows[i];
      this.overlay.set(id, row ? tokenDoc(row) : null);
      const d = this.index!.docNumber(id);
      if (d !== undefined) this.excluded[d] = 1;
    });
    if (this.overlay.size > OVERLAY_LIMIT) this.markStale();
  }

  private startBuild(): void {
    if (this.building) return;
    this.failure = null;
    let firstPage: (fits: boolean) => void = () => undefined;
    this.fitsOnePage = new Promise((resolve) => (firstPage = resolve));
    this.building = this.build(firstPage).then(
      () => {
        this.building = null;
        // A range changed while building: build again once writes are quiet.
        if (this.stale && !this.timer && live.get(this.db) === this) this.markStale();
      },
      (error: unknown) => {
        // Searches keep falling back to a scan of prospectSearch; the next search tries again.
        this.building = null;
        this.stale = true;
        this.failure = error;
        firstPage(false);
      },
    );
  }

  private async build(firstPage: (fits: boolean) => void): Promise<void> {
    // Everything that changes from here on is re-read or rebuilt: the pages below are separate transactions.
    this.stale = false;
    this.dirty.clear();
    const docs: TokenDoc[] = [];
    let after: string | undefined;
    for (;;) {
      const table = this.db.prospectSearch;
      const where = after === undefined ? table.toCollection() : table.where(':id').above(after);
      const page = await where.limit(BUILD_PAGE).toArray();
      for (const row of page) docs.push(row);
      if (after === undefined) firstPage(page.length < BUILD_PAGE);
      if (page.length < BUILD_PAGE) break;
      after = page[page.length - 1]!.id;
    }
    const index = TokenIndex.build(docs);
    this.index = index;
    this.excluded = new Uint8Array(index.size);
    this.overlay.clear();
    // Commits seen during the build marked their rows dirty: they are re-read at the next search.
  }
}

const live = new WeakMap<SegueDatabase, LiveSearchIndex>();

/** The one live index of this database in this context, created (and built on first search) when first asked. */
export function liveSearchIndex(db: SegueDatabase): LiveSearchIndex {
  let found = live.get(db);
  if (!found) {
    found = new LiveSearchIndex(db);
    live.set(db, found);
  }
  return found;
}
