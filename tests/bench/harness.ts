// The benchmark harness: each figure is measured next to a baseline in the same run, and reported as a ratio.
//
// Trust: a figure is the median of its samples, printed with its spread (interquartile range, min–max). Its
// precision is the 95% confidence half-width of the median (McGill's notch, 1.57 × IQR / √n); a figure counts only
// when value and baseline are both within PRECISION of their medians, so two runs on a quiet machine agree within
// about twice that (10%). Otherwise it is printed as NOISY and written with `noisy: true`. Tests never read these.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

import { PRECISION, median, spreadOf, type Spread } from './support/stats';

export { PRECISION, median, spreadOf, steady, type Spread } from './support/stats';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number };
  ratio: number;
  /** Spread of value and baseline samples; absent when a suite could measure only once. */
  spread?: { value: Spread; baseline: Spread };
  /** Set when the figure is too noisy to count (see PRECISION), with why. */
  noisy?: string;
  /** Free-form detail for the console (sample counts, targets). Not written to bench-results.json. */
  note?: string;
}

export interface Suite {
  /** Figure names this suite produces, so a FILTER can skip the suite without running it. */
  figures: string[];
  run: (wanted: (name: string) => boolean) => Promise<Figure[]>;
}

/**
 * A figure from samples (the median is the value) or from one number (then its spread is unknown and it is marked
 * as not counted, unless `single` says why one measurement is all there is and that it is to be trusted anyway).
 */
export function figure(name: string, value: number | readonly number[], unit: string, baseline: { name: string; value: number | readonly number[] }, note?: string): Figure {
  const v = typeof value === 'number' ? undefined : spreadOf(value);
  const b = typeof baseline.value === 'number' ? undefined : spreadOf(baseline.value);
  const valueMedian = v ? v.median : (value as number);
  const baseMedian = b ? b.median : (baseline.value as number);
  const ratio = baseMedian === 0 ? Number.NaN : valueMedian / baseMedian;
  const out: Figure = { name, value: round(valueMedian), unit, baseline: { name: baseline.name, value: round(baseMedian) }, ratio: round(ratio, 3) };
  if (v && b) out.spread = { value: roundSpread(v), baseline: roundSpread(b) };
  const noisy = noiseOf(v, b);
  if (noisy) out.noisy = noisy;
  if (note) out.note = note;
  return out;
}

function noiseOf(v: Spread | undefined, b: Spread | undefined): string | undefined {
  if (!v || !b) return 'one measurement: spread unknown';
  const worst = [['value', v], ['baseline', b]].filter(([, s]) => (s as Spread).relCi > PRECISION) as [string, Spread][];
  if (!worst.length) return undefined;
  return worst.map(([what, s]) => `${what} median ±${pct(s.relCi)} after ${s.n} samples (wanted ±${pct(PRECISION)})`).join('; ');
}

function roundSpread(s: Spread): Spread {
  return { n: s.n, median: round(s.median), q1: round(s.q1), q3: round(s.q3), min: round(s.min), max: round(s.max), relIqr: round(s.relIqr, 3), relCi: round(s.relCi, 3) };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '∞');

function describeSpread(s: Spread, unit: string): string {
  return `IQR ${round(s.q1)}–${round(s.q3)} (${pct(s.relIqr)}), min–max ${round(s.min)}–${round(s.max)} ${unit}, n=${s.n}, median ±${pct(s.relCi)}`;
}

export function printFigure(f: Figure): void {
  const value = `${f.value} ${f.unit}`.padEnd(16);
  const base = `${f.baseline.value} ${f.unit}`.padEnd(14);
  const verdict = f.noisy ? `  NOISY, NOT COUNTED: ${f.noisy}` : '';
  console.log(`${f.name.padEnd(36)} ${value} baseline ${f.baseline.name.padEnd(34)} ${base} ratio ${f.ratio}${verdict}`);
  if (f.spread) {
    console.log(`${''.padEnd(37)}value    ${describeSpread(f.spread.value, f.unit)}`);
    console.log(`${''.padEnd(37)}baseline ${describeSpread(f.spread.baseline, f.unit)}`);
  }
  if (f.note) console.log(`${''.padEnd(37)}(${f.note})`);
}

/** The machine's load, printed before and after a run: a busy machine makes every figure wider. */
export function machineLoad(): { load1: number; cores: number; quiet: boolean } {
  const cores = cpus().length;
  const load1 = loadavg()[0]!;
  return { load1: round(load1), cores, quiet: load1 <= cores * 0.5 };
}

export function writeResults(path: string, figures: Figure[]): void {
  writeFileSync(path, `${JSON.stringify(figures.map(({ note: _note, ...rest }) => rest), null, 2)}\n`);
}
