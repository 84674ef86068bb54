/**
 * Every change the user can make to the plan, as pure functions of (state, today). Each returns the state
 * unchanged when the change does not apply any more, so a stale popup and a side panel writing at the same
 * moment (each under the storage lock) cannot corrupt the plan or double-apply an action.
 */
import { addDays, daysBetween, parseLocalDate, type LocalDate } from './local-date';
import { isCycleComplete, openPause, planDayOn } from './plan-progress';
import { HABIT_DAYS_KEPT, REFLECTION_MAX, type DayMark, type PastCycle, type PlanCycle, type PlanState } from './plan-state';
import { PLAN_LENGTH } from './plan-types';

export type StartProblem = 'not-a-date' | 'too-far';
/** How far from today a chosen start date may be, either way. */
export const START_RANGE_DAYS = 365;

/** Checks a typed start date: a real calendar date, within a year of today. */
export function checkStartDate(text: string, today: LocalDate): { date: LocalDate } | { problem: StartProblem } {
  const date = parseLocalDate(text);
  if (!date) return { problem: 'not-a-date' };
  if (Math.abs(daysBetween(today, date)) > START_RANGE_DAYS) return { problem: 'too-far' };
  return { date };
}

function newCycle(state: PlanState, start: LocalDate): PlanState {
  const number = state.cyclesStarted + 1;
  return { cycle: { number, start, marks: {}, pauses: [], reflection: '' }, routine: null, cyclesStarted: number };
}

/** Starts a cycle on `start`, unless one is already under way (then nothing changes). Ends a habit routine. */
export function startCycle(state: PlanState, start: LocalDate): PlanState {
  return state.cycle ? state : newCycle(state, start);
}

function withCycle(state: PlanState, change: (cycle: PlanCycle) => PlanCycle | undefined): PlanState {
  if (!state.cycle) return state;
  const cycle = change(state.cycle);
  return cycle ? { ...state, cycle } : state;
}

/** Marks a day that has begun (today or earlier) done or skipped. */
export function markDay(state: PlanState, day: number, mark: DayMark, today: LocalDate): PlanState {
  return withCycle(state, (cycle) => {
    if (!Number.isInteger(day) || day < 1 || day > Math.min(planDayOn(cycle, today), PLAN_LENGTH)) return undefined;
    return { ...cycle, marks: { ...cycle.marks, [String(day)]: mark } };
  });
}

/** Undoes a day's mark: the day is open again (or missed, if it is past). */
export function clearMark(state: PlanState, day: number): PlanState {
  return withCycle(state, (cycle) => {
    if (!(String(day) in cycle.marks)) return undefined;
    const { [String(day)]: _removed, ...marks } = cycle.marks;
    return { ...cycle, marks };
  });
}

/**
 * Pauses from today on: today and the days after it stop counting until the user resumes. "Keep going" pauses
 * too, so a flare brings no reminders about habits either.
 */
export function pausePlan(state: PlanState, today: LocalDate): PlanState {
  if (!state.cycle && state.routine)
    return state.routine.pausedSince ? state : { ...state, routine: { ...state.routine, pausedSince: today } };
  return withCycle(state, (cycle) => {
    if (today < cycle.start || openPause(cycle) || isCycleComplete(cycle, today)) return undefined;
    const last = cycle.pauses[cycle.pauses.length - 1];
    // Resumed earlier today and pausing again: reopen that pause rather than start a second one.
    if (last && last.until === today) return { ...cycle, pauses: [...cycle.pauses.slice(0, -1), { from: last.from }] };
    return { ...cycle, pauses: [...cycle.pauses, { from: today }] };
  });
}

/** Resumes: days count again from today, so the user continues on the day they paused on (habits: as before). */
export function resumePlan(state: PlanState, today: LocalDate): PlanState {
  if (!state.cycle && state.routine) {
    if (!state.routine.pausedSince) return state;
    const { pausedSince: _resumed, ...routine } = state.routine;
    return { ...state, routine };
  }
  return withCycle(state, (cycle) => {
    const pause = openPause(cycle);
    if (!pause) return undefined;
    const earlier = cycle.pauses.slice(0, -1);
    // Paused and resumed on the same date: nothing was paused at all.
    if (today <= pause.from) return { ...cycle, pauses: earlier };
    return { ...cycle, pauses: [...earlier, { from: pause.from, until: today }] };
  });
}

/** Saves the day-7 reflection (trimmed, at most REFLECTION_MAX characters). */
export function saveReflection(state: PlanState, text: string): PlanState {
  return withCycle(state, (cycle) => ({ ...cycle, reflection: text.trim().slice(0, REFLECTION_MAX) }));
}

export type CycleEnding = PastCycle['next'];

/**
 * Ends the cycle and files it for history: "repeat" starts a new cycle today, "keep-going" turns the chosen
 * habits into daily tasks, "stopped" leaves no plan. Repeat and keep going apply only to a complete cycle.
 * `archived` is undefined when nothing changed, or when a stopped cycle had not begun (nothing to keep).
 */
export function endCycle(
  state: PlanState,
  next: CycleEnding,
  today: LocalDate,
  habits: readonly string[] = [],
): { state: PlanState; archived?: PastCycle } {
  const { cycle } = state;
  if (!cycle || (next !== 'stopped' && !isCycleComplete(cycle, today))) return { state };
  const begun = today >= cycle.start;
  const archived: PastCycle | undefined = begun ? { ...cycle, pauses: closePauses(cycle, today), ended: today, next } : undefined;
  const cleared: PlanState = { ...state, cycle: null };
  if (next === 'repeat') return { state: newCycle(cleared, today), archived };
  if (next === 'keep-going')
    return { state: { ...cleared, routine: { habits: [...new Set(habits)], since: today, done: {} } }, archived };
  return { state: cleared, archived };
}

function closePauses(cycle: PlanCycle, today: LocalDate) {
  return cycle.pauses.map((p) => (p.until === undefined ? { from: p.from, until: today > p.from ? today : p.from } : p));
}

/** Adds a past cycle to the history, replacing an earlier copy of the same cycle (a retried write). */
export function fileCycle(history: readonly PastCycle[], past: PastCycle): PastCycle[] {
  const others = history.filter((c) => !(c.number === past.number && c.start === past.start));
  return [...others, past].sort((a, b) => a.number - b.number);
}

/** Ticks or unticks a habit for today; keeps only the last HABIT_DAYS_KEPT days of ticks. */
export function setHabitDone(state: PlanState, habit: string, done: boolean, today: LocalDate): PlanState {
  const { routine } = state;
  if (!routine || !routine.habits.includes(habit)) return state;
  const ticked = new Set(routine.done[today] ?? []);
  if (done) ticked.add(habit);
  else ticked.delete(habit);
  const oldest = addDays(today, -(HABIT_DAYS_KEPT - 1));
  const kept = Object.fromEntries(Object.entries(routine.done).filter(([date]) => date >= oldest && date !== today));
  return { ...state, routine: { ...routine, done: { ...kept, [today]: [...ticked] } } };
}

/** Changes which habits the routine holds; an empty choice ends the routine. */
export function chooseHabits(state: PlanState, habits: readonly string[], today: LocalDate): PlanState {
  if (state.cycle) return state;
  if (habits.length === 0) return { ...state, routine: null };
  const since = state.routine?.since ?? today;
  const paused = state.routine?.pausedSince;
  return {
    ...state,
    routine: { habits: [...new Set(habits)], since, done: state.routine?.done ?? {}, ...(paused ? { pausedSince: paused } : {}) },
  };
}
