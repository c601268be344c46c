// The benchmark's statistics, on made-up samples (no timing is measured or asserted here).
import { describe, expect, it } from 'vitest';
import { figure, PRECISION, spreadOf } from '../../bench/harness';
import { samplePairs, timeRounds } from '../../bench/support/timing';

describe('benchmark spread and trust', () => {
  it('reports median, quartiles, min–max and the precision of the median', () => {
    const s = spreadOf([10, 11, 12, 13, 14, 100]);
    expect(s).toMatchObject({ n: 6, median: 12.5, q1: 11.25, q3: 13.75, min: 10, max: 100 });
    expect(s.relIqr).toBeCloseTo(2.5 / 12.5);
    expect(s.relCi).toBeCloseTo((1.57 * 2.5) / Math.sqrt(6) / 12.5);
  });

  it('counts a figure whose medians are precise, and marks one that is not as too noisy, saying why', () => {
    const tight = Array.from({ length: 21 }, (_, i) => 100 + (i % 5));
    const wide = [50, 150, 80, 200, 120, 60, 170];
    const good = figure('x', tight, 'ms', { name: 'floor', value: tight.map((v) => v / 2) });
    expect(good.noisy).toBeUndefined();
    expect(good.ratio).toBe(2);
    expect(good.spread!.value.n).toBe(21);
    const bad = figure('y', wide, 'ms', { name: 'floor', value: tight });
    expect(bad.noisy).toMatch(/^value median ±\d+(\.\d)?% after 7 samples/);
    expect(bad.value).toBe(120);
  });

  it('never counts a single measurement', () => {
    expect(figure('z', 5, 'ms', { name: 'floor', value: 4 }).noisy).toBe('one measurement: spread unknown');
  });

  it('keeps sampling while the median is imprecise, up to the cap, and stops once it is precise', async () => {
    let i = 0;
    const jumpy = [1, 9, 2, 8, 3, 7, 1, 9, 2, 8, 3, 7, 1, 9];
    const values = await samplePairs(async () => jumpy[i++ % jumpy.length]!, async () => 5, { min: 3, max: 12, warmup: 0 });
    expect(values.a).toHaveLength(12);
    const steadyPairs = await samplePairs(async () => 5, async () => 5, { min: 4, max: 40, warmup: 0 });
    expect(steadyPairs.a).toHaveLength(4);
    expect(spreadOf(steadyPairs.a).relCi).toBeLessThanOrEqual(PRECISION);
    expect(timeRounds(() => undefined, { min: 3, max: 5, warmup: 0 }).length).toBeGreaterThanOrEqual(3);
  });
});
