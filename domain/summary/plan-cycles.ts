/**
 * The plan's cycles that overlap a period, each as the user left it: days done, skipped and missed (past,
 * unmarked), days paused, and the reflection. Counts only; whether the plan helped is never said.
 */
import { addDays, daysBetween, type LocalDate } from '../local-date';
import { planDayOn, stripOf } from '../plan-progress';
import type { PastCycle, PlanCycle, PlanState } from '../plan-state';
import type { SummaryPeriod } from './period';

export interface CycleRecord {
  number: number;
  start: LocalDate;
  /** The day it ended; null while under way. */
  ended: LocalDate | null;
  done: number;
  skipped: number;
  missed: number;
  /** Calendar days paused from the start to its end (or today). */
  paused: number;
  reflection: string;
}

function pausedDays(cycle: PlanCycle, until: LocalDate): number {
  let days = 0;
  for (const pause of cycle.pauses) {
    const from = pause.from > cycle.start ? pause.from : cycle.start;
    const to = pause.until && pause.until < until ? pause.until : until;
    if (to > from) days += daysBetween(from, to);
  }
  return days;
}

function recordOf(cycle: PlanCycle, ended: LocalDate | null, today: LocalDate): CycleRecord {
  const end = ended ?? today;
  // A finished cycle is seen from the day after it ended: its unmarked days up to then count as missed, and
  // the days a stopped cycle never reached count as nothing.
  const strip = stripOf(cycle, planDayOn(cycle, ended ? addDays(ended, 1) : today));
  const count = (status: string) => strip.filter((day) => day.status === status).length;
  return {
    number: cycle.number,
    start: cycle.start,
    ended,
    done: count('done'),
    skipped: count('skipped'),
    missed: count('missed'),
    paused: pausedDays(cycle, addDays(end, 1)),
    reflection: cycle.reflection.trim(),
  };
}

/** Cycles that ran on any day of the period, oldest first. */
export function cyclesIn(
  plan: PlanState,
  history: readonly PastCycle[],
  period: Pick<SummaryPeriod, 'first' | 'last'>,
  today: LocalDate,
): CycleRecord[] {
  const records = history.map((cycle) => recordOf(cycle, cycle.ended, today));
  if (plan.cycle && !history.some((c) => c.number === plan.cycle?.number)) records.push(recordOf(plan.cycle, null, today));
  return records
    .filter((record) => record.start <= period.last && (record.ended ?? today) >= period.first)
    .sort((a, b) => a.number - b.number);
}
