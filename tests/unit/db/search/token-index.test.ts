// The in-memory token index answers exactly what a scan of every document answers, in rank order, for random
// documents and random one-, two- and three-word queries (common short prefixes included), with documents excluded.
import { describe, expect, it } from 'vitest';
import { compareRank, holdsEveryWord, TokenIndex, type TokenDoc } from '../../../../src/db/search/token-index';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['a', 'an', 'ba', 'bra', 'ce', 'da', 'el', 'fa', 'ha', 'na', 'ma', 'mü', 'o', 'ri', 'sa', 'th', 'zo', 'ë'];

function randomDocs(n: number, seed: number): TokenDoc[] {
  const rand = random(seed);
  const word = () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
  return Array.from({ length: n }, (_, i) => ({
    id: `doc-${Math.floor(rand() * 1e6)}-${i}`,
    tokens: Array.from({ length: Math.floor(rand() * 9) }, word),
    // Few distinct times, so ties are ordered by id.
    updatedAt: Math.floor(rand() * 20),
  }));
}

function reference(docs: readonly TokenDoc[], words: readonly string[], want: number, excluded: ReadonlySet<string>): string[] {
  return docs.filter((d) => !excluded.has(d.id) && holdsEveryWord(d.tokens, words)).sort(compareRank).slice(0, want).map((d) => d.id);
}

describe('TokenIndex', () => {
  it('matches a brute-force scan for random documents and queries, in rank order, with exclusions', () => {
    for (const seed of [1, 2, 3]) {
      const docs = randomDocs(1200, seed);
      const index = TokenIndex.build(docs);
      const rand = random(seed * 97);
      const excludedIds = new Set(docs.filter(() => rand() < 0.1).map((d) => d.id));
      const excluded = new Uint8Array(index.size);
      for (const id of excludedIds) excluded[index.docNumber(id)!] = 1;
      const queries: string[][] = [['a'], ['zz'], ['ë'], ['a', 'b'], ['ma', 'na', 'o']];
      for (let q = 0; q < 150; q++) {
        const words = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
          const doc = docs[Math.floor(rand() * docs.length)]!;
          const token = doc.tokens[Math.floor(rand() * doc.tokens.length)] ?? 'x';
          return token.slice(0, 1 + Math.floor(rand() * token.length));
        });
        queries.push(words);
      }
      for (const words of queries) {
        for (const want of [1, 8, 5000]) {
          const got = index.search(words, want, excluded).map((d) => index.doc(d).id);
          expect(got, `${words.join(' ')} want ${want}`).toEqual(reference(docs, words, want, excludedIds));
        }
        expect(index.search(words, 5000).map((d) => index.doc(d).id)).toEqual(reference(docs, words, 5000, new Set()));
      }
    }
  });

  it('holds one pair per distinct token of a document, and nothing for an empty query', () => {
    const index = TokenIndex.build([{ id: 'a', tokens: ['x', 'x', 'y'], updatedAt: 1 }, { id: 'b', tokens: [], updatedAt: 2 }]);
    expect(index.pairs).toBe(2);
    expect(index.search([], 10)).toEqual([]);
    expect(index.search(['x'], 10).map((d) => index.doc(d).id)).toEqual(['a']);
  });
});
