// Sample statistics for the benchmarks, with no Node imports (the Web Worker benchmarks use them too).

/** Wanted 95% half-width of each median, relative to it. */
export const PRECISION = 0.05;

export interface Spread {
  n: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  /** Interquartile range over the median. */
  relIqr: number;
  /** 95% confidence half-width of the median over the median (Infinity with fewer than 3 samples). */
  relCi: number;
}

export function spreadOf(samples: readonly number[]): Spread {
  const sorted = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const n = sorted.length;
  const med = median(sorted);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const scale = Math.abs(med) || 1;
  return {
    n, median: med, q1, q3, min: sorted[0] ?? NaN, max: sorted[n - 1] ?? NaN,
    relIqr: (q3 - q1) / scale,
    relCi: n < 3 ? Infinity : (1.57 * (q3 - q1)) / Math.sqrt(n) / scale,
  };
}

/** Whether more samples could still make this median precise enough (see PRECISION). */
export function steady(samples: readonly number[]): boolean {
  return spreadOf(samples).relCi <= PRECISION;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Linear-interpolated quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

