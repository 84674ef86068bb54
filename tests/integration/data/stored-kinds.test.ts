/**
 * Every stored key belongs to a kind that export, import and "delete all" know (storage/data-kinds.ts), so
 * a new item or key added anywhere fails here until it is given its place.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as items from '../../../storage/items';
import { browserStateKeys, DAY_STORAGE, isDerivedKey, LOCAL_PARTS, localKeyOf, SYNCED_PARTS } from '../../../storage/data-kinds';
import type { SyncedItem } from '../../../storage/synced-item';
import type { ValidatedItem } from '../../../storage/validated-item';
import { makeDataStore, seedEverything } from '../../support/data-fixture';

beforeEach(() => {
  fakeBrowser.reset();
});

const registry = (Object.values(items) as unknown[]).filter(
  (value): value is ValidatedItem<unknown> => typeof value === 'object' && value !== null && 'key' in value,
);
const byName = Object.fromEntries(Object.entries(items)) as unknown as Record<string, ValidatedItem<unknown>>;
const parts = {
  plan: items.planItem,
  symptoms: items.symptomSettingsItem,
  planReminder: items.planReminderItem,
  backupReminder: items.backupReminderItem,
  planHistory: items.planHistoryItem,
  readingProgress: items.readingProgressItem,
};

describe('stored kinds', () => {
  it("cover every item in the registry: a part of the export, or this browser's own state", () => {
    const claimed = new Set<ValidatedItem<unknown>>([
      ...SYNCED_PARTS.map((part) => parts[part]),
      ...LOCAL_PARTS.map((part) => parts[part]),
    ]);
    const unclaimed = registry.filter((item) => !claimed.has(item) && !browserStateKeys().includes(localKeyOf(item)));
    expect(unclaimed.map((item) => item.key)).toEqual([]);
    expect(Object.keys(byName).length).toBeGreaterThan(0);
  });

  it('claim every key a full store holds, in both areas', async () => {
    await seedEverything();
    await items.panelViewItem.set('data');
    await items.backupStateItem.set({
      lastExportAt: '2026-11-20T10:00:00.000Z',
      since: '2026-10-01T10:00:00.000Z',
      snoozedUntil: null,
    });
    for (const item of registry) await item.get();
    const local = Object.keys(await fakeBrowser.storage.local.get(null));
    const known = (key: string) =>
      Object.values(DAY_STORAGE).some((storage) => storage.dayOf(key) !== undefined) ||
      LOCAL_PARTS.some((part) => localKeyOf(parts[part]) === key || `${localKeyOf(parts[part])}$` === key) ||
      SYNCED_PARTS.some((part) => (parts[part] as SyncedItem<unknown>).localKeys.includes(key)) ||
      browserStateKeys().includes(key) ||
      isDerivedKey(key);
    expect(local.filter((key) => !known(key))).toEqual([]);
    const sync = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(
      sync.filter((key) => !SYNCED_PARTS.some((part) => (parts[part] as SyncedItem<unknown>).syncKeys.includes(key))),
    ).toEqual([]);

    await makeDataStore().deleteAll();
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).every((key) => key.startsWith('synced:'))).toBe(true);
  });
});
