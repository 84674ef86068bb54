import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseImport } from '../../../domain/import-schema';
import { chooseHabits, pausePlan } from '../../../domain/plan-actions';
import { EMPTY_PLAN } from '../../../domain/plan-state';
import { planItem, symptomSettingsItem } from '../../../storage/items';
import { makeDataStore, rawDump, seedEverything, everythingRecorded } from '../../support/data-fixture';
import { zoneClock } from '../../support/zone-clock';

/** The import's own now: the day the fixtures were made. */
const NOW = Date.parse('2026-11-26T13:00:00Z');

beforeEach(() => {
  fakeBrowser.reset();
});

/** Export → text → parse, as a user's file goes. */
async function exportedText() {
  const file = await makeDataStore().exportFile('0.1.0');
  const text = JSON.stringify(file, null, 2);
  return { file, text, parsed: parseImport(text, new TextEncoder().encode(text).length, NOW) };
}

describe('export → delete all → import', () => {
  it('gives back an identical store', async () => {
    await seedEverything();
    const before = await everythingRecorded();
    const { file, parsed } = await exportedText();
    expect(file.data.logs).toHaveLength(8);
    expect(file.data.journal).toHaveLength(9);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    const store = makeDataStore();
    await store.deleteAll();
    expect(await everythingRecorded()).not.toEqual(before);
    const afterDelete = await rawDump();
    expect(JSON.stringify(afterDelete)).not.toMatch(/Headache|oats|Foggy|Soup|19:45/);
    expect(await planItem.get()).toEqual(EMPTY_PLAN);

    const changes = await store.importData(parsed.file.data, 'replace');
    expect(changes.logs.added).toBe(8);
    expect(await everythingRecorded()).toEqual(before);
  });

  it('keeps "keep going" paused during a flare through export and import', async () => {
    const paused = pausePlan(chooseHabits(EMPTY_PLAN, ['hydrate'], '2026-11-20'), '2026-11-24');
    await planItem.set(paused);
    const { parsed } = await exportedText();
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await makeDataStore().importData(parsed.file.data, 'replace');
    expect((await planItem.get()).routine).toEqual({
      habits: ['hydrate'],
      since: '2026-11-20',
      done: {},
      pausedSince: '2026-11-24',
    });
  });

  it('merging the same file again adds nothing and changes nothing', async () => {
    await seedEverything();
    const { parsed } = await exportedText();
    if (!parsed.ok) throw new Error('export did not parse');
    const before = await rawDump();
    const changes = await makeDataStore().importData(parsed.file.data, 'merge');
    expect(changes.logs).toEqual({ added: 0, updated: 0, unchanged: 8, skipped: 0 });
    expect(changes.journal).toEqual({ added: 0, updated: 0, unchanged: 9, skipped: 0 });
    expect(await rawDump()).toEqual(before);
  });

  it('upgrades a day stored in the v1 log shape on its way through the file', async () => {
    const v1 = JSON.parse(readFileSync(resolve(__dirname, '../storage/migrations/fixtures/log-day-v1.json'), 'utf8')) as {
      key: string;
      value: unknown[];
    };
    await fakeBrowser.storage.local.set({ [v1.key]: v1.value });
    const store = makeDataStore(zoneClock('Europe/Berlin', '2026-03-07T18:00:00Z'));
    const file = await store.exportFile('0.1.0');
    expect(file.data.logs.map((log) => [log.id, log.symptomId, log.offsetMin])).toEqual([
      ['v1-a', 'fatigue', 60],
      ['v1-b', 'bloating', 60],
    ]);
    // The v1 entry it cannot read (severity 9) goes along, kept for the user, not imported.
    expect(file.unreadable?.logs).toEqual([
      expect.objectContaining({ id: 'v1-c', symptomId: 'joint-pain', severity: 9, note: 'typed 9 by mistake' }),
    ]);
    await store.deleteAll();
    await store.importData(file.data, 'replace');
    expect((await fakeBrowser.storage.local.get(v1.key))[v1.key]).toMatchObject({ v: 2, logs: [{ id: 'v1-a' }, { id: 'v1-b' }] });
  });

  it('deletes the synced settings too, so no other browser brings them back', async () => {
    await seedEverything();
    await makeDataStore().deleteAll();
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(sync).length).toBeGreaterThan(0); // a new, empty epoch per synced value
    expect(JSON.stringify(sync)).not.toMatch(/Headache|Foggy|19:45|custom-seed/);
    expect(await symptomSettingsItem.get()).toEqual({ custom: [], renamed: {}, hidden: [], order: null });
  });
});
