// Timing helpers for in-process (Node) figures: warm up, then take the median of several timed rounds.
import { median } from '../harness';

/** Runs `round` `warmup` times untimed, then `rounds` times timed; returns each round's duration in ms. */
export function timeRounds(round: () => void, rounds: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) round();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    round();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Median round time in ms. */
export function medianRound(round: () => void, rounds: number, warmup = 2): number {
  return median(timeRounds(round, rounds, warmup));
}

/** Keeps a value alive so the optimiser cannot drop the work that produced it. */
export let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}
