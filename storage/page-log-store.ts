/**
 * The symptom log store as the extension's pages use it: the one step between a click and the store.
 *
 * `add` makes the logs and keeps them in `PendingLogs` (synchronous localStorage) in the click's own task, before
 * any await and before the store's code has loaded; then it stores them with the store's `addLogs` and takes them
 * back once stored or refused. A page closed mid-save so loses nothing: the next page that opens stores what it
 * left (`savePending`). The store itself is loaded on first use, once: the popup draws its first frame before
 * that code is there.
 */
import { createLogs, type SymptomLog } from '../domain/symptom-log';
import { loadOnce, watchWhenLoaded } from './lazy-storage';
import { LogStoreError } from './log-store-error';
import type { PendingLogs } from './pending-logs';
import type { SymptomLogStore } from './symptom-log-store';
import type { Clock, Timers } from '../domain/clock';

export interface PageLogStore extends SymptomLogStore {
  /** Stores the logs a closed page left pending; resolves with how many there were. A failure keeps them for later. */
  savePending(): Promise<number>;
  /**
   * Stores every pending log now, including those whose page may still be saving them (saving twice keeps
   * one): before an import rewrites the store, so nothing clicked a moment ago is left behind.
   */
  saveAllPending(): Promise<number>;
}

/** The page's log store on the store `load` gives (called once, on first use; again after a failed load). */
export function pageLogStore(
  load: () => Promise<SymptomLogStore>,
  pending: PendingLogs,
  clock: Clock,
  newId: () => string = () => crypto.randomUUID(),
): PageLogStore {
  const store = loadOnce(load);
  const save = async (logs: SymptomLog[]) => {
    if (logs.length === 0) return 0;
    await (await store()).addLogs(logs);
    pending.remove(logs.map((log) => log.id));
    return logs.length;
  };
  return {
    // Not async up to `pending.put`: the log is kept in the same task as the click, before any await.
    add(inputs) {
      const now = clock.now();
      const made = createLogs(inputs, newId, now);
      if (!made.ok) return Promise.reject(new LogStoreError('invalid', made.error));
      pending.put(made.logs, now);
      const ids = made.logs.map((log) => log.id);
      // Taken back whatever happens: stored, or refused and the user told (their picks stay for a retry).
      return store()
        .then((real) => real.addLogs(made.logs))
        .then(
          () => {
            pending.remove(ids);
            return made.logs;
          },
          (error: unknown) => {
            pending.remove(ids);
            throw error;
          },
        );
    },
    addLogs: async (logs) => (await store()).addLogs(logs),
    update: async (log, changes, options) => (await store()).update(log, changes, options),
    remove: async (log) => (await store()).remove(log),
    restore: async (logs) => (await store()).restore(logs),
    listDay: async (day) => (await store()).listDay(day),
    listRecent: async (days) => (await store()).listRecent(days),
    listDays: async () => (await store()).listDays(),
    watchDay: (day, callback) => watchWhenLoaded(store, (real) => real.watchDay(day, callback)),
    savePending: () => save(pending.due(clock.now())),
    saveAllPending: () => save(pending.all()),
  };
}

/**
 * For as long as a page is open: stores what closed pages left pending now, and again whenever more falls due.
 * Returns a function to call when another page puts a log pending (the `storage` event), so an open side panel
 * saves a log from a popup that closed mid-save within seconds.
 */
export function savePendingWhenDue(saves: PageLogStore, pending: PendingLogs, clock: Clock, timers: Timers): () => void {
  let waiting = false;
  const check = () => {
    saves.savePending().then(
      () => {
        const wait = pending.nextDueIn(clock.now());
        if (wait === undefined || waiting) return;
        waiting = true;
        timers.setTimeout(() => {
          waiting = false;
          check();
        }, wait);
      },
      () => {}, // refused (a full store, an unreadable day): they stay pending for the next page
    );
  };
  check();
  return check;
}
