import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  hasNewerDays,
  hasOlderDays,
  newerWindow,
  olderWindow,
  timelineDays,
  windowDays,
  type DayWindow,
} from '../domain/journal-calendar';
import { today } from '../domain/log-time';
import type { KeyValueArea } from '../storage/key-value-area';
import { EMPTY_HISTORY_DAY, listHistoryDays, readHistoryDays, withPart, type HistoryDay } from '../storage/journal-history';
import type { Clock } from '../domain/clock';

export { dayProblems } from '../storage/journal-history';

/** Days added to the window per step back (a week's worth of days that have something). */
export const TIMELINE_PAGE = 7;
/** The most days rendered at once; older steps let the newest go (and newer steps bring them back). */
export const TIMELINE_MAX = 35;

export interface ShownDay {
  day: string;
  /** undefined while the day is being read. */
  data: HistoryDay | undefined;
}

export interface TimelineModel {
  /** The day at the top of the timeline. */
  selected: ReadonlySignal<string>;
  /** Every day with entries or logs (for the calendar), once the key list is read. */
  daysWithContent: ReadonlySignal<ReadonlySet<string>>;
  /** The rendered window: the selected day, then older days that have something, newest first. */
  shown: ReadonlySignal<ShownDay[]>;
  hasOlder: ReadonlySignal<boolean>;
  hasNewer: ReadonlySignal<boolean>;
  /**
   * Reads the selected day (today) first, then which days have content. Older days wait for `older()`: the view
   * asks once today is on screen and the list's end comes into view, so they never hold back today's first paint.
   */
  start(): Promise<void>;
  select(day: string): Promise<void>;
  older(): Promise<void>;
  newer(): Promise<void>;
  /** A stored day part changed in some context (raw new value, undefined when removed). */
  apply(day: string, part: 'entries' | 'logs', raw: unknown): void;
}

export interface TimelineDeps {
  area: KeyValueArea;
  clock: Clock;
  /**
   * Resolves when the page is idle (pages: requestIdleCallback). The list of days with content (for the day
   * buttons and the calendar's dots) is read then, after today is on screen: with five years it is thousands of
   * keys, and today's first frame should not wait behind them. Without it the list is read at once.
   */
  idle?: () => Promise<void>;
}

/** The journal's day timeline: a window of days around the selected one, read on demand and kept live. */
export function createTimelineModel({ area, clock, idle }: TimelineDeps): TimelineModel {
  const selected = signal(today(clock));
  const journalDays = signal<ReadonlySet<string>>(new Set());
  const logDays = signal<ReadonlySet<string>>(new Set());
  const daysWithContent = computed<ReadonlySet<string>>(() => new Set([...journalDays.value, ...logDays.value]));
  const all = computed(() => timelineDays(selected.value, daysWithContent.value));
  const window = signal<DayWindow>({ newest: selected.value, oldest: selected.value });
  const cache = signal<ReadonlyMap<string, HistoryDay>>(new Map());
  let followToday = true;
  let pending: Promise<void> | undefined;
  // Changes seen while a read was on its way: replayed over the read's result, which may predate them.
  let seq = 0;
  const recent: { seq: number; day: string; part: 'entries' | 'logs'; raw: unknown }[] = [];
  const replaySince = (from: number) => {
    for (const change of recent) if (change.seq > from) update(change.day, change.part, change.raw);
  };

  const shown = computed(() => windowDays(all.value, window.value).map((day) => ({ day, data: cache.value.get(day) })));

  /** Reads the days not cached yet, then keeps only the window's days in the cache. */
  async function load(days: string[]) {
    const from = seq;
    const missing = days.filter((day) => !cache.value.has(day));
    const read = missing.length ? await readHistoryDays(area, missing, clock) : new Map<string, HistoryDay>();
    const next = new Map<string, HistoryDay>();
    for (const day of days) {
      const data = cache.value.get(day) ?? read.get(day);
      if (data) next.set(day, data);
    }
    cache.value = next;
    replaySince(from);
  }

  async function moveWindow(next: DayWindow) {
    await load(windowDays(all.value, next));
    window.value = next;
  }

  /** One window move at a time; a scroll that asks again while one is reading waits for it. */
  const queue = (task: () => Promise<void>) => (pending = (pending ?? Promise.resolve()).then(task, task));

  async function select(day: string) {
    followToday = day === today(clock);
    await queue(async () => {
      batch(() => {
        selected.value = day;
        window.value = { newest: day, oldest: day };
      });
      await load([day]);
    });
  }

  const older = () => queue(() => moveWindow(olderWindow(all.value, window.value, TIMELINE_PAGE, TIMELINE_MAX)));
  const newer = () => queue(() => moveWindow(newerWindow(all.value, window.value, TIMELINE_PAGE, TIMELINE_MAX)));

  function apply(day: string, part: 'entries' | 'logs', raw: unknown) {
    recent.push({ seq: ++seq, day, part, raw });
    if (recent.length > 200) recent.shift();
    update(day, part, raw);
    // The panel was left open on today and midnight passed: the new day's first log takes the top.
    if (followToday && raw !== undefined && day > selected.value && day === today(clock)) void select(day);
  }

  function update(day: string, part: 'entries' | 'logs', raw: unknown) {
    const set = part === 'entries' ? journalDays : logDays;
    const hadContent = daysWithContent.value.has(day);
    if (raw === undefined ? set.value.has(day) : !set.value.has(day)) {
      const next = new Set(set.value);
      if (raw === undefined) next.delete(day);
      else next.add(day);
      set.value = next;
    }
    // A day in view changes in place; a day that just got its first entry starts from empty.
    const cached = cache.value.get(day) ?? (!hadContent ? EMPTY_HISTORY_DAY : undefined);
    if (cached) cache.value = new Map(cache.value).set(day, withPart(cached, part, raw, clock));
  }

  return {
    selected,
    daysWithContent,
    shown,
    hasOlder: computed(() => hasOlderDays(all.value, window.value)),
    hasNewer: computed(() => hasNewerDays(all.value, window.value)),
    async start() {
      const day = selected.value;
      const from = seq;
      // Today first: the browser serves storage calls in order, and five years' key list takes longer.
      await queue(() => load([day]));
      await idle?.();
      const days = await listHistoryDays(area);
      batch(() => {
        journalDays.value = days.journal;
        logDays.value = days.logs;
        replaySince(from);
      });
    },
    select,
    older,
    newer,
    apply,
  };
}
