/**
 * One stored value as the models see it: read it, change it under a lock, hear every change. The items in
 * storage/items/ are such values (with more); tests pass an in-memory one.
 */
export interface StoredValue<T> {
  /** The stored value, or its fallback when nothing valid is stored. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Read-modify-write under a lock shared by every extension context, so no writer loses an update. */
  update(change: (current: T) => T): Promise<T>;
  /** Calls back with every valid new value, from any context. Returns the unsubscribe function. */
  watch(callback: (value: T) => void): () => void;
}
