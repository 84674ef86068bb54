/**
 * Trends over a period (the last 7, 30, 90 or 365 days): for each symptom and for Bristol types, sleep and
 * stress, the days with a record, the average and highest daily value, the change against the period just
 * before (with a 95% t interval, so "higher" is said only when the records support it), and the points
 * of a chart: daily, or weekly for a year.
 */
import { addDays, daysBetween, type LocalDate } from '../local-date';
import { isRedFlagSymptom } from './red-flags';
import type { DaySummary } from './day-summary';
import { spanOf, dayAt } from './day-index';
import { differenceInterval, mean } from './stats';

export const TREND_PERIODS = [7, 30, 90, 365] as const;
export type TrendPeriod = (typeof TREND_PERIODS)[number];

/** The measures besides symptoms, each one number per day. */
export const BODY_MEASURES = ['bristol-outside', 'sleep-hours', 'sleep-quality', 'stress'] as const;
export type BodyMeasure = (typeof BODY_MEASURES)[number];

/** Which way a period moved against the one before. "unclear": the 95% interval of the change includes 0. */
export type ChangeDirection = 'higher' | 'lower' | 'unclear';

export interface Change {
  direction: ChangeDirection;
  /** This period's average minus the previous period's. */
  difference: number;
  /** 95% interval of the difference (t interval, the same test links are screened with). */
  low: number;
  high: number;
}

export interface ChartPoint {
  /** The day (or the first day of the week) the point stands for. */
  day: LocalDate;
  /** The daily value (or the week's average of daily values); null when nothing was recorded. */
  value: number | null;
}

export interface Trend {
  /** A symptom id, or one of BODY_MEASURES. */
  id: string;
  /** Days in the period with a value. */
  days: number;
  /** Average of the daily values, null without days. */
  average: number | null;
  highest: number | null;
  previous: { days: number; average: number | null };
  /** Null when either period has fewer than MIN_DAYS_TO_COMPARE days. */
  change: Change | null;
  points: ChartPoint[];
  /** The guide says to see a healthcare provider promptly about this symptom, whatever its trend. */
  redFlag: boolean;
}

/** Trends over any run of days (a printed summary's two dates): `length` days from `first` to `last`. */
export interface RangeTrends extends Omit<Trends, 'period'> {
  length: number;
}

export interface Trends {
  period: TrendPeriod;
  /** The period's first and last day (today). */
  first: LocalDate;
  last: LocalDate;
  /** Points are daily up to 90 days, weekly for a year. */
  step: 'day' | 'week';
  symptoms: Trend[];
  body: Record<BodyMeasure, Trend>;
  /** Bristol types 1–7 → days written in this period. */
  bristolCounts: number[];
}

/** Fewer days than this on either side and no change is claimed. */
export const MIN_DAYS_TO_COMPARE = 3;

type DailyValue = (summary: DaySummary | undefined) => number | undefined;

const symptomValue =
  (id: string): DailyValue =>
  (summary) =>
    summary?.symptoms[id]?.max;

const BODY_VALUES: Record<BodyMeasure, DailyValue> = {
  // The share of days with a bowel entry on which a type outside 3–5 was written (0 or 1 per day).
  'bristol-outside': (s) => (s && s.bristol.length ? (s.bristol.some((type) => type < 3 || type > 5) ? 1 : 0) : undefined),
  'sleep-hours': (s) => s?.sleep?.hours,
  'sleep-quality': (s) => s?.sleep?.quality,
  stress: (s) => s?.stress ?? undefined,
};

function valuesIn(span: ReturnType<typeof spanOf>, value: DailyValue): (number | undefined)[] {
  return span.days.map(value);
}

function present(values: (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined);
}

/** Periods longer than this are charted by week. */
const DAILY_POINTS_UP_TO = 90;

/** The trend of one daily value over the `period` days ending `last`, against as many days before. */
function trendOf(id: string, summaries: readonly DaySummary[], period: number, last: LocalDate, value: DailyValue): Trend {
  const first = addDays(last, -(period - 1));
  const span = spanOf(summaries, first, last);
  const before = spanOf(summaries, addDays(first, -period), addDays(first, -1));
  const daily = valuesIn(span, value);
  const now = present(daily);
  const then = present(valuesIn(before, value));
  const average = now.length ? mean(now) : null;
  const previousAverage = then.length ? mean(then) : null;
  let change: Change | null = null;
  if (now.length >= MIN_DAYS_TO_COMPARE && then.length >= MIN_DAYS_TO_COMPARE) {
    const difference = (average as number) - (previousAverage as number);
    const [low, high] = differenceInterval(now, then);
    change = { difference, low, high, direction: low > 0 ? 'higher' : high < 0 ? 'lower' : 'unclear' };
  }
  return {
    id,
    days: now.length,
    average,
    highest: now.length ? Math.max(...now) : null,
    previous: { days: then.length, average: previousAverage },
    change,
    points: chartPoints(span, daily, period > DAILY_POINTS_UP_TO ? 7 : 1),
    redFlag: isRedFlagSymptom(id),
  };
}

/** Daily points, or the averages of `step`-day blocks counted back from the last day. */
function chartPoints(span: ReturnType<typeof spanOf>, daily: (number | undefined)[], step: number): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (let start = daily.length % step === 0 ? 0 : (daily.length % step) - step; start < daily.length; start += step) {
    const block = present(daily.slice(Math.max(0, start), start + step));
    points.push({ day: dayAt(span, Math.max(0, start)), value: block.length ? mean(block) : null });
  }
  return points;
}

/**
 * Every trend for `period` days ending on `today`: one per symptom ever logged in this or the previous period
 * (in `order` first, then the rest by id), and the body measures.
 */
export function computeTrends(
  summaries: readonly DaySummary[],
  period: TrendPeriod,
  today: LocalDate,
  order: readonly string[] = [],
): Trends {
  const { length: _length, ...trends } = computeRangeTrends(summaries, addDays(today, -(period - 1)), today, order);
  return { ...trends, period };
}

/** The same trends over the days from `first` to `last` (inclusive), each compared with as many days before. */
export function computeRangeTrends(
  summaries: readonly DaySummary[],
  first: LocalDate,
  last: LocalDate,
  order: readonly string[] = [],
): RangeTrends {
  const period = daysBetween(first, last) + 1;
  const since = addDays(first, -period);
  const seen = new Set<string>();
  const bristolCounts = [0, 0, 0, 0, 0, 0, 0];
  for (const summary of summaries) {
    if (summary.day < since || summary.day > last) continue;
    for (const id of Object.keys(summary.symptoms)) seen.add(id);
    if (summary.day >= first)
      for (const type of summary.bristol) bristolCounts[type - 1] = (bristolCounts[type - 1] as number) + 1;
  }
  const ids = [...order.filter((id) => seen.has(id)), ...[...seen].filter((id) => !order.includes(id)).sort()];
  const body = Object.fromEntries(BODY_MEASURES.map((m) => [m, trendOf(m, summaries, period, last, BODY_VALUES[m])])) as Record<
    BodyMeasure,
    Trend
  >;
  return {
    length: period,
    first,
    last,
    step: period > DAILY_POINTS_UP_TO ? 'week' : 'day',
    symptoms: ids.map((id) => trendOf(id, summaries, period, last, symptomValue(id))),
    body,
    bristolCounts,
  };
}
