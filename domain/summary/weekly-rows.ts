/**
 * A trend's daily points as a short printed table: one row per week of the period (counted from its first
 * day), with the days that have a value, their average and the highest. Ninety daily rows per symptom would
 * fill pages; thirteen weekly rows keep the same numbers readable at a glance.
 */
import type { ChartPoint } from '../insights/trends';
import { mean } from '../insights/stats';

export interface WeekRow {
  /** The week's first day. */
  from: string;
  /** Its last day (the period's last day for a short final week). */
  to: string;
  days: number;
  average: number | null;
  highest: number | null;
}

/** Rows of seven daily points each, from the first. */
export function weeklyRows(points: readonly ChartPoint[]): WeekRow[] {
  const rows: WeekRow[] = [];
  for (let i = 0; i < points.length; i += 7) {
    const week = points.slice(i, i + 7);
    const values = week.map((p) => p.value).filter((v): v is number => v !== null);
    rows.push({
      from: (week[0] as ChartPoint).day,
      to: (week[week.length - 1] as ChartPoint).day,
      days: values.length,
      average: values.length ? mean(values) : null,
      highest: values.length ? Math.max(...values) : null,
    });
  }
  return rows;
}
