/**
 * What the user has done with the 7-day plan, as stored. Kept small and plain JSON: the data issue syncs it
 * across the user's browsers (storage.sync allows 8 kB per item), so the open cycle and the habit routine
 * live here and finished cycles move to a separate history.
 */
import { isLocalDate, type LocalDate } from './local-date';
import { PLAN_LENGTH } from './plan-types';

export type DayMark = 'done' | 'skipped';

/** Days from `from` up to (not including) `until` do not count; an open pause has no `until` yet. */
export interface PausePeriod {
  from: LocalDate;
  until?: LocalDate;
}

/** One run through the seven days. */
export interface PlanCycle {
  /** 1 for the first cycle the user ever started, then 2, 3, ... */
  number: number;
  start: LocalDate;
  /** Plan day ("1".."7") → what the user marked. A day without a mark is "missed" once it is past. */
  marks: Record<string, DayMark>;
  pauses: PausePeriod[];
  /** The day-7 reflection: what felt best, what to continue. */
  reflection: string;
}

/** "Keep going" after a cycle: the chosen habits as daily tasks. */
export interface HabitRoutine {
  habits: string[];
  since: LocalDate;
  /** Date → habit ids done that day; only the last HABIT_DAYS_KEPT dates are kept. */
  done: Record<LocalDate, string[]>;
  /** Paused during a flare since this date: no reminder, no badge, nothing owed, until resumed. */
  pausedSince?: LocalDate;
}

export interface PlanState {
  /** The cycle under way (or finished and awaiting the user's "what next"); null when none. */
  cycle: PlanCycle | null;
  routine: HabitRoutine | null;
  /** How many cycles were ever started, for numbering the next one. */
  cyclesStarted: number;
}

/** A finished or stopped cycle, kept in history with what the user chose next. */
export interface PastCycle extends PlanCycle {
  ended: LocalDate;
  next: 'repeat' | 'keep-going' | 'stopped';
}

export const EMPTY_PLAN: PlanState = { cycle: null, routine: null, cyclesStarted: 0 };
export const REFLECTION_MAX = 1000;
export const HABIT_DAYS_KEPT = 28;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function validMarks(value: unknown): Record<string, DayMark> {
  const marks: Record<string, DayMark> = {};
  if (!isRecord(value)) return marks;
  for (const [day, mark] of Object.entries(value)) {
    const n = Number(day);
    if (Number.isInteger(n) && n >= 1 && n <= PLAN_LENGTH && (mark === 'done' || mark === 'skipped')) marks[String(n)] = mark;
  }
  return marks;
}

function validPauses(value: unknown): PausePeriod[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const pauses: PausePeriod[] = [];
  for (const p of value) {
    if (!isRecord(p) || !isLocalDate(p.from)) return undefined;
    if (p.until !== undefined && (!isLocalDate(p.until) || p.until < p.from)) return undefined;
    pauses.push(p.until === undefined ? { from: p.from } : { from: p.from, until: p.until });
  }
  return pauses;
}

/** The cycle if `value` has a cycle's shape; unknown marks are dropped rather than losing the whole cycle. */
export function validateCycle(value: unknown): PlanCycle | undefined {
  if (!isRecord(value)) return undefined;
  const { number, start, reflection } = value;
  const pauses = validPauses(value.pauses);
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || !isLocalDate(start) || !pauses) return undefined;
  const text = typeof reflection === 'string' ? reflection.slice(0, REFLECTION_MAX) : '';
  return { number, start, marks: validMarks(value.marks), pauses, reflection: text };
}

function validateRoutine(value: unknown): HabitRoutine | undefined {
  if (!isRecord(value) || !isLocalDate(value.since) || !Array.isArray(value.habits)) return undefined;
  const habits = [...new Set(value.habits.filter((h): h is string => typeof h === 'string' && h.length > 0))];
  const done: Record<LocalDate, string[]> = {};
  if (isRecord(value.done)) {
    for (const [date, ids] of Object.entries(value.done)) {
      if (isLocalDate(date) && Array.isArray(ids))
        done[date] = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
    }
  }
  // A damaged pause date is dropped, not the routine: reminders coming back is the lesser harm.
  return { habits, since: value.since, done, ...(isLocalDate(value.pausedSince) ? { pausedSince: value.pausedSince } : {}) };
}

/** Accepts a stored plan state if it has the current shape; otherwise undefined (the item's fallback). */
export function validatePlanState(value: unknown): PlanState | undefined {
  if (!isRecord(value)) return undefined;
  const cycle = value.cycle === null ? null : validateCycle(value.cycle);
  const routine = value.routine === null ? null : validateRoutine(value.routine);
  if (cycle === undefined || routine === undefined) return undefined;
  const started = typeof value.cyclesStarted === 'number' && Number.isInteger(value.cyclesStarted) ? value.cyclesStarted : 0;
  return { cycle, routine, cyclesStarted: Math.max(started, cycle?.number ?? 0) };
}

/** Accepts a stored history if it is a list; entries of the wrong shape are dropped one by one. */
export function validatePlanHistory(value: unknown): PastCycle[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const history: PastCycle[] = [];
  for (const entry of value) {
    const cycle = validateCycle(entry);
    if (!cycle || !isRecord(entry) || !isLocalDate(entry.ended)) continue;
    const next = entry.next === 'repeat' || entry.next === 'keep-going' ? entry.next : 'stopped';
    history.push({ ...cycle, ended: entry.ended, next });
  }
  return history;
}
