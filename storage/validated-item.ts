/**
 * A typed, versioned storage item whose reads are validated: a stored value of the wrong shape
 * (hand-edited, corrupted, written by a future version) falls back to the default instead of
 * breaking the UI. Every item in storage/items.ts is made with this.
 *
 * Written on the raw storage area rather than @wxt-dev/storage: that library (with async-mutex and
 * dequal) weighed on the popup's start-up code (README, Toolchain notes), and it reads every defined item as soon as it is
 * defined. Here nothing is read until asked. The stored layout is the one @wxt-dev/storage used (`name`
 * holds the value, `name$` holds `{ v: version }` once the version is above 1), so values written by earlier
 * builds read as before. Every item is still at version 1; the first shape change adds its step in
 * storage/migrations/ and runs it on read, as storage/day-records.ts runs the days' steps.
 */
import { lazyArea, type AreaName } from './browser-areas';
import type { KeyValueArea } from './key-value-area';
import { versionKeyOf } from './keys';
import { defaultLock, type WithLock } from './locks';
import type { StoredValue } from './stored-value';

/** `local:name` or `sync:name`: the area and the key inside it. */
export type StorageItemKey = `${AreaName}:${string}`;

/** Returns the value if it has the expected shape, otherwise undefined. */
export type Validator<T> = (value: unknown) => T | undefined;

export interface ValidatedItemOptions<T> {
  fallback: T;
  version: number;
  validate: Validator<T>;
  lock?: WithLock;
  /** The storage area; defaults to the browser's area named in the key. Tests pass their own. */
  area?: KeyValueArea;
}

export interface ValidatedItem<T> extends StoredValue<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  /** The shape's version (export/import writes `name$` beside the value when it is above 1). */
  readonly version: number;
  remove(): Promise<void>;
}

/** Defines a validated, versioned item. Reads nothing until first used. */
export function defineValidatedItem<T>(key: StorageItemKey, options: ValidatedItemOptions<T>): ValidatedItem<T> {
  const { fallback, validate, version, lock = defaultLock() } = options;
  const separator = key.indexOf(':');
  const name = key.slice(separator + 1);
  const metaName = versionKeyOf(name);
  const area = options.area ?? lazyArea(key.slice(0, separator) as AreaName);

  // Like @wxt-dev/storage, version 1 needs no metadata: a value without it is version 1.
  const write = (value: unknown) => area.set(version > 1 ? { [name]: value, [metaName]: { v: version } } : { [name]: value });

  const readRaw = async (): Promise<unknown> => (await area.get([name]))[name] ?? undefined;
  const read = async (): Promise<T> => validate(await readRaw()) ?? fallback;

  return {
    key,
    fallback,
    version,
    get: read,
    set: (value) => write(value),
    update: (change) =>
      lock(key, async () => {
        const next = change(await read());
        await write(next);
        return next;
      }),
    watch: (callback) =>
      area.watch(name, (value) => {
        callback(validate(value) ?? fallback);
      }),
    remove: () => area.remove([name, metaName]),
  };
}
