/**
 * Every key Gutwise writes is in the registry (storage/keys.ts): a store used in every way a user can use it,
 * written through the real stores, items and page copies, holds no key the registry lacks, in either storage
 * area or in the pages' localStorage; and every entry but the earlier releases' keys is met in it, so the
 * registry lists nothing Gutwise no longer writes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyForm } from '../../../domain/journal-form';
import { EMPTY_PLAN } from '../../../domain/plan-state';
import { EMPTY_SYMPTOM_SETTINGS } from '../../../domain/symptom-settings';
import { buildMissingSummaries } from '../../../storage/migrations/month-summaries-v0-to-v1';
import { localEditDrafts } from '../../../storage/edit-drafts';
import { writeFirstFrame } from '../../../storage/first-frame-copy';
import * as items from '../../../storage/items';
import { browserArea } from '../../../storage/key-value-area';
import { keyRegistry, keyEntryOf, type KeyPlace } from '../../../storage/keys';
import { inProcessLock } from '../../../storage/locks';
import { pendingLogs } from '../../../storage/pending-logs';
import { planCopy } from '../../../storage/plan-copy';
import { panelViewCopy, readingPlaceCopy } from '../../../storage/reading-copy';
import { symptomListCopy } from '../../../storage/symptom-list-copy';
import type { ValidatedItem } from '../../../storage/validated-item';
import { seedEverything } from '../../support/data-fixture';
import { input, makeStore } from '../../support/log-store-fixture';
import { memoryStorage } from '../../support/memory-storage';
import { zoneClock } from '../../support/zone-clock';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Every key of a fully used store, by place. */
async function fullyUsedStore(): Promise<Record<KeyPlace, string[]>> {
  await seedEverything();
  const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
  await items.panelViewItem.set('journal');
  await items.backupStateItem.set({
    lastExportAt: '2026-11-20T10:00:00.000Z',
    since: '2026-10-01T10:00:00.000Z',
    snoozedUntil: null,
  });
  await items.journalDraftItem.set(emptyForm('food'));
  await items.summaryNameItem.set('A. Person');
  for (const item of Object.values(items) as ValidatedItem<unknown>[]) await item.get();
  await buildMissingSummaries(browserArea(), inProcessLock, clock);

  const page = memoryStorage();
  symptomListCopy(page).write({ settings: EMPTY_SYMPTOM_SETTINGS, usage: { fatigue: 2 } });
  planCopy(page).write(EMPTY_PLAN);
  readingPlaceCopy(page).write({ sectionId: 'myths', scrollTop: 10, read: [] });
  panelViewCopy(page).write('data');
  writeFirstFrame('build\nen\nlist', '<div></div>', page);
  pendingLogs(page).put([(await makeStore({ clock }).store.add([input(clock, 'fatigue', 2)]))[0]!], clock.now());
  localEditDrafts(page).write('entry-1', emptyForm('note'));

  return {
    local: Object.keys(await fakeBrowser.storage.local.get(null)),
    sync: Object.keys(await fakeBrowser.storage.sync.get(null)),
    page: [...page.data.keys()],
  };
}

describe('the key registry', () => {
  it('lists every key a fully used store holds, in both storage areas and the pages’ localStorage', async () => {
    const keys = await fullyUsedStore();
    for (const place of ['local', 'sync', 'page'] as const) {
      expect(keys[place].length, place).toBeGreaterThan(0);
      expect(keys[place].filter((key) => !keyEntryOf(place, key))).toEqual([]);
    }
  });

  it('lists only keys Gutwise still writes (besides those of earlier releases it moves once)', async () => {
    const keys = await fullyUsedStore();
    const met = new Set(
      Object.entries(keys).flatMap(([place, list]) => list.map((key) => keyEntryOf(place as KeyPlace, key)?.name)),
    );
    expect(
      keyRegistry()
        .filter((entry) => entry.kind !== 'legacy' && !met.has(entry.name))
        .map((entry) => entry.name),
    ).toEqual([]);
  });

  it('gives every item the key and version the registry lists', () => {
    for (const item of Object.values(items) as ValidatedItem<unknown>[]) {
      const [place, name] = item.key.split(':') as [KeyPlace, string];
      expect(keyEntryOf(place, name)?.version, item.key).toBe(item.version);
    }
  });
});
