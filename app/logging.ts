/**
 * The logging setup the popup and the side panel share: one log store per page, behind the step that keeps each
 * new log pending from the click until it is stored (storage/page-log-store.ts), and the logging models on it
 * (symptom list, quick logger, notices, today's logs).
 */
import { builtInSymptomName } from '../components/log/symptom-names';
import { systemClock } from '../domain/clock';
import type { SymptomSettings } from '../domain/symptom-settings';
import { browserTimers } from '../platform/timers';
import { createLoggingModels, type LoggingModels } from '../models/logging-models';
import type { StoredValue } from '../storage/stored-value';
import { pageLogStore, savePendingWhenDue, type PageLogStore } from '../storage/page-log-store';
import { pendingLogs } from '../storage/pending-logs';
import type { SymptomListCopy } from '../storage/symptom-list-copy';
import type { SymptomLogStore } from '../storage/symptom-log-store';

interface PageLogging {
  store: PageLogStore;
  /** The logging models on this page's store; the symptom list draws first from `listCopy`, its page copy. */
  models: (listCopy: SymptomListCopy) => LoggingModels;
  /**
   * Stores the logs closed pages left pending, now and whenever more fall due; returns the check to run again
   * when another page leaves one.
   */
  savePendingWhenDue: () => () => void;
}

/** The logging of a page on the log store `loadStore` gives (loaded on first use) and the symptom settings. */
export function pageLogging(loadStore: () => Promise<SymptomLogStore>, settings: StoredValue<SymptomSettings>): PageLogging {
  const clock = systemClock;
  const pending = pendingLogs();
  const store = pageLogStore(loadStore, pending, clock);
  return {
    store,
    models: (listCopy) =>
      createLoggingModels({
        store,
        clock,
        timers: browserTimers,
        settings,
        listCopy,
        builtInName: builtInSymptomName,
        whenIdle: (task) => requestIdleCallback(task, { timeout: 5000 }),
      }),
    savePendingWhenDue: () => savePendingWhenDue(store, pending, clock, browserTimers),
  };
}
