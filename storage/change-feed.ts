/**
 * Every change to storage.local, from any context, as one feed: the journal follows all day keys at once
 * (days in view, the calendar's marks, the search index) with one listener instead of one per key.
 */
import { nativeLocalArea, type RawArea } from './key-value-area';

/** New values by key (undefined when the key was removed). */
export type StorageChanges = Record<string, unknown>;

export interface ChangeFeed {
  /** Calls back with every batch of changes. Returns the unsubscribe function. */
  watch(callback: (changes: StorageChanges) => void): () => void;
}

/** Follows a `browser.storage` area (the extension's local area by default). */
export function browserChangeFeed(raw: Pick<RawArea, 'onChanged'> = nativeLocalArea()): ChangeFeed {
  return {
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>) => {
        const values: StorageChanges = {};
        for (const [key, change] of Object.entries(changes)) values[key] = change?.newValue ?? undefined;
        callback(values);
      };
      raw.onChanged.addListener(listener);
      return () => raw.onChanged.removeListener(listener);
    },
  };
}
