/**
 * Possible links: for each factor, outcome and lag (same day, next day, two days later), the outcome on days
 * after the factor against the other days. A link is shown only with MIN_DAYS_EACH_SIDE days on each side,
 * only when it survives the Benjamini–Hochberg control at 10% across every comparison made, and only when its
 * seeded 95% bootstrap interval agrees on the direction. Everything else says why not: not enough days yet
 * (with about how many more), or no clear link yet.
 */
import type { LocalDate } from '../local-date';
import type { DaySummary } from './day-summary';
import { spanOf } from './day-index';
import { factorsOf, linkSpanStart, outcomesOf, type Factor, type HabitHistory, type Outcome } from './factors';
import { benjaminiHochberg, bootstrapDifference, tTestOfSums, type Sums } from './stats';
import { seedOf } from './seeded-random';

export const LAGS = [0, 1, 2] as const;
export type Lag = (typeof LAGS)[number];
export const MIN_DAYS_EACH_SIDE = 5;
/** The expected share of false links among those shown. */
export const FALSE_DISCOVERY_RATE = 0.1;
/** Two factors on this share of the same days (of the days either happened) cannot be told apart. */
export const OVERLAP_SHARE = 0.8;

export type PairStatus = 'link' | 'no-clear-link' | 'not-enough-data';

export interface PairResult {
  factor: Factor;
  outcome: Outcome;
  lag: Lag;
  status: PairStatus;
  /** Days (with the outcome known) that followed the factor by `lag`, and the other days. */
  withDays: number;
  withoutDays: number;
  /** The outcome's averages on each side; NaN without days. */
  withAverage: number;
  withoutAverage: number;
  /** withAverage − withoutAverage. */
  difference: number;
  /** The t-test's two-sided p-value; NaN when not tested. */
  p: number;
  /** 95% bootstrap interval of the difference; only for links. */
  interval: [number, number] | null;
  /** About how many more days of records would give both sides enough days; null when tested or unknown. */
  moreDays: number | null;
  /** Other factors on mostly the same days as this one. */
  overlaps: string[];
}

export interface Overlap {
  a: Factor;
  b: Factor;
  /** Days both happened, and days either did (both known). */
  both: number;
  either: number;
}

export interface LinkAnalysis {
  first: LocalDate;
  last: LocalDate;
  /** Every comparison, links first (strongest first). */
  pairs: PairResult[];
  links: PairResult[];
  /** How many comparisons had enough days to be tested (the false-discovery control counts all of them). */
  tested: number;
  overlaps: Overlap[];
  /** Fewest more days after which some comparison could be tested; null when some already can, or never. */
  moreDaysNeeded: number | null;
}

/** About how many more days until both sides have enough, at the rate the factor happened so far. */
function moreDaysFor(withDays: number, withoutDays: number): number | null {
  const total = withDays + withoutDays;
  if (total === 0) return null;
  const rate = withDays / total;
  const need = (have: number, share: number) =>
    have >= MIN_DAYS_EACH_SIDE ? 0 : share === 0 ? Number.POSITIVE_INFINITY : Math.ceil((MIN_DAYS_EACH_SIDE - have) / share);
  const more = Math.max(need(withDays, rate), need(withoutDays, 1 - rate));
  return Number.isFinite(more) ? more : null;
}

/** The outcome on the days `lag` after the factor, and on the other days (both known). */
export function samplesOf(factor: Factor, outcome: Outcome, lag: Lag): [number[], number[]] {
  const withValues: number[] = [];
  const withoutValues: number[] = [];
  for (let i = lag; i < outcome.values.length; i++) {
    const present = factor.values[i - lag];
    const value = outcome.values[i] as number;
    if (present === -1 || Number.isNaN(value)) continue;
    (present === 1 ? withValues : withoutValues).push(value);
  }
  return [withValues, withoutValues];
}

/** One comparison, in one pass over the days without keeping them (a year has about a thousand comparisons). */
function compare(factor: Factor, outcome: Outcome, lag: Lag): PairResult {
  const on: Sums = { n: 0, sum: 0, squares: 0 };
  const off: Sums = { n: 0, sum: 0, squares: 0 };
  const present = factor.values;
  const values = outcome.values;
  for (let i = lag; i < values.length; i++) {
    const f = present[i - lag];
    const v = values[i] as number;
    if (f === -1 || v !== v) continue;
    const side = f === 1 ? on : off;
    side.n++;
    side.sum += v;
    side.squares += v * v;
  }
  const withAverage = on.n ? on.sum / on.n : Number.NaN;
  const withoutAverage = off.n ? off.sum / off.n : Number.NaN;
  const base = {
    factor,
    outcome,
    lag,
    withDays: on.n,
    withoutDays: off.n,
    withAverage,
    withoutAverage,
    interval: null,
    overlaps: [],
  };
  if (on.n < MIN_DAYS_EACH_SIDE || off.n < MIN_DAYS_EACH_SIDE) {
    return {
      ...base,
      status: 'not-enough-data',
      difference: withAverage - withoutAverage,
      p: Number.NaN,
      moreDays: moreDaysFor(on.n, off.n),
    };
  }
  const { difference, p } = tTestOfSums(on, off);
  return { ...base, status: 'no-clear-link', difference, p, moreDays: null };
}

/** Pairs of factors that happen on mostly the same days. */
export function findOverlaps(factors: readonly Factor[]): Overlap[] {
  const overlaps: Overlap[] = [];
  for (let x = 0; x < factors.length; x++) {
    for (let y = x + 1; y < factors.length; y++) {
      const a = factors[x] as Factor;
      const b = factors[y] as Factor;
      let both = 0;
      let either = 0;
      for (let i = 0; i < a.values.length; i++) {
        const va = a.values[i];
        const vb = b.values[i];
        if (va === -1 || vb === -1) continue;
        if (va === 1 && vb === 1) both++;
        if (va === 1 || vb === 1) either++;
      }
      if (either >= MIN_DAYS_EACH_SIDE && both / either >= OVERLAP_SHARE) overlaps.push({ a, b, both, either });
    }
  }
  return overlaps;
}

export interface LinkInput {
  summaries: readonly DaySummary[];
  today: LocalDate;
  habits?: HabitHistory | null;
}

/** Every possible link in the year up to `today`. The same records always give the same answer. */
export function analyzeLinks({ summaries, today, habits = null }: LinkInput): LinkAnalysis {
  const first = linkSpanStart(today);
  const span = spanOf(summaries, first, today);
  const factors = factorsOf(span, habits);
  const outcomes = outcomesOf(span);
  const overlaps = findOverlaps(factors);
  const overlapsOf = new Map<string, string[]>();
  for (const { a, b } of overlaps) {
    overlapsOf.set(a.id, [...(overlapsOf.get(a.id) ?? []), b.id]);
    overlapsOf.set(b.id, [...(overlapsOf.get(b.id) ?? []), a.id]);
  }
  const pairs: PairResult[] = [];
  for (const factor of factors) for (const outcome of outcomes) for (const lag of LAGS) pairs.push(compare(factor, outcome, lag));
  const tested = pairs.filter((pair) => pair.status !== 'not-enough-data');
  const found = benjaminiHochberg(
    tested.map((pair) => pair.p),
    FALSE_DISCOVERY_RATE,
  );
  tested.forEach((pair, i) => {
    if (!found[i]) return;
    const [withValues, withoutValues] = samplesOf(pair.factor, pair.outcome, pair.lag);
    const interval = bootstrapDifference(withValues, withoutValues, seedOf(`${pair.factor.id}|${pair.outcome.id}|${pair.lag}`));
    // The interval must agree: a link is claimed only when it lies wholly on one side of no difference.
    if (interval[0] > 0 || interval[1] < 0) Object.assign(pair, { status: 'link', interval });
  });
  const results: PairResult[] = pairs.map((pair) => ({ ...pair, overlaps: overlapsOf.get(pair.factor.id) ?? [] }));
  const links = results
    .filter((pair) => pair.status === 'link')
    .sort((a, b) => a.p - b.p || Math.abs(b.difference) - Math.abs(a.difference));
  const waiting = results.map((pair) => pair.moreDays).filter((n): n is number => n !== null);
  return {
    first,
    last: today,
    pairs: [...links, ...results.filter((pair) => pair.status !== 'link')],
    links,
    tested: tested.length,
    overlaps,
    moreDaysNeeded: tested.length > 0 || waiting.length === 0 ? null : Math.min(...waiting),
  };
}
