/**
 * Where the user is in the plan on a given wall-calendar date. Plan days count local calendar days since
 * the start, minus paused days, so a flare never uses up the plan. Nothing here punishes: a past day
 * without a mark is simply "missed", and there is no streak to lose.
 */
import { daysBetween, type LocalDate } from './local-date';
import type { DayMark, HabitRoutine, PausePeriod, PlanCycle, PlanState } from './plan-state';
import { PLAN_LENGTH } from './plan-types';

export type StripStatus = 'done' | 'skipped' | 'missed' | 'today' | 'ahead';

export interface StripDay {
  day: number;
  status: StripStatus;
  /** The plan day the user is on today (its status may already be done or skipped). */
  isToday: boolean;
}

/** Where the plan stands on one day, derived from its state: the one meaning of "snapshot" in this code. */
export type PlanSnapshot =
  | { kind: 'none' }
  | { kind: 'upcoming'; start: LocalDate; daysUntil: number }
  | { kind: 'active'; day: number; mark?: DayMark; paused: boolean; pausedSince?: LocalDate; strip: StripDay[] }
  | { kind: 'complete'; day: number; strip: StripDay[]; doneCount: number; reflection: string }
  | { kind: 'habits'; habits: string[]; doneToday: string[]; since: LocalDate; paused: boolean; pausedSince?: LocalDate };

/** Paused days in [start, today): the days that must not count towards the plan. */
function pausedDaysBefore(pauses: PausePeriod[], start: LocalDate, today: LocalDate): number {
  let paused = 0;
  for (const pause of pauses) {
    const from = pause.from > start ? pause.from : start;
    const until = pause.until && pause.until < today ? pause.until : today;
    if (until > from) paused += daysBetween(from, until);
  }
  return paused;
}

/** The open pause, if the plan is paused now. */
export function openPause(cycle: PlanCycle): PausePeriod | undefined {
  const last = cycle.pauses[cycle.pauses.length - 1];
  return last && last.until === undefined ? last : undefined;
}

/**
 * The plan day on `today`: 1 on the start date, +1 at each local midnight that is not paused. Below 1 before
 * the start; above PLAN_LENGTH once the cycle is over.
 */
export function planDayOn(cycle: PlanCycle, today: LocalDate): number {
  if (today < cycle.start) return daysBetween(cycle.start, today) + 1;
  return daysBetween(cycle.start, today) - pausedDaysBefore(cycle.pauses, cycle.start, today) + 1;
}

/** Each day of the cycle as done, skipped, missed, today or ahead, seen from plan day `current`. */
export function stripOf(cycle: PlanCycle, current: number): StripDay[] {
  return Array.from({ length: PLAN_LENGTH }, (_, i) => {
    const day = i + 1;
    const mark = cycle.marks[String(day)];
    const status: StripStatus = mark ?? (day < current ? 'missed' : day === current ? 'today' : 'ahead');
    return { day, status, isToday: day === current };
  });
}

/** True once the cycle needs the user's "what next": past its last day, or its last day marked. */
export function isCycleComplete(cycle: PlanCycle, today: LocalDate): boolean {
  const day = planDayOn(cycle, today);
  return day > PLAN_LENGTH || (day === PLAN_LENGTH && cycle.marks[String(PLAN_LENGTH)] !== undefined);
}

function habitsSnapshot(routine: HabitRoutine, today: LocalDate, knownHabits?: readonly string[]): PlanSnapshot {
  const habits = knownHabits ? routine.habits.filter((id) => knownHabits.includes(id)) : routine.habits;
  const doneToday = (routine.done[today] ?? []).filter((id) => habits.includes(id));
  const paused = routine.pausedSince !== undefined;
  return {
    kind: 'habits',
    habits,
    doneToday,
    since: routine.since,
    paused,
    ...(paused ? { pausedSince: routine.pausedSince } : {}),
  };
}

/**
 * Everything the UI, the badge and the reminder need to know on `today`. `knownHabits` (the content's
 * habit ids) hides habits a later version of the content no longer offers.
 */
export function planSnapshot(state: PlanState, today: LocalDate, knownHabits?: readonly string[]): PlanSnapshot {
  const { cycle, routine } = state;
  if (!cycle) return routine ? habitsSnapshot(routine, today, knownHabits) : { kind: 'none' };
  if (today < cycle.start) return { kind: 'upcoming', start: cycle.start, daysUntil: daysBetween(today, cycle.start) };
  const day = planDayOn(cycle, today);
  const strip = stripOf(cycle, day);
  if (isCycleComplete(cycle, today)) {
    const doneCount = Object.values(cycle.marks).filter((m) => m === 'done').length;
    return { kind: 'complete', day: Math.min(day, PLAN_LENGTH + 1), strip, doneCount, reflection: cycle.reflection };
  }
  const pause = openPause(cycle);
  const mark = cycle.marks[String(day)];
  return {
    kind: 'active',
    day,
    ...(mark ? { mark } : {}),
    paused: pause !== undefined,
    ...(pause ? { pausedSince: pause.from } : {}),
    strip,
  };
}
