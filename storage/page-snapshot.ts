/**
 * A synchronous copy of a stored value in the extension's localStorage, so a page can draw its first
 * frame without waiting for extension storage (an asynchronous round trip to the browser). Extension
 * storage stays the source of truth and is read right after; the copy is validated like any stored
 * value, and a missing or damaged copy only means the first frame waits. "Delete all my data" clears
 * every `gutwise.*` copy (storage/page-caches.ts).
 */
import type { Validator } from './validated-item';

export interface PageSnapshot<T> {
  read(): T | undefined;
  write(value: T): void;
}

const VERSION = 1;

/** A snapshot under `key` in a Web Storage (the page's localStorage by default; tests pass their own). */
export function pageSnapshot<T>(
  key: `gutwise.${string}`,
  validate: Validator<T>,
  store: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): PageSnapshot<T> {
  return {
    read() {
      try {
        const saved = JSON.parse(store?.getItem(key) ?? 'null') as { v?: unknown; value?: unknown } | null;
        return saved?.v === VERSION ? validate(saved.value) : undefined;
      } catch {
        return undefined;
      }
    },
    write(value) {
      try {
        store?.setItem(key, JSON.stringify({ v: VERSION, value }));
      } catch {
        // A full or disabled localStorage only costs the next page one storage read before it draws.
      }
    },
  };
}
