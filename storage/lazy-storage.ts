/**
 * Storage whose code loads on first use. The popup's first frame is its symptom buttons, drawn from the page's
 * copy of the list (symptom-list-snapshot.ts); the log store and the synced settings behind them (about a
 * quarter of the popup's script) load beside that frame instead of before it. Every call waits for the real
 * thing, so nothing is read or written before it is there.
 */
import type { SymptomLogStore } from './symptom-log-store';
import type { StoredValue } from './stored-value';

/** `load` run once and shared; a failed load (a file missing from a broken install) is tried again next call. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** Subscribes once the real thing is there; unsubscribing first means it never subscribes. */
function watchWhenLoaded<T>(loaded: () => Promise<T>, subscribe: (real: T) => () => void): () => void {
  let stopped = false;
  let unwatch = () => {};
  loaded().then(
    (real) => {
      if (!stopped) unwatch = subscribe(real);
    },
    () => {}, // the calls that read and write report a failed load; a watcher has no one to tell
  );
  return () => {
    stopped = true;
    unwatch();
  };
}

export function lazyLogStore(load: () => Promise<SymptomLogStore>): SymptomLogStore {
  const store = loadOnce(load);
  return {
    add: async (inputs) => (await store()).add(inputs),
    addLogs: async (logs) => (await store()).addLogs(logs),
    update: async (log, changes) => (await store()).update(log, changes),
    remove: async (log) => (await store()).remove(log),
    restore: async (logs) => (await store()).restore(logs),
    listDay: async (day) => (await store()).listDay(day),
    listRecent: async (days) => (await store()).listRecent(days),
    listDays: async () => (await store()).listDays(),
    watchDay: (day, callback) => watchWhenLoaded(store, (real) => real.watchDay(day, callback)),
  };
}

export function lazyStoredValue<T>(load: () => Promise<StoredValue<T>>): StoredValue<T> {
  const item = loadOnce(load);
  return {
    get: async () => (await item()).get(),
    set: async (value) => (await item()).set(value),
    update: async (change) => (await item()).update(change),
    watch: (callback) => watchWhenLoaded(item, (real) => real.watch(callback)),
  };
}
