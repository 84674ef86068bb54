/**
 * The plan, before and after: for each cycle, each symptom's average in the 14 days before it, during it and
 * in the 14 days after. Honest by construction: it shows numbers side by side with their day counts and never
 * says whether the plan helped (days before and after differ in many ways besides the plan).
 */
import { addDays, type LocalDate } from '../local-date';
import { PLAN_LENGTH } from '../plan-types';
import type { DaySummary } from './day-summary';
import { mean } from './stats';

export const AROUND_DAYS = 14;

/** A cycle as Insights needs it: from the plan's current cycle or its history. */
export interface CycleSpan {
  number: number;
  start: LocalDate;
  /** The day it ended; null for the cycle under way. */
  ended: LocalDate | null;
  reflection: string;
}

export interface WindowAverage {
  /** Days in the window on which the symptom was logged. */
  days: number;
  /** The average of those days' highest severities; null without days. */
  average: number | null;
}

export interface CycleComparison {
  cycle: CycleSpan;
  /** The windows' dates (inclusive); `after` is null until the cycle has ended. */
  before: [LocalDate, LocalDate];
  during: [LocalDate, LocalDate];
  after: [LocalDate, LocalDate] | null;
  /** Per symptom logged in any of the windows. */
  symptoms: { symptomId: string; before: WindowAverage; during: WindowAverage; after: WindowAverage | null }[];
}

function windowAverage(summaries: readonly DaySummary[], symptomId: string, [from, to]: [LocalDate, LocalDate]): WindowAverage {
  const values: number[] = [];
  for (const summary of summaries) {
    const value = summary.day >= from && summary.day <= to ? summary.symptoms[symptomId]?.max : undefined;
    if (value !== undefined) values.push(value);
  }
  return { days: values.length, average: values.length ? mean(values) : null };
}

/** Before, during and after each cycle, newest cycle first; windows never run past `today`. */
export function compareCycles(
  cycles: readonly CycleSpan[],
  summaries: readonly DaySummary[],
  today: LocalDate,
): CycleComparison[] {
  return [...cycles]
    .sort((a, b) => b.number - a.number)
    .map((cycle) => {
      const planned = addDays(cycle.start, PLAN_LENGTH - 1);
      const end = cycle.ended ?? (planned < today ? planned : today);
      const before: [LocalDate, LocalDate] = [addDays(cycle.start, -AROUND_DAYS), addDays(cycle.start, -1)];
      const during: [LocalDate, LocalDate] = [cycle.start, end < cycle.start ? cycle.start : end];
      const afterEnd = addDays(end, AROUND_DAYS);
      const after: [LocalDate, LocalDate] | null =
        cycle.ended && cycle.ended < today ? [addDays(end, 1), afterEnd < today ? afterEnd : today] : null;
      const ids = new Set<string>();
      const last = after ? after[1] : during[1];
      for (const s of summaries) if (s.day >= before[0] && s.day <= last) for (const id of Object.keys(s.symptoms)) ids.add(id);
      return {
        cycle,
        before,
        during,
        after,
        symptoms: [...ids].sort().map((symptomId) => ({
          symptomId,
          before: windowAverage(summaries, symptomId, before),
          during: windowAverage(summaries, symptomId, during),
          after: after ? windowAverage(summaries, symptomId, after) : null,
        })),
      };
    });
}
