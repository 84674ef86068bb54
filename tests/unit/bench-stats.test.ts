import { describe, expect, it } from 'vitest';
import { median, ratioInterval } from '../../bench/stats';

describe('bench statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives an interval around the ratio of medians that narrows when the runs agree', () => {
    const steady = Array.from({ length: 21 }, (_, i) => 100 + (i % 3));
    const base = Array.from({ length: 21 }, (_, i) => 50 + (i % 3));
    const [lo, hi] = ratioInterval(steady, base);
    expect(lo).toBeLessThanOrEqual(median(steady) / median(base));
    expect(hi).toBeGreaterThanOrEqual(median(steady) / median(base));
    expect(hi - lo).toBeLessThan(0.1);

    const noisy = steady.map((v, i) => v + (i % 2 ? 30 : -30));
    const [nlo, nhi] = ratioInterval(noisy, base);
    expect(nhi - nlo).toBeGreaterThan(hi - lo);
  });

  it('gives the same interval for the same runs', () => {
    const a = [90, 95, 88, 101, 93, 97, 91];
    const b = [60, 62, 59, 66, 61, 63, 60];
    expect(ratioInterval(a, b)).toEqual(ratioInterval(a, b));
  });
});
