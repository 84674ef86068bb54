/**
 * The few storage-area operations the symptom log store needs, as an interface, so the store takes its
 * area as a parameter (tests and benches pass their own; the journal and export reuse the same store).
 */
import { extensionApi } from '../platform/extension-api';

export interface KeyValueArea {
  /** Values of the keys that exist (missing keys are absent or undefined). */
  get(keys: string[]): Promise<Record<string, unknown>>;
  /** Writes all items in one call: the browser applies them together. */
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Every key in the area, without reading any value where the browser allows it. */
  keys(): Promise<string[]>;
  /** Calls back with the new value (undefined when removed) whenever `key` changes, in any context. */
  watch(key: string, callback: (value: unknown) => void): () => void;
}

/** The raw `browser.storage` area (also used by storage/change-feed.ts to follow every key). */
export interface RawArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  getKeys?: () => Promise<string[]>;
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
  };
}

/**
 * The extension's own `storage.local` (platform/extension-api.ts says which browser object holds it).
 */
export function nativeLocalArea(): RawArea {
  return extensionApi<{ storage: { local: RawArea } }>()!.storage.local;
}

/** Adapts a `browser.storage` area (the extension's local area by default). */
export function browserArea(raw: RawArea = nativeLocalArea()): KeyValueArea {
  return {
    get: (keys) => raw.get(keys),
    set: (items) => raw.set(items),
    remove: (keys) => raw.remove(keys),
    // getKeys: Chrome 130+, Firefox 143+. Older browsers read everything once to learn the keys.
    keys: async () => (raw.getKeys ? raw.getKeys() : Object.keys(await raw.get(null))),
    watch(key, callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>) => {
        if (key in changes) callback(changes[key]?.newValue ?? undefined);
      };
      raw.onChanged.addListener(listener);
      return () => raw.onChanged.removeListener(listener);
    },
  };
}
