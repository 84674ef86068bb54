import type { Page, Worker } from '@playwright/test';
import { EMPTY_STATE, join, liveFields, readState, restart, shardOf, type FieldState } from '../../domain/lww-map';
import type { FieldCodec } from '../../domain/synced-fields';
import { shadowKey, syncShardKeys } from '../../storage/keys';

/** Reads one key of the extension's `storage.local` from inside an extension page. */
export function readLocalStorageKey<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(async (name) => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return (await api.storage.local.get(name))[name];
  }, key) as Promise<T | undefined>;
}

/**
 * Reads a synced value (storage/synced-item.ts: plan, symptom list, reminder settings) as the extension
 * sees it: every sync shard and this browser's local copy, joined and decoded with the item's codec.
 */
export async function readSyncedValue<T>(page: Page, name: string, codec: FieldCodec<T>): Promise<unknown> {
  const raw = await page.evaluate(
    async ({ item, shadow }) => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: Record<'local' | 'sync', { get(k: null | string): Promise<Record<string, unknown>> }> };
        }
      ).chrome;
      const sync = await api.storage.sync.get(null);
      const shards = Object.entries(sync)
        .filter(([key]) => key === item || key.startsWith(`${item}.`))
        .map(([, value]) => value);
      return [...shards, (await api.storage.local.get(shadow))[shadow]];
    },
    { item: name, shadow: shadowKey(name) },
  );
  const state = raw.map(readState).reduce<FieldState>((joined, next) => (next ? join(joined, next) : joined), EMPTY_STATE);
  return codec.fromFields(liveFields(state));
}

/**
 * Stores a synced value as the extension does when it replaces one (a new epoch, every shard and the local
 * copy), from any extension context (a page or the service worker).
 */
export async function seedSyncedValue<T>(
  target: Page | Worker,
  name: string,
  codec: FieldCodec<T>,
  value: T,
  shards = 1,
): Promise<void> {
  const state = restart(EMPTY_STATE, codec.toFields(value), Date.now());
  const keys = syncShardKeys(name, shards);
  const sync: Record<string, unknown> = {};
  for (const key of keys) sync[key] = { v: 1, e: state.epoch, f: {} };
  for (const [field, stamped] of Object.entries(state.fields)) {
    (sync[keys[shardOf(field, shards)]!] as { f: Record<string, unknown> }).f[field] = stamped;
  }
  const local = { [shadowKey(name)]: { v: 1, e: state.epoch, f: state.fields } };
  await (target as Page).evaluate(async (json: string) => {
    const { sync, local } = JSON.parse(json) as { sync: object; local: object };
    const api = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', { set(v: object): Promise<void> }> } })
      .chrome;
    await api.storage.sync.set(sync);
    await api.storage.local.set(local);
  }, JSON.stringify({ sync, local }));
}
