/**
 * A store full of everything a user records, written through the real stores and items on the fake
 * browser, and a read of everything recorded that two stores can be compared by ("identical store").
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markDay, startCycle } from '../../domain/plan-actions';
import { EMPTY_PLAN, type PastCycle } from '../../domain/plan-state';
import { addCustomSymptom, moveSymptom, renameSymptom, setSymptomHidden } from '../../domain/symptom-settings';
import { ITEM_PARTS } from '../../storage/browser-data-store';
import { createDataStore, type DataChange, type DataStore } from '../../storage/data-store';
import {
  backupReminderItem,
  planHistoryItem,
  planItem,
  planReminderItem,
  readingProgressItem,
  symptomSettingsItem,
} from '../../storage/items';
import { dayOfJournalKey, dayOfLogKey, type LocalItemName } from '../../storage/keys';
import { inProcessLock } from '../../storage/locks';
import { browserSyncEnv } from '../../storage/synced-item';
import { makeJournalStore, entryInput } from './journal-store-fixture';
import { input, makeStore } from './log-store-fixture';
import { zoneClock, type TestClock } from './zone-clock';

/** Notes a spreadsheet or a careless importer could trip on. */
export const AWKWARD_NOTES = [
  'after lunch, with "friends"',
  'line one\nline two\r\nthree',
  '=HYPERLINK("http://x.invalid")',
  'Café 🙂 — ünïcödé',
  '+1 since yesterday',
  '',
];

/** The data store on the fake browser, with `clock` for v1 log-day upgrades. */
export function makeDataStore(
  clock: TestClock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z'),
  afterChange?: (change: DataChange) => void,
): DataStore {
  return createDataStore({
    local: browserSyncEnv.local,
    sync: browserSyncEnv.sync,
    lock: inProcessLock,
    clock,
    items: ITEM_PARTS,
    afterChange,
  });
}

const PAST: PastCycle = {
  number: 1,
  start: '2026-10-01',
  marks: { 1: 'done', 2: 'skipped', 7: 'done' },
  pauses: [{ from: '2026-10-03', until: '2026-10-05' }],
  reflection: 'Soup, "sleep" and walks.',
  ended: '2026-10-09',
  next: 'repeat',
};

/** Seeds logs on several days, journal entries of every kind, a plan, history, symptoms and every setting. */
export async function seedEverything(): Promise<void> {
  const clock = zoneClock('Europe/Berlin', '2026-11-20T08:00:00Z');
  const { store: logs } = makeStore({ clock, prefix: 'seed-log' });
  const { store: journal } = makeJournalStore({ clock, prefix: 'seed-entry' });
  let custom = '';
  await symptomSettingsItem.update((s) => {
    const added = addCustomSymptom(s, 'custom-seed-1', 'Headache, "bad"');
    custom = 'custom-seed-1';
    return setSymptomHidden(renameSymptom(added, 'brain-fog', 'Foggy'), 'itching', true);
  });
  await symptomSettingsItem.update((s) => moveSymptom(s, ['fatigue', 'custom-seed-1', 'brain-fog'], 'brain-fog', -1));
  for (let day = 0; day < 4; day++) {
    clock.set(Date.parse('2026-11-20T08:00:00Z') + day * 86_400_000);
    await logs.add([input(clock, 'fatigue', 2, 30, AWKWARD_NOTES[day]), input(clock, custom, 3, 10, AWKWARD_NOTES[day + 1])]);
    await journal.add(entryInput(clock, { kind: 'food', tags: ['oats', 'blueberries'] }, 60, AWKWARD_NOTES[day + 2]));
  }
  await journal.add(entryInput(clock, { kind: 'sleep', hours: 7.25, quality: 4 }, 120));
  await journal.add(entryInput(clock, { kind: 'stress', level: 3 }, 90));
  await journal.add(entryInput(clock, { kind: 'movement', activity: 'walk, slow', minutes: 25 }, 80));
  await journal.add(entryInput(clock, { kind: 'bowel', bristol: 4 }, 70));
  await journal.add(entryInput(clock, { kind: 'note' }, 5, 'Felt calmer.'));
  await planItem.set(markDay(startCycle({ ...EMPTY_PLAN, cyclesStarted: 1 }, '2026-11-21'), 2, 'done', '2026-11-23'));
  await planHistoryItem.set([PAST]);
  await planReminderItem.set({ enabled: true, time: '19:45' });
  await backupReminderItem.set({ weeks: 2 });
  await readingProgressItem.set({ sectionId: 'five-steps', scrollTop: 320, read: ['introduction', 'myths'] });
}

const RECORD_ITEMS: readonly string[] = ['planHistory', 'readingProgress'] satisfies LocalItemName[];
const isRecordKey = (key: string) =>
  dayOfLogKey(key) !== undefined || dayOfJournalKey(key) !== undefined || RECORD_ITEMS.includes(key);

/** Everything the user recorded: raw record keys of storage.local, and each synced value as read. */
export async function everythingRecorded(): Promise<unknown> {
  const local = await fakeBrowser.storage.local.get(null);
  const records = Object.fromEntries(
    Object.entries(local)
      .filter(([key]) => isRecordKey(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return {
    records,
    synced: {
      plan: await planItem.get(),
      symptoms: await symptomSettingsItem.get(),
      planReminder: await planReminderItem.get(),
      backupReminder: await backupReminderItem.get(),
    },
  };
}

/** Every raw key and value in both areas, to prove that nothing at all changed. */
export async function rawDump(): Promise<unknown> {
  return { local: await fakeBrowser.storage.local.get(null), sync: await fakeBrowser.storage.sync.get(null) };
}
