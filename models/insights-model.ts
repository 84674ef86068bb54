/**
 * The Insights view's state: the records read once when the view opens, and trends, links and the plan's
 * before and after computed from them. The period control recomputes trends only; links always look at the
 * last year. Reading is injected, so tests pass records and a clock.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { addDays, type LocalDate } from '../domain/local-date';
import { today as todayOf, type Clock } from '../domain/log-time';
import type { DaySummary } from '../domain/insights/day-summary';
import type { HabitHistory } from '../domain/insights/factors';
import { analyzeLinks, type LinkAnalysis } from '../domain/insights/links';
import { AROUND_DAYS, compareCycles, type CycleComparison, type CycleSpan } from '../domain/insights/plan-before-after';
import { computeTrends, type TrendPeriod, type Trends } from '../domain/insights/trends';

export interface InsightsSource {
  /** Summaries of every day with records from `from` (inclusive) to today, oldest first. */
  readDays(from: LocalDate): Promise<DaySummary[]>;
  /** The plan's cycles and habit routine. */
  readPlan(today: LocalDate): Promise<{ cycles: CycleSpan[]; habits: HabitHistory | null }>;
}

export interface InsightsDeps {
  source: InsightsSource;
  clock: Clock;
  /** The user's symptom order, so trends list symptoms as the rest of Gutwise does. */
  order?: () => readonly string[];
}

export type InsightsState = 'loading' | 'ready' | 'failed';

export interface InsightsModel {
  state: ReadonlySignal<InsightsState>;
  period: Signal<TrendPeriod>;
  /** Whether anything at all is recorded (when ready). */
  hasRecords: ReadonlySignal<boolean>;
  trends: ReadonlySignal<Trends | null>;
  links: ReadonlySignal<LinkAnalysis | null>;
  cycles: ReadonlySignal<CycleComparison[]>;
  /** Reads the records again (each time the view opens, so it is current). */
  load(): Promise<void>;
}

/** Trends compare a year with the year before: two years of days are read. */
const DAYS_READ = 2 * 365;

/** The Insights model on an injected source and clock. */
export function createInsightsModel({ source, clock, order = () => [] }: InsightsDeps): InsightsModel {
  const state = signal<InsightsState>('loading');
  const period = signal<TrendPeriod>(30);
  const data = signal<{ today: LocalDate; days: DaySummary[]; cycles: CycleSpan[]; habits: HabitHistory | null } | null>(null);
  let reading = 0;

  return {
    state,
    period,
    hasRecords: computed(() => (data.value?.days.length ?? 0) > 0),
    trends: computed(() => (data.value ? computeTrends(data.value.days, period.value, data.value.today, order()) : null)),
    links: computed(() => (data.value ? analyzeLinks({ summaries: data.value.days, today: data.value.today, habits: data.value.habits }) : null)),
    cycles: computed(() => (data.value ? compareCycles(data.value.cycles, data.value.days, data.value.today) : [])),
    async load() {
      const mine = ++reading;
      const today = todayOf(clock);
      if (!data.peek()) state.value = 'loading';
      try {
        const plan = await source.readPlan(today);
        const earliestCycle = plan.cycles.reduce<LocalDate | null>((min, c) => (min === null || c.start < min ? c.start : min), null);
        const from = addDays(today, -(DAYS_READ - 1));
        const cycleFrom = earliestCycle ? addDays(earliestCycle, -AROUND_DAYS) : from;
        const days = await source.readDays(cycleFrom < from ? cycleFrom : from);
        if (mine !== reading) return;
        data.value = { today, days, ...plan };
        state.value = 'ready';
      } catch {
        if (mine === reading) state.value = 'failed';
      }
    },
  };
}
