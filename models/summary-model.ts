/**
 * The summary page's state: the period and sections chosen, the optional name, the notes ticked, and the
 * summary worked out from the records of that period. Reading is injected, so tests pass records and a clock.
 */
import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { HabitHistory } from '../domain/insights/factors';
import type { JournalEntry } from '../domain/journal-entry';
import { addDays, type LocalDate } from '../domain/local-date';
import { today as todayOf } from '../domain/log-time';
import type { PastCycle, PlanState } from '../domain/plan-state';
import { periodOf, type PeriodChoice, type PeriodProblem, type SummaryPeriod } from '../domain/summary/period';
import { buildSummary, type Summary } from '../domain/summary/summary';
import type { SymptomLog } from '../domain/symptom-log';
import type { Clock } from '../domain/clock';

export interface SummarySource {
  /** Logs and journal entries of the local days from `from` to `to` (inclusive). */
  readRecords(from: LocalDate, to: LocalDate): Promise<{ logs: SymptomLog[]; entries: JournalEntry[] }>;
  readPlan(today: LocalDate): Promise<{ plan: PlanState; history: PastCycle[]; habits: HabitHistory | null }>;
  /** The remembered name; empty when none. */
  readName(): Promise<string>;
  /** Remembers a name; an empty one forgets it. */
  saveName(name: string): Promise<void>;
}

export const SUMMARY_SECTIONS = ['symptoms', 'redFlags', 'body', 'links', 'plan'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export type SummaryState = 'loading' | 'ready' | 'failed';

export interface SummaryModel {
  state: ReadonlySignal<SummaryState>;
  choice: ReadonlySignal<PeriodChoice>;
  /** Why the chosen dates give no period, or null. */
  problem: ReadonlySignal<PeriodProblem | null>;
  include: ReadonlySignal<Record<SummarySection, boolean>>;
  name: ReadonlySignal<string>;
  remember: ReadonlySignal<boolean>;
  /** Keys of the notes the user chose to print. */
  ticked: ReadonlySignal<ReadonlySet<string>>;
  summary: ReadonlySignal<Summary | null>;
  /** When the summary was made (its records read), for "made on". */
  madeAt: ReadonlySignal<number>;
  load(): Promise<void>;
  choose(choice: PeriodChoice): Promise<void>;
  setIncluded: (section: SummarySection, included: boolean) => void;
  setName: (name: string) => void;
  setRemember: (remember: boolean) => void;
  toggleNote: (key: string) => void;
}

export interface SummaryDeps {
  source: SummarySource;
  clock: Clock;
  /** The user's symptom order, so symptoms are listed as everywhere else in Gutwise. */
  order?: () => readonly string[];
}

type Loaded = {
  period: SummaryPeriod;
  records: Awaited<ReturnType<SummarySource['readRecords']>>;
  plan: Awaited<ReturnType<SummarySource['readPlan']>>;
  today: LocalDate;
};

/** The summary model on an injected source and clock; the 90 days up to today by default. */
export function createSummaryModel({ source, clock, order = () => [] }: SummaryDeps): SummaryModel {
  const state = signal<SummaryState>('loading');
  const choice = signal<PeriodChoice>({ kind: 'last', days: 90 });
  const problem = signal<PeriodProblem | null>(null);
  const include = signal(Object.fromEntries(SUMMARY_SECTIONS.map((s) => [s, true])) as Record<SummarySection, boolean>);
  const name = signal('');
  const remember = signal(false);
  const ticked = signal<ReadonlySet<string>>(new Set());
  const madeAt = signal(clock.now());
  const loaded: Signal<Loaded | null> = signal(null);
  let reading = 0;

  async function read(): Promise<void> {
    const mine = ++reading;
    const today = todayOf(clock);
    const found = periodOf(choice.peek(), today);
    if (!found.ok) {
      problem.value = found.problem;
      return;
    }
    problem.value = null;
    const { period } = found;
    if (!loaded.peek()) state.value = 'loading';
    try {
      // Trends compare the period with as many days before it.
      const [records, plan] = await Promise.all([
        source.readRecords(addDays(period.first, -period.length), period.last),
        source.readPlan(today),
      ]);
      if (mine !== reading) return;
      batch(() => {
        loaded.value = { period, records, plan, today };
        madeAt.value = clock.now();
        state.value = 'ready';
      });
    } catch {
      if (mine === reading) state.value = 'failed';
    }
  }

  return {
    state,
    choice,
    problem,
    include,
    name,
    remember,
    ticked,
    madeAt,
    summary: computed(() => {
      const data = loaded.value;
      return data ? buildSummary({ ...data.records, ...data.plan }, data.period, data.today, order()) : null;
    }),
    async load() {
      const stored = await source.readName().catch(() => '');
      if (stored) batch(() => ((name.value = stored), (remember.value = true)));
      await read();
    },
    async choose(next) {
      choice.value = next;
      await read();
    },
    setIncluded(section, included) {
      include.value = { ...include.value, [section]: included };
    },
    setName(next) {
      name.value = next;
      if (remember.value) void source.saveName(next.trim()).catch(() => undefined);
    },
    setRemember(next) {
      remember.value = next;
      void source.saveName(next ? name.value.trim() : '').catch(() => undefined);
    },
    toggleNote(key) {
      const next = new Set(ticked.value);
      if (!next.delete(key)) next.add(key);
      ticked.value = next;
    },
  };
}
