/**
 * The Insights view's state: the records read once when the view opens, and trends, links and the plan's
 * before and after computed from them. The period control recomputes trends only; links always look at the
 * last year. Reading is injected, so tests pass records and a clock.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { addDays, type LocalDate } from '../domain/local-date';
import { today as todayOf } from '../domain/log-time';
import type { DaySummary } from '../domain/insights/day-summary';
import type { HabitHistory } from '../domain/insights/factors';
import { analyzeLinks, type LinkAnalysis } from '../domain/insights/links';
import { AROUND_DAYS, compareCycles, type CycleComparison, type CycleSpan } from '../domain/insights/plan-before-after';
import { computeTrends, type TrendPeriod, type Trends } from '../domain/insights/trends';
import type { Clock } from '../domain/clock';

export interface InsightsSource {
  /**
   * Summaries of every day with records from `from` to `to` (both inclusive), oldest first. `quick`: the first
   * look, which may skip checks whose cost grows with the whole history; a full read follows it.
   */
  readDays(from: LocalDate, to: LocalDate, options?: { quick?: boolean }): Promise<DaySummary[]>;
  /** The plan's cycles and habit routine. */
  readPlan(today: LocalDate): Promise<{ cycles: CycleSpan[]; habits: HabitHistory | null }>;
}

export interface InsightsDeps {
  source: InsightsSource;
  clock: Clock;
  /** The user's symptom order, so trends list symptoms as the rest of Gutwise does. */
  order?: () => readonly string[];
  /**
   * Resolves when the page has drawn the first trends and is idle: the long read behind links waits for it, or
   * its reply (two years of records) would land before the first frame is painted and hold it back.
   */
  afterFirstFrame?: () => Promise<void>;
}

export type InsightsState = 'loading' | 'ready' | 'failed';

export interface InsightsModel {
  /** 'ready' once the chosen period's trends can be shown (the rest may still be read). */
  state: ReadonlySignal<InsightsState>;
  period: Signal<TrendPeriod>;
  /** Whether anything at all is recorded; true until the whole history read says otherwise. */
  hasRecords: ReadonlySignal<boolean>;
  /** Null while the days the chosen period needs are still being read. */
  trends: ReadonlySignal<Trends | null>;
  /** Null while the last year is still being read. */
  links: ReadonlySignal<LinkAnalysis | null>;
  /** Null while the days around the plan's cycles are still being read. */
  cycles: ReadonlySignal<CycleComparison[] | null>;
  /** Reads the records again (each time the view opens, so it is current). */
  load(): Promise<void>;
}

/** Trends compare a year with the year before: two years of days are read. */
const DAYS_READ = 2 * 365;

interface Read {
  today: LocalDate;
  /** The first day read: everything from here to today is in `days`. */
  from: LocalDate;
  days: DaySummary[];
  cycles: CycleSpan[];
  habits: HabitHistory | null;
  complete: boolean;
}

/**
 * The Insights model on an injected source and clock. It reads in two steps: first only the days the chosen
 * period and the one before need, so its trends show at once even on years of records; then the two years
 * behind trends over a year, links and the plan's cycles.
 */
export function createInsightsModel({
  source,
  clock,
  order = () => [],
  afterFirstFrame = () => Promise.resolve(),
}: InsightsDeps): InsightsModel {
  const state = signal<InsightsState>('loading');
  const period = signal<TrendPeriod>(30);
  const data = signal<Read | null>(null);
  let reading = 0;
  const covers = (read: Read, days: number) => read.from <= addDays(read.today, -(days - 1));

  return {
    state,
    period,
    hasRecords: computed(() => !data.value?.complete || data.value.days.length > 0),
    trends: computed(() => {
      const read = data.value;
      return read && covers(read, 2 * period.value) ? computeTrends(read.days, period.value, read.today, order()) : null;
    }),
    links: computed(() => {
      const read = data.value;
      return read?.complete ? analyzeLinks({ summaries: read.days, today: read.today, habits: read.habits }) : null;
    }),
    cycles: computed(() => (data.value?.complete ? compareCycles(data.value.cycles, data.value.days, data.value.today) : null)),
    async load() {
      const mine = ++reading;
      const today = todayOf(clock);
      if (!data.peek()) state.value = 'loading';
      try {
        const plan = await source.readPlan(today);
        const quickFrom = addDays(today, -(2 * period.peek() - 1));
        const quick = await source.readDays(quickFrom, today, { quick: true });
        if (mine !== reading) return;
        if (!data.peek()?.complete || data.peek()?.today !== today)
          data.value = { today, from: quickFrom, days: quick, ...plan, complete: false };
        state.value = 'ready';
        const earliestCycle = plan.cycles.reduce<LocalDate | null>(
          (min, c) => (min === null || c.start < min ? c.start : min),
          null,
        );
        const yearsFrom = addDays(today, -(DAYS_READ - 1));
        const cycleFrom = earliestCycle ? addDays(earliestCycle, -AROUND_DAYS) : yearsFrom;
        const from = cycleFrom < yearsFrom ? cycleFrom : yearsFrom;
        await afterFirstFrame();
        const days = await source.readDays(from, today);
        if (mine !== reading) return;
        data.value = { today, from, days, ...plan, complete: true };
      } catch {
        if (mine === reading) state.value = 'failed';
      }
    },
  };
}
