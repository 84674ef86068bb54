/**
 * The statistics behind Insights: means, a two-sample t-test (its p-value screens every comparison), a seeded
 * bootstrap interval for a difference of means (what the user is shown), and the Benjamini–Hochberg
 * false-discovery control across every comparison made at once.
 *
 * Why a t-test for screening and a bootstrap for the interval: the false-discovery control needs p-values
 * small enough to survive hundreds of comparisons (0.1 / 1000), which a permutation test could resolve only
 * with tens of thousands of shuffles per comparison — too slow for a year of data in a side panel. The
 * bootstrap is run only for the few comparisons that survive, and a link is shown only when both agree.
 */
import { seededRandom } from './seeded-random';

/** The arithmetic mean, or NaN for no values. */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/** The sample variance (n − 1), or 0 for fewer than two values. */
export function variance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ((values[i] as number) - m) ** 2;
  return sum / (n - 1);
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 3e-14) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** The two-sided p-value of Student's t with `df` degrees of freedom. */
export function twoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/**
 * Student's two-sample t-test with pooled variance: the difference of means (a − b) and its two-sided p-value.
 * Pooled rather than Welch's: under "no link" both sides come from the same days' distribution, so one spread
 * is right; Welch's test claims certainty when a small side happens to have no spread (7 days all 0 on a 0/1
 * outcome gave p < 0.000001), which showed links in pure noise. Degrees of freedom are the smaller side's
 * days minus one (Hsu's conservative choice): on whole-number severities the usual n − 2 made the tails too
 * thin (1.7× too many p < 0.001 on synthetic people with no link), and 15% of them saw a link in noise.
 */
export function tTest(a: ArrayLike<number>, b: ArrayLike<number>): { difference: number; p: number } {
  return tTestOfSums(sumsOf(a), sumsOf(b));
}

/** A sample as its count, sum and sum of squares: enough for the t-test, without keeping the values. */
export interface Sums {
  n: number;
  sum: number;
  squares: number;
}

/** The sums of `values`. */
export function sumsOf(values: ArrayLike<number>): Sums {
  const sums: Sums = { n: 0, sum: 0, squares: 0 };
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    sums.n++;
    sums.sum += v;
    sums.squares += v * v;
  }
  return sums;
}

/** The t-test above from each side's sums (one pass over the days, nothing allocated). */
export function tTestOfSums(a: Sums, b: Sums): { difference: number; p: number } {
  const difference = a.sum / a.n - b.sum / b.n;
  const pooledDf = a.n + b.n - 2;
  const df = Math.min(a.n, b.n) - 1;
  if (df < 1) return { difference, p: Number.NaN };
  // Sums of squared deviations; clamped at 0 against rounding when every value is equal.
  const ssA = Math.max(0, a.squares - (a.sum * a.sum) / a.n);
  const ssB = Math.max(0, b.squares - (b.sum * b.sum) / b.n);
  const se2 = ((ssA + ssB) / pooledDf) * (1 / a.n + 1 / b.n);
  // Every value equal on both sides: the sides differ exactly or not at all.
  if (se2 < 1e-12) return { difference, p: Math.abs(difference) < 1e-12 ? 1 : 0 };
  return { difference, p: twoSidedP(difference / Math.sqrt(se2), df) };
}

/** Student's t quantile: the t with two-sided p-value `p` at `df` degrees of freedom (bisection). */
export function tQuantile(p: number, df: number): number {
  let low = 0;
  let high = 1000;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (twoSidedP(mid, df) > p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * The 95% interval of mean(a) − mean(b) from the same t-test (pooled spread, the smaller side's days − 1):
 * cheap enough for every trend on the first frame, where a bootstrap of each trend cost more than drawing them.
 */
export function differenceInterval(a: ArrayLike<number>, b: ArrayLike<number>): [number, number] {
  const sa = sumsOf(a);
  const sb = sumsOf(b);
  const difference = sa.sum / sa.n - sb.sum / sb.n;
  const df = Math.min(sa.n, sb.n) - 1;
  if (df < 1) return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  const ss = Math.max(0, sa.squares - (sa.sum * sa.sum) / sa.n) + Math.max(0, sb.squares - (sb.sum * sb.sum) / sb.n);
  const se = Math.sqrt((ss / (sa.n + sb.n - 2)) * (1 / sa.n + 1 / sb.n));
  const half = tQuantile(0.05, df) * se;
  return [difference - half, difference + half];
}

/** The 95% percentile bootstrap interval of mean(a) − mean(b), each group resampled on its own, seeded. */
export function bootstrapDifference(a: ArrayLike<number>, b: ArrayLike<number>, seed: number, rounds = 1000): [number, number] {
  const random = seededRandom(seed);
  const draws = new Float64Array(rounds);
  for (let r = 0; r < rounds; r++) draws[r] = resampledMean(a, random) - resampledMean(b, random);
  draws.sort();
  return [draws[Math.floor(rounds * 0.025)] as number, draws[Math.ceil(rounds * 0.975) - 1] as number];
}

function resampledMean(values: ArrayLike<number>, random: () => number): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)] as number;
  return sum / n;
}

/**
 * Benjamini–Hochberg: which of the p-values are discoveries when the expected share of false ones among
 * them is kept at `q` (0.1 = 10%). Returns one boolean per p-value, in the order given.
 */
export function benjaminiHochberg(pValues: readonly number[], q: number): boolean[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  let cutoff = -1;
  order.forEach(([p], rank) => {
    if (p <= ((rank + 1) / m) * q) cutoff = rank;
  });
  const found = new Array<boolean>(m).fill(false);
  for (let rank = 0; rank <= cutoff; rank++) found[(order[rank] as readonly [number, number])[1]] = true;
  return found;
}
