// Sampling helpers: warm up, then take samples until the median is precise enough (harness PRECISION) or a cap is
// reached. Value and baseline are sampled in alternating order, so a slow stretch of the machine hits both.
import { steady } from '../harness';

export interface SampleLimits {
  /** Samples always taken (each of value and baseline). */
  min: number;
  /** Samples at most, precise or not. */
  max: number;
  /** Untimed calls first (JIT, caches). */
  warmup?: number;
}

function timeOnce(round: () => void): number {
  const t0 = performance.now();
  round();
  return performance.now() - t0;
}

/** Times `round` until its median is steady (see harness.steady); returns each round's duration in ms. */
export function timeRounds(round: () => void, limits: SampleLimits): number[] {
  for (let i = 0; i < (limits.warmup ?? 2); i++) round();
  const samples: number[] = [];
  while (samples.length < limits.max && (samples.length < limits.min || !steady(samples))) samples.push(timeOnce(round));
  return samples;
}

/** Times two rounds alternately (ABAB, then BABA) until both medians are steady. */
export function timePairs(a: () => void, b: () => void, limits: SampleLimits): { a: number[]; b: number[] } {
  for (let i = 0; i < (limits.warmup ?? 2); i++) { a(); b(); }
  const out = { a: [] as number[], b: [] as number[] };
  while (out.a.length < limits.max && (out.a.length < limits.min || !steady(out.a) || !steady(out.b))) {
    if (out.a.length % 2) { out.b.push(timeOnce(b)); out.a.push(timeOnce(a)); }
    else { out.a.push(timeOnce(a)); out.b.push(timeOnce(b)); }
  }
  return out;
}

/** The same for measurements that are async and return their own figure (page loads, paints). */
export async function samplePairs(a: () => Promise<number>, b: () => Promise<number>, limits: SampleLimits): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < (limits.warmup ?? 1); i++) { await a(); await b(); }
  const out = { a: [] as number[], b: [] as number[] };
  while (out.a.length < limits.max && (out.a.length < limits.min || !steady(out.a) || !steady(out.b))) {
    if (out.a.length % 2) { out.b.push(await b()); out.a.push(await a()); }
    else { out.a.push(await a()); out.b.push(await b()); }
  }
  return out;
}

/** Keeps a value alive so the optimiser cannot drop the work that produced it. */
export let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}
