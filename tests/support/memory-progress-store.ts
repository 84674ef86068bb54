import { EMPTY_PROGRESS, type ReadingProgress } from '../../domain/reading-progress';
import type { ProgressStore } from '../../models/guide-model';

/** An in-memory ProgressStore that notifies watchers like extension storage does. */
export function memoryProgressStore(initial: ReadingProgress = EMPTY_PROGRESS): ProgressStore & { value: ReadingProgress } {
  const watchers = new Set<(value: ReadingProgress) => void>();
  const store = {
    value: initial,
    get: async () => store.value,
    async update(change: (current: ReadingProgress) => ReadingProgress) {
      store.value = change(store.value);
      for (const watcher of watchers) watcher(store.value);
      return store.value;
    },
    watch(callback: (value: ReadingProgress) => void) {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
  return store;
}
