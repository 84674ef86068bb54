import { signal, type ReadonlySignal } from '@preact/signals';
import { prepareItem, search, type JournalQuery, type PreparedItem, type SearchResult } from '../domain/journal-search';
import { countTags, type TagUse } from '../domain/journal-tags';
import { mergeTimeline } from '../domain/journal-timeline';
import type { Clock } from '../domain/log-time';
import type { KeyValueArea } from '../storage/key-value-area';
import { EMPTY_HISTORY_DAY, historyKey, readHistoryDays, withPart, type HistoryDay } from '../storage/journal-history';

export type IndexState = 'idle' | 'loading' | 'ready' | 'failed';

export interface HistoryIndex {
  state: ReadonlySignal<IndexState>;
  /** Bumped on every change, so computed searches rerun. */
  version: ReadonlySignal<number>;
  /** Reads all of history once (the first search, filter or tag suggestion asks); later calls return at once. */
  ensure(): Promise<void>;
  /** A stored day part changed in some context. */
  apply(day: string, part: 'entries' | 'logs', raw: unknown): void;
  /** The newest `limit` matches across all history, and how many match in all. */
  search(query: JournalQuery, limit: number): SearchResult;
  /** Every food tag used, with counts. */
  tagUses(): ReadonlyMap<string, TagUse>;
  /** Symptom names changed (renamed in the list): log items are prepared again. */
  refreshNames(): void;
}

export interface HistoryIndexDeps {
  area: KeyValueArea;
  clock: Clock;
  /** Searchable words for a symptom log: its symptom's shown name. */
  symptomName: (symptomId: string) => string;
}

interface IndexedDay {
  data: HistoryDay;
  prepared: PreparedItem[];
}

/**
 * All of history in memory, for search, filters and tag suggestions: read in one storage call the first time
 * it is needed (never at start-up), then kept in step with every change from any context.
 */
export function createHistoryIndex({ area, clock, symptomName }: HistoryIndexDeps): HistoryIndex {
  const state = signal<IndexState>('idle');
  const version = signal(0);
  const days = new Map<string, IndexedDay>();
  let newestFirst: string[] = [];
  let tags: Map<string, TagUse> | undefined;
  let loading: Promise<void> | undefined;
  const early: { day: string; part: 'entries' | 'logs'; raw: unknown }[] = [];

  const prepare = (day: string, data: HistoryDay): IndexedDay => ({
    data,
    prepared: mergeTimeline(data.entries, data.logs).map((item) => prepareItem(item, day, item.type === 'log' ? symptomName(item.log.symptomId) : '')),
  });
  const reorder = () => {
    newestFirst = [...days.keys()].sort().reverse();
  };
  const changed = () => {
    tags = undefined;
    version.value += 1;
  };

  function update(day: string, part: 'entries' | 'logs', raw: unknown) {
    const data = withPart(days.get(day)?.data ?? EMPTY_HISTORY_DAY, part, raw, clock);
    const had = days.has(day);
    if (!data.entries.length && !data.logs.length) days.delete(day);
    else days.set(day, prepare(day, data));
    if (had !== days.has(day)) reorder();
  }

  async function load() {
    state.value = 'loading';
    try {
      const keyDays = new Set<string>();
      for (const key of await area.keys()) {
        const found = historyKey(key);
        if (found) keyDays.add(found.day);
      }
      const read = await readHistoryDays(area, [...keyDays], clock);
      for (const [day, data] of read) if (data.entries.length || data.logs.length) days.set(day, prepare(day, data));
      // Changes that arrived while reading are newer than (or the same as) what was read.
      for (const change of early.splice(0)) update(change.day, change.part, change.raw);
      reorder();
      state.value = 'ready';
      changed();
    } catch {
      state.value = 'failed';
      loading = undefined;
    }
  }

  return {
    state,
    version,
    ensure() {
      loading ??= load();
      return loading;
    },
    apply(day, part, raw) {
      if (state.value === 'loading') early.push({ day, part, raw });
      if (state.value !== 'ready') return;
      update(day, part, raw);
      changed();
    },
    search(query, limit) {
      return search((function* () {
        for (const day of newestFirst) yield days.get(day)!.prepared;
      })(), query, limit);
    },
    tagUses() {
      tags ??= countTags((function* () {
        for (const { data } of days.values()) for (const entry of data.entries) if (entry.kind === 'food') yield entry;
      })());
      return tags;
    },
    refreshNames() {
      if (state.value !== 'ready') return;
      for (const [day, { data }] of days) days.set(day, prepare(day, data));
      changed();
    },
  };
}
