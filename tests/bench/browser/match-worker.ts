// Web Worker: 100,000 generated prospects against 50 varied segments, with the product's matcher.
// Posts { matchMs[], featuresMs[], scoreMs[], matched } back; the prospects are generated before any timing.
import { generateProspects } from '../../support/db/generate';
import { compileSegments } from '../../../src/domain/segments/match';
import { prospectFeatures } from '../../../src/domain/segments/prospect-features';
import { variedSegments } from '../support/varied-segments';

interface Request { prospects: number; segments: number; rounds: number }

self.onmessage = (event: MessageEvent<Request>) => {
  const { prospects: n, segments: s, rounds } = event.data;
  const prospects = generateProspects(n, 42);
  const matcher = compileSegments(variedSegments(s, 7));
  let sink = 0;
  // Warm up (JIT) on a slice.
  for (let i = 0; i < Math.min(n, 5000); i++) sink += matcher.match(prospects[i]!).length + prospectFeatures(prospects[i]!).title.length;
  const time = (fn: () => void) => { const t0 = performance.now(); fn(); return performance.now() - t0; };
  const matchMs: number[] = [];
  const featuresMs: number[] = [];
  const scoreMs: number[] = [];
  let matched = 0;
  for (let r = 0; r < rounds; r++) {
    featuresMs.push(time(() => { for (const p of prospects) sink += prospectFeatures(p).title.length; }));
    matchMs.push(time(() => {
      matched = 0;
      for (const p of prospects) { const m = matcher.match(p); if (m[0]!.matched) matched++; }
    }));
    scoreMs.push(time(() => { for (const p of prospects) sink += matcher.score(p).length; }));
  }
  (self as unknown as Worker).postMessage({ matchMs, featuresMs, scoreMs, matched, sink });
};
