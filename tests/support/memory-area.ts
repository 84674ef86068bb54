/**
 * An in-memory storage area with the KeyValueArea interface: values are copied through JSON like the
 * browser does, watchers hear every change, and a test can make the next writes fail (a full disk, a quota).
 */
import type { KeyValueArea } from '../../storage/key-value-area';

export interface MemoryArea extends KeyValueArea {
  data: Map<string, unknown>;
  /** Keys this area's own writes changed since the last `takeDirty()` (not those `deliver`ed). */
  takeDirty(): string[];
  /** Makes the next `times` writes for which `when(items)` is true (`set`, or `remove` with undefined values) throw `error`. */
  failWrites(when: (items: Record<string, unknown>) => boolean, error?: Error, times?: number): void;
  /** A copy of everything stored. */
  dump(): Record<string, unknown>;
  /** Stores values as another party would (e.g. browser sync delivering), notifying watchers. */
  deliver(items: Record<string, unknown>): void;
}

const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** A fresh, empty area. */
export function memoryArea(): MemoryArea {
  const data = new Map<string, unknown>();
  const watchers = new Map<string, Set<(value: unknown) => void>>();
  const dirty = new Set<string>();
  let failing: { when: (items: Record<string, unknown>) => boolean; error: Error; times: number } | undefined;
  const notify = (key: string) => watchers.get(key)?.forEach((watcher) => watcher(copy(data.get(key))));
  const check = (items: Record<string, unknown>) => {
    if (failing && failing.times > 0 && failing.when(items)) {
      failing.times--;
      throw failing.error;
    }
  };
  const store = (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (value === undefined) continue;
      data.set(key, copy(value));
    }
    for (const key of Object.keys(items)) notify(key);
  };
  return {
    data,
    async get(keys) {
      const result: Record<string, unknown> = {};
      for (const key of keys) if (data.has(key)) result[key] = copy(data.get(key));
      return result;
    },
    async set(items) {
      check(items);
      Object.keys(items).forEach((key) => dirty.add(key));
      store(items);
    },
    async remove(keys) {
      check(Object.fromEntries(keys.map((key) => [key, undefined])));
      for (const key of keys) data.delete(key);
      keys.forEach((key) => dirty.add(key));
      for (const key of keys) notify(key);
    },
    async keys() {
      return [...data.keys()];
    },
    watch(key, callback) {
      const set = watchers.get(key) ?? new Set();
      set.add(callback);
      watchers.set(key, set);
      return () => void set.delete(callback);
    },
    failWrites(when, error = new Error('QUOTA_BYTES quota exceeded'), times = Infinity) {
      failing = { when, error, times };
    },
    takeDirty() {
      const keys = [...dirty];
      dirty.clear();
      return keys;
    },
    dump: () => Object.fromEntries([...data].map(([key, value]) => [key, copy(value)])),
    deliver: store,
  };
}
