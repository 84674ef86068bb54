import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  bootstrapDifference,
  differenceInterval,
  incompleteBeta,
  mean,
  tQuantile,
  tTest,
  twoSidedP,
  variance,
} from '../../../domain/insights/stats';

describe('insight statistics', () => {
  it('computes means and sample variances', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNaN();
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 12);
    expect(variance([3])).toBe(0);
  });

  it('matches published t-distribution tail values', () => {
    // Two-sided critical values from any t table: 2.228 (df 10) and 2.045 (df 29) leave 5%; 3.169 (df 10) 1%.
    expect(twoSidedP(2.228, 10)).toBeCloseTo(0.05, 3);
    expect(twoSidedP(2.045, 29)).toBeCloseTo(0.05, 3);
    expect(twoSidedP(3.169, 10)).toBeCloseTo(0.01, 3);
    expect(twoSidedP(0, 5)).toBeCloseTo(1, 12);
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
  });

  it('inverts the t distribution, and gives a difference interval that excludes 0 exactly when the test is below 5%', () => {
    expect(tQuantile(0.05, 10)).toBeCloseTo(2.228, 3);
    expect(tQuantile(0.01, 10)).toBeCloseTo(3.169, 3);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 30 }),
        (a, b) => {
          const [low, high] = differenceInterval(a, b);
          const { difference, p } = tTest(a, b);
          expect(low).toBeLessThanOrEqual(difference + 1e-9);
          expect(high).toBeGreaterThanOrEqual(difference - 1e-9);
          if (Math.abs(p - 0.05) > 1e-6 && high > low) expect(low > 0 || high < 0).toBe(p < 0.05);
        },
      ),
    );
  });

  it('gives a p-value that falls as the same difference is seen on more days', () => {
    const few = tTest([2, 3, 2, 3, 2], [1, 2, 1, 2, 1]);
    const many = tTest([2, 3, 2, 3, 2, 2, 3, 2, 3, 2], [1, 2, 1, 2, 1, 1, 2, 1, 2, 1]);
    expect(few.difference).toBeCloseTo(1, 12);
    expect(many.difference).toBeCloseTo(1, 12);
    expect(many.p).toBeLessThan(few.p);
    expect(tTest([1, 1, 1], [1, 1, 1]).p).toBe(1);
  });

  it('gives p-values between 0 and 1 whose order follows the size of the difference', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 40 }),
        (a, b) => {
          const { p } = tTest(a, b);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1 + 1e-12);
          // Swapping the sides flips the difference, not the certainty.
          expect(tTest(b, a).p).toBeCloseTo(p, 10);
        },
      ),
    );
  });

  it('finds discoveries the way Benjamini and Hochberg describe', () => {
    // Ten p-values at q = 0.1: thresholds are 0.01, 0.02, ..., 0.1; sorted, 0.05 is 5th and meets 0.05 (0.07 misses 0.06), so the five smallest are found.
    const p = [0.001, 0.008, 0.039, 0.035, 0.2, 0.6, 0.9, 0.05, 0.07, 0.3];
    expect(benjaminiHochberg(p, 0.1)).toEqual([true, true, true, true, false, false, false, true, false, false]);
    expect(benjaminiHochberg([], 0.1)).toEqual([]);
  });

  it('never finds a larger p-value while missing a smaller one, and finds fewer at a stricter rate', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (ps) => {
        const found = benjaminiHochberg(ps, 0.1);
        const strict = benjaminiHochberg(ps, 0.05);
        ps.forEach((p, i) => {
          if (found[i]) ps.forEach((other, j) => other <= p && expect(found[j]).toBe(true));
          if (strict[i]) expect(found[i]).toBe(true);
        });
      }),
    );
  });

  it('draws the same bootstrap interval from the same seed, and it holds the observed difference', () => {
    const a = [3, 2, 4, 3, 3, 2, 4];
    const b = [1, 2, 1, 1, 2, 0, 1, 2];
    const interval = bootstrapDifference(a, b, 7);
    expect(bootstrapDifference(a, b, 7)).toEqual(interval);
    expect(interval[0]).toBeLessThan(mean(a) - mean(b));
    expect(interval[1]).toBeGreaterThan(mean(a) - mean(b));
    expect(interval[0]).toBeGreaterThan(0);
  });

  it('moves the interval with the data: adding c to one side shifts it by c', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 20 }),
        fc.integer({ min: -3, max: 3 }),
        fc.integer(),
        (a, b, c, seed) => {
          const [lo, hi] = bootstrapDifference(a, b, seed, 200);
          const [slo, shi] = bootstrapDifference(
            a.map((v) => v + c),
            b,
            seed,
            200,
          );
          expect(slo).toBeCloseTo(lo + c, 9);
          expect(shi).toBeCloseTo(hi + c, 9);
          expect(lo).toBeLessThanOrEqual(hi);
        },
      ),
      { numRuns: 50 },
    );
  }, 30_000); // many runs: seconds on a busy machine
});
