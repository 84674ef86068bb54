/**
 * The 7-day plan as the popup and the side panel see it. Every write goes through the store's locked
 * update with a pure domain action, so the popup, the panel and the background never undo each other; the
 * store's watch brings in what other contexts wrote, and a timer at the next local midnight turns the day.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { localDateAt, nextLocalMidnight, type LocalDate } from '../domain/local-date';
import * as actions from '../domain/plan-actions';
import { planSnapshot, type PlanSnapshot } from '../domain/plan-progress';
import { EMPTY_PLAN, type DayMark, type PastCycle, type PlanState } from '../domain/plan-state';
import type { PlanContent } from '../domain/plan-types';
import type { SyncWriteProblem } from '../domain/write-problems';
import { syncWriteProblemOf } from './sync-write-problem';
import type { Clock, Timers } from '../domain/clock';
import type { StoredValue } from '../storage/stored-value';
import type { PageCopy } from '../storage/page-copy';

export interface PlanModelDeps {
  plan: StoredValue<PlanState>;
  history: StoredValue<PastCycle[]>;
  content: PlanContent;
  clock: Clock;
  timers: Timers;
  /** A synchronous copy of the last known state, to show it in the first frame (storage/plan-copy.ts). */
  copy?: PageCopy<PlanState>;
}

export interface PlanModel {
  content: PlanContent;
  loaded: ReadonlySignal<boolean>;
  state: ReadonlySignal<PlanState>;
  history: ReadonlySignal<PastCycle[]>;
  today: ReadonlySignal<LocalDate>;
  snapshot: ReadonlySignal<PlanSnapshot>;
  /** Why the last change was refused (the plan syncs within browser quotas); nothing was changed then. */
  problem: ReadonlySignal<SyncWriteProblem | undefined>;
  /** A past day picked in the strip, to mark it late or undo it; undefined shows today. */
  selectedDay: Signal<number | undefined>;
  load(): Promise<void>;
  /** Re-reads the clock (e.g. when the page is shown again after the computer slept). */
  checkDate(): void;
  /** Starts today, or on `dateText` (`YYYY-MM-DD`); a bad date returns its problem and changes nothing. */
  start: (dateText?: string) => actions.StartProblem | undefined;
  mark(day: number, mark: DayMark): Promise<void>;
  undo(day: number): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  saveReflection: (text: string) => Promise<void>;
  repeat(): Promise<void>;
  keepGoing(habits: readonly string[]): Promise<void>;
  stop(): Promise<void>;
  setHabitDone(habit: string, done: boolean): Promise<void>;
  chooseHabits(habits: readonly string[]): Promise<void>;
  dispose(): void;
}

/** Creates the plan model on its storage, content and clock. Call `load()` before showing it. */
export function createPlanModel(deps: PlanModelDeps): PlanModel {
  const { clock, content } = deps;
  const timers = deps.timers;
  const habitIds = content.habits.map((h) => h.id);
  const readToday = () => localDateAt(clock.now(), clock.timeZone());
  const copied = deps.copy?.read();
  const state = signal<PlanState>(copied ?? EMPTY_PLAN);
  const history = signal<PastCycle[]>([]);
  const today = signal<LocalDate>(readToday());
  const loaded = signal(copied !== undefined);
  const selectedDay = signal<number | undefined>(undefined);
  const problem = signal<SyncWriteProblem | undefined>(undefined);
  /** Every state that came from storage (or is on its way there) is also the next page's first frame. */
  const show = (value: PlanState) => {
    state.value = value;
    deps.copy?.write(value);
  };
  const unwatch = [deps.plan.watch(show), deps.history.watch((v) => (history.value = v))];
  let midnight: unknown;

  const checkDate = () => {
    const date = readToday();
    if (date !== today.value) {
      today.value = date;
      selectedDay.value = undefined;
    }
  };
  const armMidnight = () => {
    timers.clearTimeout(midnight);
    const now = clock.now();
    midnight = timers.setTimeout(
      () => {
        checkDate();
        armMidnight();
      },
      nextLocalMidnight(now, clock.timeZone()) - now,
    );
  };

  /** Runs a change; if storage refuses it, shows what is stored (nothing changed) and says why. */
  const guarded = async (task: () => Promise<void>) => {
    try {
      await task();
      problem.value = undefined;
    } catch (error) {
      problem.value = syncWriteProblemOf(error);
      show(await deps.plan.get().catch(() => state.value));
    }
  };

  /** Applies `change` here at once and in storage under the lock; storage's answer is the truth. */
  const write = (change: (s: PlanState, date: LocalDate) => PlanState) =>
    guarded(async () => {
      checkDate();
      const date = today.value;
      show(change(state.value, date));
      show(await deps.plan.update((s) => change(s, date)));
    });

  /** Files the finished cycle in history first, then ends it, so a crash in between loses nothing. */
  const end = (next: actions.CycleEnding, habits: readonly string[] = []) =>
    guarded(async () => {
      checkDate();
      const date = today.value;
      for (let attempt = 0; attempt < 3; attempt++) {
        const seen = await deps.plan.get();
        const { archived } = actions.endCycle(seen, next, date, habits);
        if (archived) history.value = await deps.history.update((h) => actions.fileCycle(h, archived));
        let applied = false;
        show(
          await deps.plan.update((s) => {
            // Another context changed the cycle since it was filed: file the newer copy instead.
            if (JSON.stringify(s.cycle) !== JSON.stringify(seen.cycle)) return s;
            applied = true;
            return actions.endCycle(s, next, date, habits).state;
          }),
        );
        if (applied) break;
      }
      selectedDay.value = undefined;
    });

  return {
    content,
    loaded,
    state,
    history,
    today,
    snapshot: computed(() => planSnapshot(state.value, today.value, habitIds)),
    problem,
    selectedDay,
    async load() {
      const [plan, past] = await Promise.all([deps.plan.get(), deps.history.get()]);
      show(plan);
      history.value = past;
      checkDate();
      armMidnight();
      loaded.value = true;
    },
    checkDate,
    start(dateText) {
      checkDate();
      let start = today.value;
      if (dateText !== undefined) {
        const checked = actions.checkStartDate(dateText, today.value);
        if ('problem' in checked) return checked.problem;
        start = checked.date;
      }
      void write((s) => actions.startCycle(s, start));
      return undefined;
    },
    mark: (day, mark) => write((s, date) => actions.markDay(s, day, mark, date)),
    undo: (day) => write((s) => actions.clearMark(s, day)),
    pause: () => write((s, date) => actions.pausePlan(s, date)),
    resume: () => write((s, date) => actions.resumePlan(s, date)),
    saveReflection: (text) => write((s) => actions.saveReflection(s, text)),
    repeat: () => end('repeat'),
    keepGoing: (habits) => end('keep-going', habits),
    stop: () => (state.value.cycle ? end('stopped') : write((s, date) => actions.chooseHabits(s, [], date))),
    setHabitDone: (habit, done) => write((s, date) => actions.setHabitDone(s, habit, done, date)),
    chooseHabits: (habits) => write((s, date) => actions.chooseHabits(s, habits, date)),
    dispose() {
      timers.clearTimeout(midnight);
      for (const stop of unwatch) stop();
    },
  };
}
