/**
 * A typed, versioned storage item whose reads are validated: a stored value of the wrong shape
 * (hand-edited, corrupted, written by a future version) falls back to the default instead of
 * breaking the UI. Every item in storage/items.ts is made with this.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { defaultLock, type WithLock } from './locks';

/** Returns the value if it has the expected shape, otherwise undefined. */
export type Validator<T> = (value: unknown) => T | undefined;

export interface ValidatedItemOptions<T> {
  fallback: T;
  version: number;
  /** Version number → step from the previous version's shape; each step has a test with a fixture. */
  migrations?: Record<number, (old: any) => any>;
  validate: Validator<T>;
  lock?: WithLock;
}

export interface ValidatedItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  /** The stored value, or the fallback when nothing valid is stored. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Read-modify-write under a lock shared by every extension context, so no writer loses an update. */
  update(change: (current: T) => T): Promise<T>;
  /** Calls back with every valid new value, from any context. Returns the unsubscribe function. */
  watch(callback: (value: T) => void): () => void;
  remove(): Promise<void>;
}

/** Defines a validated, versioned item on top of WXT storage. */
export function defineValidatedItem<T>(key: StorageItemKey, options: ValidatedItemOptions<T>): ValidatedItem<T> {
  const { fallback, validate, lock = defaultLock() } = options;
  const item = storage.defineItem<T>(key, {
    fallback,
    version: options.version,
    migrations: options.migrations,
  });
  const read = async (): Promise<T> => validate(await item.getValue()) ?? fallback;
  return {
    key,
    fallback,
    get: read,
    set: (value) => item.setValue(value),
    update: (change) =>
      lock(key, async () => {
        const next = change(await read());
        await item.setValue(next);
        return next;
      }),
    watch: (callback) =>
      item.watch((value) => {
        callback(validate(value) ?? fallback);
      }),
    remove: () => item.removeValue(),
  };
}
