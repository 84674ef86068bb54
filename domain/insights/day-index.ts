/** Summaries laid out on a calendar: one slot per day of a span, so lags and windows are plain index arithmetic. */
import { addDays, daysBetween, type LocalDate } from '../local-date';
import type { DaySummary } from './day-summary';

export interface DaySpan {
  first: LocalDate;
  /** Inclusive. */
  last: LocalDate;
  /** One slot per calendar day from first to last; undefined where nothing was recorded. */
  days: (DaySummary | undefined)[];
}

/** The days from `first` to `last` (inclusive) with their summaries; summaries outside the span are ignored. */
export function spanOf(summaries: readonly DaySummary[], first: LocalDate, last: LocalDate): DaySpan {
  const length = Math.max(0, daysBetween(first, last) + 1);
  const days = new Array<DaySummary | undefined>(length).fill(undefined);
  for (const summary of summaries) {
    const i = daysBetween(first, summary.day);
    if (i >= 0 && i < length) days[i] = summary;
  }
  return { first, last, days };
}

/** The calendar date of slot `i` of a span. */
export const dayAt = (span: DaySpan, i: number): LocalDate => addDays(span.first, i);
