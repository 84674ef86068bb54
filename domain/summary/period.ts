/**
 * The period a summary covers: the last 30 or 90 days, or two dates the user gives. A bad choice (an
 * impossible date, the dates the wrong way round, a date after today) gets a reason and no period.
 */
import { addDays, daysBetween, isLocalDate, type LocalDate } from '../local-date';

export const SUMMARY_LAST_DAYS = [30, 90] as const;
export type SummaryLastDays = (typeof SUMMARY_LAST_DAYS)[number];

/** The longest run of days one summary covers (two years): more would not fit a visit, nor a printout. */
export const SUMMARY_MAX_DAYS = 731;

export type PeriodChoice = { kind: 'last'; days: SummaryLastDays } | { kind: 'between'; from: string; to: string };

export interface SummaryPeriod {
  first: LocalDate;
  /** Inclusive. */
  last: LocalDate;
  /** Days from first to last, both counted. */
  length: number;
}

export type PeriodProblem = 'date' | 'order' | 'future' | 'tooLong';

/** The period of `choice` seen on `today`, or why there is none. */
export function periodOf(
  choice: PeriodChoice,
  today: LocalDate,
): { ok: true; period: SummaryPeriod } | { ok: false; problem: PeriodProblem } {
  if (choice.kind === 'last')
    return { ok: true, period: { first: addDays(today, -(choice.days - 1)), last: today, length: choice.days } };
  const { from, to } = choice;
  if (!isLocalDate(from) || !isLocalDate(to)) return { ok: false, problem: 'date' };
  if (to < from) return { ok: false, problem: 'order' };
  if (to > today) return { ok: false, problem: 'future' };
  const length = daysBetween(from, to) + 1;
  if (length > SUMMARY_MAX_DAYS) return { ok: false, problem: 'tooLong' };
  return { ok: true, period: { first: from, last: to, length } };
}

/** Whether `day` lies in the period. */
export const inPeriod = (period: Pick<SummaryPeriod, 'first' | 'last'>, day: LocalDate): boolean =>
  day >= period.first && day <= period.last;
