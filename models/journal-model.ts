import { computed, effect, signal, untracked, type ReadonlySignal, type Signal } from '@preact/signals';
import { asNewEntry, reviseEntry, type JournalEntry } from '../domain/journal-entry';
import { mergeEdit } from '../domain/journal-edit';
import { formToEntry, type EntryForm } from '../domain/journal-form';
import { EMPTY_QUERY, isActiveQuery, type JournalQuery, type SearchResult } from '../domain/journal-search';
import { suggestTags, type TagUse } from '../domain/journal-tags';
import { undoChanges, type LogChanges, type SymptomLog } from '../domain/symptom-log';
import type { ChangeFeed } from '../storage/change-feed';
import { JournalStoreError, type JournalStore } from '../storage/journal-store';
import { LogStoreError } from '../storage/log-store-error';
import type { KeyValueArea } from '../storage/key-value-area';
import { historyKey } from '../storage/journal-history';
import type { SymptomLogStore } from '../storage/symptom-log-store';
import { createComposerModel, type ComposerModel } from './journal-composer-model';
import { createEditDraftsModel, type EditDraftsModel } from './journal-edit-drafts-model';
import type { EditDraftStore } from '../storage/edit-drafts';
import { createHistoryIndex, type HistoryIndex } from './journal-index';
import { createJournalNoticeModel, type JournalNoticeModel } from './journal-notice-model';
import { journalProblemOf, timelineProblemOf, type JournalProblem } from './journal-problem';
import { createTimelineModel, type TimelineModel } from './journal-timeline-model';
import type { LogProblem } from './log-problem';
import { logProblemOf } from './log-problem';
import type { Clock, Timers } from '../domain/clock';
import type { StoredValue } from '../storage/stored-value';

/** How many search results show at first, and how many more each "show more" adds. */
export const RESULTS_PAGE = 50;

export interface JournalModel {
  timeline: TimelineModel;
  index: HistoryIndex;
  composer: ComposerModel;
  /** Edits of saved entries in progress, kept so closing the panel mid-edit loses nothing. */
  editDrafts: EditDraftsModel;
  notices: JournalNoticeModel;
  /** Search words, kind and tag filters; active when any is set. */
  query: Signal<JournalQuery>;
  resultLimit: Signal<number>;
  /**
   * Matches across all history, newest first; `partial` while older days are still being read (recent ones are
   * searched already). Null while no query is active or before the first days are read.
   */
  results: ReadonlySignal<(SearchResult & { partial: boolean }) | null>;
  /** Food tags from the user's history for what they are typing (empty until history is read). */
  suggestTags: (typed: string, chosen: readonly string[]) => TagUse[];
  /** Every tag used, most used first (the tag filter's choices). */
  allTags: ReadonlySignal<TagUse[]>;
  /** Saves an edit made in the timeline; returns the problem when refused (nothing changed then). */
  updateEntry: (entry: JournalEntry, form: EntryForm) => Promise<JournalProblem | undefined>;
  removeEntry(entry: JournalEntry): Promise<void>;
  updateLog: (log: SymptomLog, changes: LogChanges) => Promise<LogProblem | undefined>;
  removeLog(log: SymptomLog): Promise<void>;
  /** Reads today, restores the draft, follows every change. */
  start(): Promise<void>;
  stop(): void;
}

export interface JournalDeps {
  journal: JournalStore;
  logs: SymptomLogStore;
  area: KeyValueArea;
  feed: ChangeFeed;
  clock: Clock;
  timers: Timers;
  draft: Pick<StoredValue<EntryForm | null>, 'get' | 'set'>;
  editDrafts: EditDraftStore;
  /** The shown name of a symptom (the user's own, or the built-in one). */
  symptomName: (symptomId: string) => string;
  /** The foods the guide names, suggested after the user's own (marked as the guide's). */
  guideFoods?: readonly string[];
  /** Changes when the user renames a symptom, so search finds the new name (optional). */
  symptomNames?: ReadonlySignal<unknown>;
  /** Resolves when the page is idle: see TimelineDeps.idle. */
  idle?: () => Promise<void>;
}

/** Everything the journal view needs, wired once, when the journal is first shown. */
export function createJournalModel(deps: JournalDeps): JournalModel {
  const { journal, logs, area, feed, clock, timers } = deps;
  const notices = createJournalNoticeModel(timers);
  const timeline = createTimelineModel({ area, clock, idle: deps.idle });
  const index = createHistoryIndex({ area, clock, symptomName: deps.symptomName });
  const composer = createComposerModel({ store: journal, clock, draft: deps.draft, timers, notices });
  const editDrafts = createEditDraftsModel(deps.editDrafts);
  const query = signal<JournalQuery>(EMPTY_QUERY);
  const resultLimit = signal(RESULTS_PAGE);
  let stopFeed = () => {};
  let stopNames = () => {};
  let stopQuery = () => {};

  const results = computed(() => {
    if (!isActiveQuery(query.value) || index.readThrough.value === null) return null;
    void index.version.value;
    return { ...index.search(query.value, resultLimit.value), partial: index.state.value !== 'ready' };
  });
  const allTags = computed(() => {
    if (index.readThrough.value === null) return [];
    void index.version.value;
    return suggestTags(index.tagUses(), '', [], Number.MAX_SAFE_INTEGER);
  });

  return {
    timeline,
    index,
    composer,
    editDrafts,
    notices,
    query,
    resultLimit,
    results,
    allTags,
    suggestTags(typed, chosen) {
      void index.ensure();
      if (index.readThrough.value === null) return [];
      void index.version.value;
      return suggestTags(index.tagUses(), typed, chosen, undefined, deps.guideFoods);
    },
    async updateEntry(entry, form) {
      const parsed = formToEntry(form, clock, entry);
      if (!parsed.ok) return parsed.error;
      try {
        const saved = await journal.update(entry, parsed.input);
        // Undo takes back only the fields this edit changed, and never over a change made elsewhere since.
        const undone = mergeEdit(reviseEntry(saved, parsed.input, Date.parse(saved.updatedAt)), asNewEntry(entry), saved);
        notices.show({
          kind: 'updated',
          item: { type: 'entry', entry: saved },
          undo: async () => void (await journal.update(saved, undone, { ifUnchanged: true })),
        });
        return undefined;
      } catch (error) {
        return journalProblemOf(error);
      }
    },
    async removeEntry(entry) {
      const item = { type: 'entry' as const, entry };
      try {
        // Undo puts back the copy that was removed (perhaps edited elsewhere since this page read it), never an older one.
        const removed = await journal.remove(entry);
        if (!removed) throw new JournalStoreError('notFound', entry.id);
        notices.show({ kind: 'deleted', item: { type: 'entry', entry: removed }, undo: () => journal.restore([removed]) });
      } catch (error) {
        notices.show({ kind: 'failed', item, problem: timelineProblemOf(error) });
      }
    },
    async updateLog(log, changes) {
      try {
        const saved = await logs.update(log, changes);
        notices.show({
          kind: 'updated',
          item: { type: 'log', log: saved },
          undo: async () => void (await logs.update(saved, undoChanges(log, changes), { ifUnchanged: true })),
        });
        return undefined;
      } catch (error) {
        return logProblemOf(error);
      }
    },
    async removeLog(log) {
      const item = { type: 'log' as const, log };
      try {
        const removed = await logs.remove(log);
        if (!removed) throw new LogStoreError('notFound', log.id);
        notices.show({ kind: 'deleted', item: { type: 'log', log: removed }, undo: () => logs.restore([removed]) });
      } catch (error) {
        notices.show({ kind: 'failed', item, problem: timelineProblemOf(error) });
      }
    },
    async start() {
      stopFeed = feed.watch((changes) => {
        for (const [key, raw] of Object.entries(changes)) {
          const found = historyKey(key);
          if (!found) continue;
          timeline.apply(found.day, found.part, raw);
          index.apply(found.day, found.part, raw);
        }
      });
      if (deps.symptomNames) {
        const names = deps.symptomNames;
        let first = true;
        stopNames = effect(() => {
          void names.value;
          if (!first) untracked(() => index.refreshNames());
          first = false;
        });
      }
      // A search or filter reads history whatever way it was typed (focus already asks; this covers the rest).
      stopQuery = effect(() => {
        if (isActiveQuery(query.value)) untracked(() => void index.ensure());
      });
      await Promise.all([timeline.start(), composer.restore()]);
    },
    stop() {
      stopFeed();
      stopNames();
      stopQuery();
      void composer.flush();
    },
  };
}
