/** The data view's model on the fake browser's real data store, with its browser parts faked. */
import { vi } from 'vitest';
import { parseImportInSteps } from '../../domain/import-schema';
import type { StorageUse } from '../../domain/storage-use';
import { createDataModel, type DataModel } from '../../models/data-model';
import type { DownloadFile } from '../../platform/download';
import { unsavedRecords } from '../../storage/unsaved-records';
import { makeDataStore } from './data-fixture';
import { makeStore } from './log-store-fixture';
import { memoryStorage } from './memory-storage';
import { zoneClock, type TestClock } from './zone-clock';

export const SMALL_USE: StorageUse = {
  local: { used: 52_000, quota: null, estimated: false },
  sync: { used: 900, quota: 102_400, perItem: 8192, largestItem: 400, estimated: false },
};

export interface DataModelFixture {
  model: DataModel;
  downloads: DownloadFile[];
  exported: ReturnType<typeof vi.fn>;
  clock: TestClock;
  /** The page's localStorage: pending logs, unsaved edits, copies of stored values. */
  local: ReturnType<typeof memoryStorage>;
}

/** A model whose downloads are collected instead of saved. */
export function makeDataModel(use: StorageUse = SMALL_USE): DataModelFixture {
  const downloads: DownloadFile[] = [];
  const exported = vi.fn(async () => undefined);
  const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
  const local = memoryStorage();
  const unsaved = unsavedRecords(makeStore({ clock }).store, clock, local);
  const model = createDataModel({
    store: makeDataStore(clock, unsaved.afterChange),
    unsaved,
    parse: parseImportInSteps,
    usage: { read: async () => use },
    download: (file) => void downloads.push(file),
    clock,
    appVersion: '0.1.0',
    builtInName: (id) => `built-in:${id}`,
    onExported: exported,
  });
  return { model, downloads, exported, clock, local };
}

/** A picked file holding `text` (its size in UTF-8 unless given). */
export function picked(text: string, name = 'gutwise-export.json', size = new TextEncoder().encode(text).length) {
  return { name, size, text: async () => text };
}
