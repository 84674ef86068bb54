/**
 * A value that follows the user to their other browsers through `storage.sync`, with the same interface as
 * a validated item (get/set/update/watch/remove), so models do not know or care that it syncs.
 *
 * Stored as a last-writer-wins field map (domain/lww-map.ts) split over a few sync keys ("shards", each
 * within sync's 8 KB per item), plus a full copy in `storage.local` (the "shadow"). Browser sync resolves a
 * conflict per key, whole value against whole value; the shadow keeps what this browser wrote, and every
 * read joins it back in, and `reconcile` (the background runs it on every sync change) writes the join
 * back to sync. So when two browsers change the plan or the settings at the same time, both changes
 * survive and both browsers converge (tests/integration/storage/synced-item.test.ts).
 *
 * Values kept in `storage.local` by earlier releases move to sync once, on the first read or write
 * (`legacyLocalKey`), with stamps older than any real write: where another browser already synced a
 * field, its value wins; everything else of the local value is kept.
 */
import {
  canonical,
  EMPTY_STATE,
  join,
  liveFields,
  readState,
  record,
  restart,
  shardOf,
  type FieldState,
} from '../domain/lww-map';
import { systemClock, type Clock } from '../domain/clock';
import type { FieldCodec } from '../domain/synced-fields';
import { lazyArea } from './browser-areas';
import { localValueToSynced } from './migrations/settings-local-to-sync';
import { shadowKey as shadowKeyOf, syncShardKeys, versionKeyOf } from './keys';
import type { KeyValueArea } from './key-value-area';
import { defaultLock, type WithLock } from './locks';
import type { ValidatedItem, Validator } from './validated-item';
import type { SyncWriteProblem } from '../domain/write-problems';

/** Chrome and Firefox: bytes per sync item (key + JSON value). */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** A synced write that was refused or failed; nothing was changed. */
export class SyncWriteError extends Error {
  constructor(
    readonly code: SyncWriteProblem,
    readonly item: string,
    options?: { cause?: unknown },
  ) {
    super(`synced ${item}: ${code}`, options);
    this.name = 'SyncWriteError';
  }
}

/** What a synced item needs from its surroundings; tests give each simulated browser its own. */
export interface SyncEnv {
  sync: KeyValueArea;
  local: KeyValueArea;
  lock: WithLock;
  /** Stamps each change, so the newest of two browsers' edits wins. */
  clock: Pick<Clock, 'now'>;
}

/** The real browser: its sync and local areas, Web Locks, the system clock. */
export const browserSyncEnv: SyncEnv = {
  sync: lazyArea('sync'),
  local: lazyArea('local'),
  lock: (name, task) => defaultLock()(name, task),
  clock: systemClock,
};

export interface SyncedItemOptions<T> {
  fallback: T;
  /** Version of the field layout; a browser that meets a newer one reads but does not write. */
  version: number;
  validate: Validator<T>;
  codec: FieldCodec<NoInfer<T>>;
  /** How many sync keys the fields spread over (each holds at most 8 KB). */
  shards?: number;
  /** The `storage.local` key an earlier release kept this value under (its WXT version key `<key>$` goes too). */
  legacyLocalKey?: string;
  env?: SyncEnv;
}

/** The raw values a synced item is made of, as read from both areas. */
export interface SyncedRaw {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** Raw writes that put a synced item in a new state (the import and delete transactions apply them). */
export interface SyncedWrites {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
  localRemove: string[];
}

export interface SyncedItem<T> extends ValidatedItem<T> {
  readonly name: string;
  readonly syncKeys: readonly string[];
  /** Every `storage.local` key the item uses (shadow and legacy). */
  readonly localKeys: readonly string[];
  /** Lock name shared by every writer of this item. */
  readonly lockName: string;
  /** Writes the joined state back to sync and shadow where either lacks something. Safe to call any time. */
  reconcile(): Promise<void>;
  /** Calls back whenever any of the item's sync keys changes, even when the joined value stays the same. */
  watchSync(callback: () => void): () => void;
  readRaw(): Promise<SyncedRaw>;
  /** The value `raw` holds. */
  decode(raw: SyncedRaw): T;
  /** The writes that make the item hold `value`: 'merge' stamps changed fields, 'replace' (or no value: delete) starts a new epoch. */
  prepare(raw: SyncedRaw, value: T | undefined, mode: 'merge' | 'replace'): SyncedWrites;
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Defines a synced item named `name` (sync keys `name`, `name.1`, ...; shadow `synced:name`). */
export function defineSyncedItem<T>(name: string, options: SyncedItemOptions<T>): SyncedItem<T> {
  const { fallback, version, validate, codec } = options;
  const env = options.env ?? browserSyncEnv;
  const shardCount = options.shards ?? 1;
  const syncKeys = syncShardKeys(name, shardCount);
  const shadowKey = shadowKeyOf(name);
  const legacyKeys = options.legacyLocalKey ? [options.legacyLocalKey, versionKeyOf(options.legacyLocalKey)] : [];
  const localKeys = [shadowKey, ...legacyKeys];
  const lockName = `sync:${name}`;
  const prune = (state: FieldState) => (codec.prune ? codec.prune(state) : state);

  const readRaw = async (): Promise<SyncedRaw> => {
    const [sync, local] = await Promise.all([env.sync.get([...syncKeys]), env.local.get(localKeys)]);
    return { sync, local };
  };

  /** The legacy local value, if there is a valid one still waiting to move. */
  const legacyValue = (raw: SyncedRaw): T | undefined => {
    const stored = legacyKeys[0] === undefined ? undefined : raw.local[legacyKeys[0]];
    return stored === undefined || stored === null ? undefined : validate(stored);
  };

  /** Joins every shard, the shadow and a legacy value; `newer` when some shard comes from a newer Gutwise. */
  const combine = (raw: SyncedRaw): { state: FieldState; newer: boolean } => {
    let state = EMPTY_STATE;
    let newer = false;
    for (const key of syncKeys) {
      const stored = raw.sync[key] as { v?: unknown } | undefined;
      if (stored === undefined || stored === null) continue;
      if (typeof stored.v === 'number' && stored.v > version) {
        newer = true;
        continue;
      }
      const shard = readState(stored);
      if (shard) state = join(state, shard);
    }
    const shadow = readState(raw.local[shadowKey]);
    if (shadow) state = join(state, shadow);
    const legacy = legacyValue(raw);
    // A value of an earlier release (storage/migrations/settings-local-to-sync.ts).
    if (legacy !== undefined) state = join(state, localValueToSynced(legacy, codec));
    return { state: prune(state), newer };
  };

  // Fields never written read as the fallback's, so a first write stamps only what the user changed.
  const fallbackFields = codec.toFields(fallback);
  const decodeState = (state: FieldState): T =>
    validate(codec.fromFields({ ...fallbackFields, ...liveFields(state) })) ?? fallback;
  /** Records `value` as a change from what the writer saw (`seen`). */
  const recordValue = (state: FieldState, seen: T, value: T) =>
    record(state, codec.toFields(value), env.clock.now(), codec.toFields(seen));

  /** The raw writes for `state`: only shards that changed; the shadow; the legacy keys removed. */
  const writesFor = (raw: SyncedRaw, state: FieldState): SyncedWrites => {
    const shards: Record<string, { v: number; e: number; f: FieldState['fields'] }> = {};
    for (const key of syncKeys) shards[key] = { v: version, e: state.epoch, f: {} };
    for (const [field, stamped] of Object.entries(state.fields)) {
      shards[syncKeys[shardOfField(field)]!]!.f[field] = stamped;
    }
    const sync: Record<string, unknown> = {};
    for (const [key, shard] of Object.entries(shards)) {
      const stored = raw.sync[key];
      const untouched = (stored === undefined || stored === null) && shard.e === 0 && Object.keys(shard.f).length === 0;
      if (untouched || canonical(stored) === canonical(shard)) continue;
      if (byteLength(key) + byteLength(JSON.stringify(shard)) > SYNC_QUOTA_BYTES_PER_ITEM)
        throw new SyncWriteError('tooLarge', name);
      sync[key] = shard;
    }
    const shadow = { v: version, e: state.epoch, f: state.fields };
    const local = canonical(raw.local[shadowKey]) === canonical(shadow) ? {} : { [shadowKey]: shadow };
    const localRemove = legacyKeys.filter(
      (key) => raw.local[key] !== undefined && raw.local[key] !== null && legacyValue(raw) !== undefined,
    );
    return { sync, local, localRemove };
  };
  const shardOfField = (field: string) => (shardCount === 1 ? 0 : shardOf(field, shardCount));

  const apply = async (writes: SyncedWrites) => {
    if (Object.keys(writes.sync).length > 0) {
      try {
        await env.sync.set(writes.sync);
      } catch (cause) {
        throw new SyncWriteError(/quota/i.test(String(cause)) ? 'quota' : 'writeFailed', name, { cause });
      }
    }
    if (Object.keys(writes.local).length > 0) await env.local.set(writes.local);
    if (writes.localRemove.length > 0) await env.local.remove(writes.localRemove);
  };

  const get = async (): Promise<T> => {
    const raw = await readRaw();
    // A value from an earlier release still in storage.local: move it now (once), then read as usual.
    if (legacyValue(raw) !== undefined) await reconcile().catch(() => undefined);
    return decodeState(combine(raw).state);
  };

  const reconcile = () =>
    env.lock(lockName, async () => {
      const raw = await readRaw();
      const { state, newer } = combine(raw);
      if (!newer) await apply(writesFor(raw, state));
    });

  const update = (change: (current: T) => T) =>
    env.lock(lockName, async () => {
      const raw = await readRaw();
      const { state, newer } = combine(raw);
      if (newer) throw new SyncWriteError('newer', name);
      const seen = decodeState(state);
      const next = prune(recordValue(state, seen, change(seen)));
      await apply(writesFor(raw, next));
      return decodeState(next);
    });

  return {
    key: `sync:${name}`,
    fallback,
    version,
    name,
    syncKeys,
    localKeys,
    lockName,
    get,
    set: async (value) => void (await update(() => value)),
    update,
    watch(callback) {
      let latest = 0;
      let delivered = canonical(undefined);
      const refresh = () => {
        const mine = ++latest;
        void get().then((value) => {
          const text = canonical(value);
          if (mine !== latest || text === delivered) return;
          delivered = text;
          callback(value);
        });
      };
      const stops = [
        ...syncKeys.map((key) => env.sync.watch(key, refresh)),
        ...localKeys.slice(0, 2).map((key) => env.local.watch(key, refresh)),
      ];
      return () => stops.forEach((stop) => stop());
    },
    remove: () =>
      env.lock(lockName, async () => {
        const raw = await readRaw();
        await apply(prepare(raw, undefined, 'replace'));
      }),
    reconcile,
    watchSync(callback) {
      const stops = syncKeys.map((key) => env.sync.watch(key, () => callback()));
      return () => stops.forEach((stop) => stop());
    },
    readRaw,
    decode: (raw) => decodeState(combine(raw).state),
    prepare,
  };

  function prepare(raw: SyncedRaw, value: T | undefined, mode: 'merge' | 'replace'): SyncedWrites {
    const { state, newer } = combine(raw);
    if (newer) throw new SyncWriteError('newer', name);
    const fields = value === undefined ? {} : codec.toFields(value);
    const next =
      mode === 'replace' || value === undefined
        ? restart(state, fields, env.clock.now())
        : recordValue(state, decodeState(state), value);
    return writesFor(raw, prune(next));
  }
}
