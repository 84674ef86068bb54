/**
 * A page copy: a synchronous copy of a stored value in the extension's localStorage, so a page can draw its first
 * frame without waiting for extension storage (an asynchronous round trip to the browser). Extension
 * storage stays the source of truth and is read right after; the copy is validated like any stored
 * value, and a missing or damaged copy only means the first frame waits. "Delete all my data" clears
 * every `gutwise.*` copy (storage/page-storage.ts).
 */
import type { Validator } from './validated-item';

export interface PageCopy<T> {
  read: () => T | undefined;
  write(value: T): void;
}

const VERSION = 1;

/** A page copy under `key` in a Web Storage (the page's localStorage by default; tests pass their own). */
export function pageCopy<T>(
  key: `gutwise.${string}`,
  validate: Validator<T>,
  store: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): PageCopy<T> {
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

export interface PageRecords<T> {
  /** Every readable record by id; damaged ones are removed (there is nothing in them to recover). */
  readAll(): Map<string, T>;
  write: (id: string, value: T) => void;
  remove(id: string): void;
}

type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The keys in `store` that start with `prefix`. */
export function keysWithPrefix(store: Pick<Storage, 'key' | 'length'> | undefined, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < (store?.length ?? 0); i++) {
    const key = store?.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/**
 * A family of synchronous records, one key per id under `prefix` (`gutwise.pendingLog.<id>`), each in the
 * same validated, versioned envelope as a page copy. One key each, so two pages never rewrite each other's.
 */
export function pageRecords<T>(
  prefix: `gutwise.${string}.`,
  validate: Validator<T>,
  store: WebStorage | undefined = globalThis.localStorage,
): PageRecords<T> {
  const record = (id: string) => pageCopy<T>(`${prefix}${id}` as `gutwise.${string}`, validate, store);
  return {
    readAll() {
      const records = new Map<string, T>();
      for (const key of keysWithPrefix(store, prefix)) {
        const id = key.slice(prefix.length);
        const value = record(id).read();
        if (value === undefined) store?.removeItem(key);
        else records.set(id, value);
      }
      return records;
    },
    write: (id, value) => record(id).write(value),
    remove: (id) => store?.removeItem(`${prefix}${id}`),
  };
}
