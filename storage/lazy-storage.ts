/**
 * Storage whose code loads on first use. The popup's first frame is its symptom buttons, drawn from the page's
 * copy of the list (symptom-list-copy.ts); the log store (page-log-store.ts) and the synced settings behind
 * them load beside that frame instead of before it. Every call waits for the real thing, so nothing is read or
 * written before it is there.
 */
import type { StoredValue } from './stored-value';

/** `load` run once and shared; a failed load (a file missing from a broken install) is tried again next call. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** Subscribes once the real thing is there; unsubscribing first means it never subscribes. */
export function watchWhenLoaded<T>(loaded: () => Promise<T>, subscribe: (real: T) => () => void): () => void {
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

/** A stored value whose code `load` brings, loaded on first use. */
export function lazyStoredValue<T>(load: () => Promise<StoredValue<T>>): StoredValue<T> {
  const item = loadOnce(load);
  return {
    get: async () => (await item()).get(),
    set: async (value) => (await item()).set(value),
    update: async (change) => (await item()).update(change),
    watch: (callback) => watchWhenLoaded(item, (real) => real.watch(callback)),
  };
}
