/** The plan's stored state as Insights reads it: cycles to compare, and the habit routine as a factor. */
import { addDays, type LocalDate } from '../local-date';
import { HABIT_DAYS_KEPT, type PastCycle, type PlanState } from '../plan-state';
import type { HabitHistory } from './factors';
import type { CycleSpan } from './plan-before-after';

/** Every cycle, past and under way, as spans. */
export function cyclesOf(plan: PlanState, history: readonly PastCycle[]): CycleSpan[] {
  const spans: CycleSpan[] = history.map((c) => ({ number: c.number, start: c.start, ended: c.ended, reflection: c.reflection }));
  if (plan.cycle && !spans.some((c) => c.number === plan.cycle?.number)) {
    spans.push({ number: plan.cycle.number, start: plan.cycle.start, ended: null, reflection: plan.cycle.reflection });
  }
  return spans;
}

/** The habit routine as a factor's history: only the days the plan still keeps, and only finished days. */
export function habitHistoryOf(plan: PlanState, today: LocalDate): HabitHistory | null {
  const routine = plan.routine;
  if (!routine || routine.habits.length === 0) return null;
  return {
    habits: routine.habits,
    since: routine.since,
    done: routine.done,
    keptFrom: addDays(today, -(HABIT_DAYS_KEPT - 1)),
    openFrom: today,
  };
}
