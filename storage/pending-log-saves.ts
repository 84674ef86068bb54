/**
 * The log store as pages that save logs use it: each new log is kept in `PendingLogs` (synchronous localStorage)
 * before its save starts and taken back once it is stored or refused, so a page closed mid-save loses nothing;
 * `savePending` stores what such a page left behind.
 */
import { createLogs, type SymptomLog } from '../domain/symptom-log';
import { LogStoreError } from './log-store-error';
import type { PendingLogs } from './pending-logs';
import type { SymptomLogStore } from './symptom-log-store';
import type { Clock, Timers } from '../domain/clock';

export interface PendingLogSaves extends SymptomLogStore {
  /** Stores the logs a closed page left pending; resolves with how many there were. A failure keeps them for later. */
  savePending(): Promise<number>;
  /**
   * Stores every pending log now, including those whose page may still be saving them (saving twice keeps
   * one): before an import rewrites the store, so nothing clicked a moment ago is left behind.
   */
  saveAllPending(): Promise<number>;
}

export function withPendingLogSaves(
  store: SymptomLogStore,
  pending: PendingLogs,
  clock: Clock,
  newId: () => string = () => crypto.randomUUID(),
): PendingLogSaves {
  const save = async (logs: SymptomLog[]) => {
    if (logs.length === 0) return 0;
    await store.addLogs(logs);
    pending.remove(logs.map((log) => log.id));
    return logs.length;
  };
  return {
    ...store,
    // Not async up to `pending.put`: the log is kept in the same task as the click, before any await.
    add(inputs) {
      const now = clock.now();
      const made = createLogs(inputs, newId, now);
      if (!made.ok) return Promise.reject(new LogStoreError('invalid', made.error));
      pending.put(made.logs, now);
      const ids = made.logs.map((log) => log.id);
      // Taken back whatever happens: stored, or refused and the user told (their picks stay for a retry).
      return store.addLogs(made.logs).then(
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
    savePending: () => save(pending.due(clock.now())),
    saveAllPending: () => save(pending.all()),
  };
}

/**
 * For as long as a page is open: stores what closed pages left pending now, and again whenever more falls due.
 * Returns a function to call when another page puts a log pending (the `storage` event), so an open side panel
 * saves a log from a popup that closed mid-save within seconds.
 */
export function savePendingWhenDue(saves: PendingLogSaves, pending: PendingLogs, clock: Clock, timers: Timers): () => void {
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
