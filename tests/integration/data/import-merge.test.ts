import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_BACKUP_SETTINGS } from '../../../domain/backup-reminder';
import type { ExportData } from '../../../domain/export-file';
import { DEFAULT_REMINDER } from '../../../domain/plan-reminder';
import { EMPTY_PLAN, type PastCycle } from '../../../domain/plan-state';
import { EMPTY_PROGRESS } from '../../../domain/reading-progress';
import { EMPTY_SYMPTOM_SETTINGS } from '../../../domain/symptom-settings';
import { planHistoryItem, planReminderItem, symptomSettingsItem } from '../../../storage/items';
import { makeDataStore } from '../../support/data-fixture';
import { entryAt, logAt } from '../../support/journal-fixture';

beforeEach(() => {
  fakeBrowser.reset();
});

const emptyData = (): ExportData => ({
  logs: [],
  journal: [],
  plan: EMPTY_PLAN,
  planHistory: [],
  symptoms: EMPTY_SYMPTOM_SETTINGS,
  planReminder: DEFAULT_REMINDER,
  backupReminder: DEFAULT_BACKUP_SETTINGS,
  readingProgress: EMPTY_PROGRESS,
});
const cycle = (number: number, start: string, reflection = ''): PastCycle => ({
  number,
  start,
  marks: { 1: 'done' },
  pauses: [],
  reflection,
  ended: '2026-10-08',
  next: 'stopped',
});
const storedDay = async (key: string) =>
  (await fakeBrowser.storage.local.get(key))[key] as
    { logs?: { id: string; note: string }[]; entries?: { id: string }[] } | undefined;

describe('merge', () => {
  it('adds new entries on their own days, updates ones edited later in the file, keeps ones edited later here', async () => {
    const store = makeDataStore();
    const here = [
      logAt('2026-11-20T09:00', 'fatigue', 2, 'mine', 'same'),
      logAt('2026-11-20T10:00', 'bloating', 1, 'newer here', 'kept'),
    ];
    here[1] = { ...here[1]!, updatedAt: '2026-11-25T00:00:00.000Z' };
    await store.importData({ ...emptyData(), logs: here }, 'replace');

    const fromFile = [
      here[0]!,
      { ...here[1], note: 'older in file', updatedAt: '2026-11-21T00:00:00.000Z' },
      { ...logAt('2026-11-20T11:00', 'itching', 3, 'edited in file', 'moved'), updatedAt: '2026-11-26T00:00:00.000Z' },
      logAt('2026-11-22T08:00', 'fatigue', 1, 'new', 'new'),
    ];
    const moved = { ...fromFile[2]!, at: '2026-11-21T08:00:00.000Z' }; // the same log, moved to another day in the file
    await store.importData({ ...emptyData(), logs: [fromFile[2]!] }, 'merge');
    const changes = await store.importData(
      { ...emptyData(), logs: [fromFile[0]!, fromFile[1]!, { ...moved, updatedAt: '2026-11-27T00:00:00.000Z' }, fromFile[3]!] },
      'merge',
    );

    expect(changes.logs).toEqual({ added: 1, updated: 1, unchanged: 2, skipped: 0 });
    expect((await storedDay('logs:2026-11-20'))?.logs?.map((l) => [l.id, l.note])).toEqual([
      ['same', 'mine'],
      ['kept', 'newer here'],
    ]);
    expect((await storedDay('logs:2026-11-21'))?.logs?.map((l) => l.id)).toEqual(['moved']);
    expect((await storedDay('logs:2026-11-22'))?.logs?.map((l) => l.id)).toEqual(['new']);
  });

  it('never writes over a day a newer Gutwise stored, and says how many entries it left out', async () => {
    await fakeBrowser.storage.local.set({ 'journal:2026-11-20': { v: 9, entries: ['from the future'] } });
    const entry = entryAt('2026-11-20T12:00', { kind: 'note' }, 'hello', 'e1');
    const changes = await makeDataStore().importData({ ...emptyData(), journal: [entry] }, 'merge');
    expect(changes.journal.skipped).toBe(1);
    expect(await storedDay('journal:2026-11-20')).toEqual({ v: 9, entries: ['from the future'] });
  });

  it('keeps settings set here, adds past cycles and own symptoms it does not have', async () => {
    await planReminderItem.set({ enabled: true, time: '06:30' });
    await planHistoryItem.set([cycle(1, '2026-10-01', 'mine')]);
    await symptomSettingsItem.set({
      custom: [{ id: 'custom-a', name: 'Headache' }],
      renamed: { fatigue: 'Tired' },
      hidden: [],
      order: null,
    });
    const changes = await makeDataStore().importData(
      {
        ...emptyData(),
        planReminder: { enabled: false, time: '21:00' },
        planHistory: [cycle(1, '2026-10-01', 'theirs'), cycle(2, '2026-10-09')],
        symptoms: {
          custom: [
            { id: 'custom-a', name: 'Other name' },
            { id: 'custom-b', name: 'Cramps' },
          ],
          renamed: { fatigue: 'Exhausted', bloating: 'Puffy' },
          hidden: ['custom-b'],
          order: null,
        },
      },
      'merge',
    );
    expect(changes).toMatchObject({ pastCycles: 1, customSymptoms: 1, settingsFromFile: false });
    expect(await planReminderItem.get()).toEqual({ enabled: true, time: '06:30' });
    expect((await planHistoryItem.get()).map((c) => [c.number, c.reflection])).toEqual([
      [1, 'mine'],
      [2, ''],
    ]);
    expect(await symptomSettingsItem.get()).toEqual({
      custom: [
        { id: 'custom-a', name: 'Headache' },
        { id: 'custom-b', name: 'Cramps' },
      ],
      renamed: { fatigue: 'Tired', bloating: 'Puffy' },
      hidden: ['custom-b'],
      order: null,
    });
  });

  it("on a fresh install takes the file's settings and plan", async () => {
    const plan = {
      cycle: { number: 3, start: '2026-11-20', marks: { 1: 'done' as const }, pauses: [], reflection: '' },
      routine: null,
      cyclesStarted: 3,
    };
    const changes = await makeDataStore().importData(
      { ...emptyData(), plan, planReminder: { enabled: true, time: '08:15' } },
      'merge',
    );
    expect(changes).toMatchObject({ planFromFile: true, settingsFromFile: true });
    expect(await planReminderItem.get()).toEqual({ enabled: true, time: '08:15' });
  });
});
