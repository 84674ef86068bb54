/**
 * Export, import and "delete all" over the real stored keys. Every change is all or nothing: the new values
 * are worked out first, written in one call per storage area, and if any call fails, every key touched is
 * put back as it was. Writes hold the locks of every day and item they touch (the same Web Locks the log,
 * journal and plan writers take), so nothing a popup saves in the meantime is lost.
 */
import { canonical } from '../domain/lww-map';
import { ENTRY_PARTS, ENTRY_RULES, emptyContents, entriesOf, exportData, type StoreContents } from '../domain/data-contents';
import { buildExportFile, type EntryPartId, type ExportData, type ExportFile } from '../domain/export-file';
import { planImport, type ImportChanges, type ImportMode } from '../domain/import-merge';
import { DAY_STORAGE, LOCAL_PARTS, SYNCED_PARTS, localKeyOf, type ItemParts } from './data-kinds';
import type { KeyValueArea } from './key-value-area';
import { versionKeyOf } from './keys';
import type { WithLock } from './locks';
import { SyncWriteError, type SyncedRaw, type SyncedWrites } from './synced-item';
import type { Clock } from '../domain/clock';
import type { DataWriteProblem } from '../domain/write-problems';

/** What changed the whole store: an import in either mode, or "delete all". */
export type DataChange = ImportMode | 'deleteAll';

/** A write that failed; every key it touched holds its old value again (`restored` false if even that failed). */
export class DataWriteError extends Error {
  constructor(
    readonly code: DataWriteProblem,
    readonly restored: boolean,
    options?: { cause?: unknown },
  ) {
    super(`data store: ${code}`, options);
    this.name = 'DataWriteError';
  }
}

export interface DataStoreDeps {
  local: KeyValueArea;
  sync: KeyValueArea;
  lock: WithLock;
  clock: Clock;
  items: ItemParts;
  /** Runs after an import or deletion changed the store (the pages' copies of stored values), told which. */
  afterChange?: (change: DataChange) => void;
}

export interface StoreRead {
  contents: StoreContents;
  /** Stored values this version cannot read, by part: damaged entries and whole unreadable days. */
  unreadable: Record<EntryPartId, unknown[]>;
}

export interface DataStore {
  read(): Promise<StoreRead>;
  /** The export file of everything now stored. */
  exportFile(appVersion: string): Promise<ExportFile>;
  /** What importing `data` in `mode` would change, without writing, and what the store holds now (one read for both). */
  preview(data: ExportData, mode: ImportMode): Promise<{ changes: ImportChanges; contents: StoreContents }>;
  /** Imports `data`; all or nothing. */
  importData(data: ExportData, mode: ImportMode): Promise<ImportChanges>;
  /** Removes everything Gutwise stored in this browser, and the synced values everywhere. */
  deleteAll(): Promise<void>;
}

interface RawWrites {
  localSet: Record<string, unknown>;
  localRemove: string[];
  syncSet: Record<string, unknown>;
}

const dataWriteProblemOf = (error: unknown): DataWriteProblem => {
  if (error instanceof DataWriteError) return error.code;
  if (error instanceof SyncWriteError)
    return error.code === 'tooLarge'
      ? 'syncTooLarge'
      : error.code === 'quota'
        ? 'syncFull'
        : error.code === 'newer'
          ? 'newerElsewhere'
          : 'writeFailed';
  return /quota|space|full/i.test(String((error as Error)?.message ?? error)) ? 'storageFull' : 'writeFailed';
};

/** The data store over the given areas, locks, clock and items. */
export function createDataStore(deps: DataStoreDeps): DataStore {
  const { local, sync, lock, clock, items } = deps;

  async function readAll(): Promise<StoreRead & { syncedRaw: Record<string, SyncedRaw>; keys: string[] }> {
    const keys = await local.keys();
    const contents = emptyContents();
    const unreadable: Record<EntryPartId, unknown[]> = { logs: [], journal: [] };
    for (const part of ENTRY_PARTS) {
      const storage = DAY_STORAGE[part];
      const days = keys
        .map((key) => storage.dayOf(key))
        .filter((day): day is string => day !== undefined)
        .sort();
      const values = await local.get(days.map(storage.keyOf));
      for (const day of days) {
        const raw = values[storage.keyOf(day)];
        if (raw === undefined) continue;
        const entries = storage.read(raw, clock);
        if (entries) contents.days[part][day] = entries;
        else {
          contents.blockedDays[part].push(day);
          unreadable[part].push(raw);
        }
      }
      unreadable[part].unshift(...entriesOf(contents, part).damaged);
      contents.misfiled[part] = keys.filter((key) => key.startsWith(storage.prefix) && storage.dayOf(key) === undefined).sort();
      if (contents.misfiled[part].length > 0) {
        const misfiled = await local.get(contents.misfiled[part]);
        unreadable[part].push(...contents.misfiled[part].map((key) => misfiled[key]));
      }
    }
    const syncedRaw: Record<string, SyncedRaw> = {};
    for (const part of SYNCED_PARTS) {
      syncedRaw[part] = await items[part].readRaw();
      (contents as unknown as Record<string, unknown>)[part] = items[part].decode(syncedRaw[part]);
    }
    for (const part of LOCAL_PARTS) (contents as unknown as Record<string, unknown>)[part] = await items[part].get();
    return { contents, unreadable, syncedRaw, keys };
  }

  /** The raw writes that turn `current` into `next`. */
  function writesFor(
    current: StoreContents,
    next: StoreContents,
    syncedRaw: Record<string, SyncedRaw>,
    mode: ImportMode,
  ): RawWrites {
    const writes: RawWrites = { localSet: {}, localRemove: [], syncSet: {} };
    for (const part of ENTRY_PARTS) {
      const storage = DAY_STORAGE[part];
      const days = new Set([
        ...Object.keys(current.days[part]),
        ...Object.keys(next.days[part]),
        ...(mode === 'replace' ? current.blockedDays[part] : []),
      ]);
      for (const day of days) {
        const after = next.days[part][day];
        const before = current.days[part][day];
        // Never a key no reader knows: its entries would be stored and never seen again.
        if (storage.dayOf(storage.keyOf(day)) !== day) throw new DataWriteError('writeFailed', true);
        if (after && after.length > 0) {
          if (!before || canonical(before) !== canonical(after)) writes.localSet[storage.keyOf(day)] = storage.value(after);
        } else writes.localRemove.push(storage.keyOf(day));
      }
      if (mode === 'replace') writes.localRemove.push(...current.misfiled[part]);
    }
    for (const part of SYNCED_PARTS) {
      if (mode === 'merge' && canonical(current[part]) === canonical(next[part])) continue;
      const item = items[part] as unknown as { prepare(raw: SyncedRaw, value: unknown, mode: ImportMode): SyncedWrites };
      const synced = item.prepare(syncedRaw[part]!, next[part], mode);
      Object.assign(writes.syncSet, synced.sync);
      Object.assign(writes.localSet, synced.local);
      writes.localRemove.push(...synced.localRemove);
    }
    for (const part of LOCAL_PARTS) {
      if (canonical(current[part]) === canonical(next[part])) continue;
      const key = localKeyOf(items[part]);
      writes.localSet[key] = next[part];
      // The layout validated items read: version 1 needs no version key (storage/validated-item.ts).
      if (items[part].version > 1) writes.localSet[versionKeyOf(key)] = { v: items[part].version };
    }
    return writes;
  }

  /** Applies writes in one call per area; on failure puts every touched key back. */
  async function apply(writes: RawWrites): Promise<void> {
    const localKeys = [...Object.keys(writes.localSet), ...writes.localRemove];
    const syncKeys = Object.keys(writes.syncSet);
    const [localBefore, syncBefore] = await Promise.all([local.get(localKeys), sync.get(syncKeys)]);
    try {
      if (syncKeys.length > 0) {
        // Any refusal of the sync area is sync's own limit (bytes, items, writes a minute), never this computer's disk.
        await sync.set(writes.syncSet).catch((cause: unknown) => {
          throw new DataWriteError(
            /quota|MAX_|limit|rate/i.test(String((cause as Error)?.message ?? cause)) ? 'syncFull' : 'writeFailed',
            true,
            { cause },
          );
        });
      }
      if (Object.keys(writes.localSet).length > 0) await local.set(writes.localSet);
      if (writes.localRemove.length > 0) await local.remove(writes.localRemove);
    } catch (cause) {
      let restored = true;
      const restore = async (area: KeyValueArea, keys: string[], before: Record<string, unknown>) => {
        const present = Object.fromEntries(keys.filter((key) => before[key] !== undefined).map((key) => [key, before[key]]));
        const absent = keys.filter((key) => before[key] === undefined);
        if (Object.keys(present).length > 0) await area.set(present);
        if (absent.length > 0) await area.remove(absent);
      };
      await restore(sync, syncKeys, syncBefore).catch(() => (restored = false));
      await restore(local, localKeys, localBefore).catch(() => (restored = false));
      throw new DataWriteError(dataWriteProblemOf(cause), restored, { cause });
    }
  }

  /** Runs `task` holding every lock in `names` (taken in one order everywhere, so nobody waits in a circle). */
  const withLocks = <T>(names: readonly string[], task: () => Promise<T>): Promise<T> =>
    [...new Set(names)].sort().reduceRight<() => Promise<T>>((inner, name) => () => lock(name, inner), task)();

  const itemLocks = () => [...SYNCED_PARTS.map((part) => items[part].lockName), ...LOCAL_PARTS.map((part) => items[part].key)];
  const dayLocks = (keys: readonly string[], data?: ExportData) => {
    const names: string[] = [];
    for (const part of ENTRY_PARTS) {
      const storage = DAY_STORAGE[part];
      names.push(...keys.filter((key) => storage.dayOf(key) !== undefined));
      for (const entry of (data?.[part] ?? []) as { at: string; offsetMin: number }[])
        names.push(storage.keyOf(ENTRY_RULES[part].dayOf(entry)));
    }
    return names;
  };

  /** Reads, plans and writes under the locks of every key involved; retries if a new day appeared meanwhile. */
  async function change(
    kind: DataChange,
    plan: (read: Awaited<ReturnType<typeof readAll>>) => { writes: RawWrites; result: ImportChanges | undefined },
    data?: ExportData,
  ) {
    for (let attempt = 0; ; attempt++) {
      const keys = await local.keys();
      const names = [...dayLocks(keys, data), ...itemLocks()];
      const outcome = await withLocks(names, async () => {
        const read = await readAll();
        const locked = new Set(names);
        if (attempt < 3 && read.keys.some((key) => ENTRY_PARTS.some((part) => DAY_STORAGE[part].dayOf(key)) && !locked.has(key)))
          return undefined;
        const { writes, result } = plan(read);
        try {
          await apply(writes);
        } catch (error) {
          throw error instanceof DataWriteError ? error : new DataWriteError(dataWriteProblemOf(error), true, { cause: error });
        }
        return { result };
      });
      if (outcome) {
        deps.afterChange?.(kind);
        return outcome.result;
      }
    }
  }

  return {
    read: async () => {
      const { contents, unreadable } = await readAll();
      return { contents, unreadable };
    },
    async exportFile(appVersion) {
      const { contents, unreadable } = await readAll();
      return buildExportFile(exportData(contents), clock.now(), appVersion, unreadable);
    },
    async preview(data, mode) {
      const { contents } = await readAll();
      return { changes: planImport(contents, data, mode).changes, contents };
    },
    async importData(data, mode) {
      const result = await change(
        mode,
        (read) => {
          try {
            const { next, changes } = planImport(read.contents, data, mode);
            return { writes: writesFor(read.contents, next, read.syncedRaw, mode), result: changes };
          } catch (error) {
            throw new DataWriteError(dataWriteProblemOf(error), true, { cause: error });
          }
        },
        data,
      );
      return result!;
    },
    async deleteAll() {
      await change('deleteAll', (read) => {
        const writes: RawWrites = { localSet: {}, localRemove: [], syncSet: {} };
        for (const part of SYNCED_PARTS) {
          const item = items[part] as unknown as { prepare(raw: SyncedRaw, value: undefined, mode: 'replace'): SyncedWrites };
          const synced = item.prepare(read.syncedRaw[part]!, undefined, 'replace');
          Object.assign(writes.syncSet, synced.sync);
          Object.assign(writes.localSet, synced.local);
        }
        // Everything else in storage.local goes: records, this browser's own state, copies of earlier releases.
        writes.localRemove = read.keys.filter((key) => !(key in writes.localSet));
        return { writes, result: undefined };
      });
    },
  };
}
