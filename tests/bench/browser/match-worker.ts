// Web Worker: 100,000 generated prospects against 50 varied segments, with the product's matcher.
// Alternates timed rounds of the bulk path (matcher.score) and of the floor (prospectFeatures only) until both
// medians are steady, then times one round of match() with reasons. The prospects are generated before any timing.
// Each score round uses a freshly compiled matcher, so no round reads answers cached by an earlier one.
import { generateProspects } from '../../support/db/generate';
import { compileSegments } from '../../../src/domain/segments/match';
import { prospectFeatures } from '../../../src/domain/segments/prospect-features';
import { variedSegments } from '../support/varied-segments';
import { steady } from '../support/stats';

interface Request { prospects: number; segments: number; minRounds: number; maxRounds: number }

self.onmessage = (event: MessageEvent<Request>) => {
  const { prospects: n, segments: s, minRounds, maxRounds } = event.data;
  const prospects = generateProspects(n, 42);
  const segments = variedSegments(s, 7);
  let sink = 0;
  const time = (fn: () => void) => { const t0 = performance.now(); fn(); return performance.now() - t0; };
  const scoreRound = () => { const matcher = compileSegments(segments.map((x) => ({ ...x }))); for (const p of prospects) sink += matcher.score(p).length; };
  const featuresRound = () => { for (const p of prospects) sink += prospectFeatures(p).title.length; };
  // Warm up (JIT).
  scoreRound();
  featuresRound();
  const featuresMs: number[] = [];
  const scoreMs: number[] = [];
  while (scoreMs.length < maxRounds && (scoreMs.length < minRounds || !steady(scoreMs) || !steady(featuresMs))) {
    if (scoreMs.length % 2) { featuresMs.push(time(featuresRound)); scoreMs.push(time(scoreRound)); }
    else { scoreMs.push(time(scoreRound)); featuresMs.push(time(featuresRound)); }
  }
  const matcher = compileSegments(segments);
  let matched = 0;
  const matchMs = time(() => { for (const p of prospects) { const m = matcher.match(p); if (m[0]!.matched) matched++; } });
  (self as unknown as Worker).postMessage({ matchMs, featuresMs, scoreMs, matched, sink });
};
