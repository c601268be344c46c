// A compact, immutable prefix index over the search tokens of many documents (pure TypeScript, no IndexedDB).
// Tokens are sorted once, so the tokens starting with a word are one contiguous range of token numbers, and their
// postings one contiguous slice of one Int32Array: a word's hit count is known in O(log tokens). A query marks the
// documents of its rarest word in a bitset and checks the other words on each candidate's own sorted token
// numbers, in rank order, stopping as soon as enough are found. About 8 bytes per (document, token) pair.

export interface TokenDoc {
  id: string;
  tokens: readonly string[];
  updatedAt: number;
}

/** Rank order of results: most recently updated first, then by id. */
export function compareRank(a: { id: string; updatedAt: number }, b: { id: string; updatedAt: number }): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Does a document whose tokens are `tokens` hold a token starting with every word? (The reference semantics.) */
export function holdsEveryWord(tokens: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => tokens.some((token) => token.startsWith(word)));
}

/** First index in [lo, hi) whose value is >= target, in a sorted Int32Array slice. */
function lowerBoundInt(values: Int32Array, lo: number, hi: number, target: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TokenIndex {
  /** Documents in rank order: document number = position. */
  private readonly ids: string[];
  private readonly updated: Float64Array;
  private readonly numberOf: Map<string, number>;
  /** Distinct tokens, sorted by code unit. */
  private readonly tokens: string[];
  /** Postings of token t: docs[postStart[t] .. postStart[t + 1]), ascending document numbers. */
  private readonly postStart: Int32Array;
  private readonly postDocs: Int32Array;
  /** Token numbers of document d: docTokens[docStart[d] .. docStart[d + 1]), ascending. */
  private readonly docStart: Int32Array;
  private readonly docTokens: Int32Array;

  private constructor(init: {
    ids: string[]; updated: Float64Array; tokens: string[];
    postStart: Int32Array; postDocs: Int32Array; docStart: Int32Array; docTokens: Int32Array;
  }) {
    this.ids = init.ids;
    this.updated = init.updated;
    this.tokens = init.tokens;
    this.postStart = init.postStart;
    this.postDocs = init.postDocs;
    this.docStart = init.docStart;
    this.docTokens = init.docTokens;
    this.numberOf = new Map(this.ids.map((id, i) => [id, i]));
  }

  static build(input: readonly TokenDoc[]): TokenIndex {
    const docs = [...input].sort(compareRank);
    // One map lookup per (document, token): tokens are numbered as first seen, then renumbered in sorted order.
    const seen = new Map<string, number>();
    const firstSeen: string[] = [];
    let total = 0;
    for (const doc of docs) total += doc.tokens.length;
    const flat = new Int32Array(total);
    const docStart = new Int32Array(docs.length + 1);
    let at = 0;
    for (let d = 0; d < docs.length; d++) {
      for (const token of docs[d]!.tokens) {
        let n = seen.get(token);
        if (n === undefined) {
          n = firstSeen.length;
          seen.set(token, n);
          firstSeen.push(token);
        }
        flat[at++] = n;
      }
      docStart[d + 1] = at;
    }
    const tokens = [...firstSeen].sort();
    const rank = new Int32Array(tokens.length);
    tokens.forEach((token, i) => { rank[seen.get(token)!] = i; });

    // Renumber, sort each document's numbers and drop repeats, compacting in place.
    const frequency = new Int32Array(tokens.length + 1);
    let write = 0;
    for (let d = 0; d < docs.length; d++) {
      const from = docStart[d]!;
      const to = docStart[d + 1]!;
      for (let i = from; i < to; i++) flat[i] = rank[flat[i]!]!;
      flat.subarray(from, to).sort();
      docStart[d] = write;
      for (let i = from; i < to; i++) {
        if (i > from && flat[i] === flat[i - 1]) continue;
        flat[write++] = flat[i]!;
        frequency[flat[i]! + 1]!++;
      }
    }
    docStart[docs.length] = write;
    const docTokens = flat.slice(0, write);

    const postStart = new Int32Array(tokens.length + 1);
    for (let t = 0; t < tokens.length; t++) postStart[t + 1] = postStart[t]! + frequency[t + 1]!;
    const fill = postStart.slice(0, tokens.length);
    const postDocs = new Int32Array(docTokens.length);
    // Documents are visited in ascending order, so each token's postings come out sorted.
    for (let d = 0; d < docs.length; d++) {
      for (let i = docStart[d]!; i < docStart[d + 1]!; i++) postDocs[fill[docTokens[i]!]!++] = d;
    }
    return new TokenIndex({
      ids: docs.map((doc) => doc.id), updated: Float64Array.from(docs, (doc) => doc.updatedAt),
      tokens, postStart, postDocs, docStart, docTokens,
    });
  }

  get size(): number {
    return this.ids.length;
  }

  /** (document, token) pairs held: the index's memory is about 8 bytes per pair plus the distinct tokens. */
  get pairs(): number {
    return this.docTokens.length;
  }

  docNumber(id: string): number | undefined {
    return this.numberOf.get(id);
  }

  doc(d: number): { id: string; updatedAt: number } {
    return { id: this.ids[d]!, updatedAt: this.updated[d]! };
  }

  /** The token numbers [lo, hi) of the tokens starting with `word`. */
  private rangeOf(word: string): [number, number] {
    const { tokens } = this;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    const start = lo;
    hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.startsWith(word)) lo = mid + 1;
      else hi = mid;
    }
    return [start, lo];
  }

  /**
   * Document numbers holding a token that starts with every word, in rank order, skipping `excluded` ones, at most
   * `want` of them. Work: the rarest word's postings, plus a binary search per other word per candidate.
   */
  search(words: readonly string[], want: number, excluded?: Uint8Array): number[] {
    if (!words.length || want <= 0) return [];
    const ranges = words.map((word) => this.rangeOf(word));
    const hits = ranges.map(([lo, hi]) => this.postStart[hi]! - this.postStart[lo]!);
    let lead = 0;
    for (let i = 1; i < ranges.length; i++) if (hits[i]! < hits[lead]!) lead = i;
    if (hits[lead] === 0) return [];
    const others = ranges.filter((_, i) => i !== lead);

    const bits = new Uint32Array((this.ids.length + 31) >>> 5);
    const [leadLo, leadHi] = ranges[lead]!;
    for (let p = this.postStart[leadLo]!, end = this.postStart[leadHi]!; p < end; p++) {
      const d = this.postDocs[p]!;
      bits[d >>> 5]! |= 1 << (d & 31);
    }
    const out: number[] = [];
    for (let w = 0; w < bits.length && out.length < want; w++) {
      let word = bits[w]!;
      while (word !== 0 && out.length < want) {
        const bit = 31 - Math.clz32(word & -word);
        word &= word - 1;
        const d = (w << 5) | bit;
        if (excluded?.[d]) continue;
        if (others.every(([lo, hi]) => this.holdsRange(d, lo, hi))) out.push(d);
      }
    }
    return out;
  }

  private holdsRange(d: number, lo: number, hi: number): boolean {
    const end = this.docStart[d + 1]!;
    const at = lowerBoundInt(this.docTokens, this.docStart[d]!, end, lo);
    return at < end && this.docTokens[at]! < hi;
  }
}
