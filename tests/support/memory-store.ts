import type { StoredValue } from '../../storage/stored-value';

/** An in-memory StoredValue that notifies watchers like extension storage does (also for writes from "elsewhere"). */
export function memoryStore<T>(initial: T): StoredValue<T> & { value: T } {
  const watchers = new Set<(value: T) => void>();
  const store = {
    value: initial,
    get: async () => store.value,
    async set(value: T) {
      await store.update(() => value);
    },
    async update(change: (current: T) => T) {
      store.value = change(store.value);
      for (const watcher of watchers) watcher(store.value);
      return store.value;
    },
    watch(callback: (value: T) => void) {
      watchers.add(callback);
      return () => void watchers.delete(callback);
    },
  };
  return store;
}

/** A timer the test fires by hand: `fire()` runs what is due at the clock's time. */
export function manualTimer(now: () => number) {
  const pending = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  return {
    setTimeout(callback: () => void, ms: number): unknown {
      const id = next++;
      pending.set(id, { at: now() + ms, callback });
      return id;
    },
    clearTimeout(handle: unknown) {
      pending.delete(handle as number);
    },
    /** The earliest instant something is waiting for. */
    nextAt: () => Math.min(...[...pending.values()].map((p) => p.at)),
    fire() {
      for (const [id, { at, callback }] of [...pending]) {
        if (at <= now()) {
          pending.delete(id);
          callback();
        }
      }
    },
  };
}
