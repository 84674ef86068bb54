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
