// The benchmark harness: each figure is measured next to a baseline in the same run, and reported as a ratio.
import { writeFileSync } from 'node:fs';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number };
  ratio: number;
  /** Free-form detail for the console (sample counts, targets). Not written to bench-results.json. */
  note?: string;
}

export interface Suite {
  /** Figure names this suite produces, so a FILTER can skip the suite without running it. */
  figures: string[];
  run: (wanted: (name: string) => boolean) => Promise<Figure[]>;
}

export function figure(name: string, value: number, unit: string, baseline: { name: string; value: number }, note?: string): Figure {
  const ratio = baseline.value === 0 ? Number.NaN : value / baseline.value;
  return { name, value: round(value), unit, baseline: { name: baseline.name, value: round(baseline.value) }, ratio: round(ratio, 3), ...(note ? { note } : {}) };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function printFigure(f: Figure): void {
  const value = `${f.value} ${f.unit}`.padEnd(16);
  const base = `${f.baseline.value} ${f.unit}`.padEnd(14);
  console.log(`${f.name.padEnd(36)} ${value} baseline ${f.baseline.name.padEnd(34)} ${base} ratio ${f.ratio}${f.note ? `  (${f.note})` : ''}`);
}

export function writeResults(path: string, figures: Figure[]): void {
  writeFileSync(path, `${JSON.stringify(figures.map(({ note: _note, ...rest }) => rest), null, 2)}\n`);
}
