/**
 * A write that cannot fit fails with a message and leaves nothing half-written: storage areas that fail
 * part-way (a full disk, a sync quota) and an import or deletion that must put everything back.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_SETTINGS } from '../../../domain/backup-reminder';
import type { ExportData } from '../../../domain/export-file';
import { EMPTY_PLAN, validatePlanHistory } from '../../../domain/plan-state';
import { EMPTY_PROGRESS, validateReadingProgress } from '../../../domain/reading-progress';
import { writeProblemText } from '../../../components/data/data-text';
import { createDataStore, DataWriteError } from '../../../storage/data-store';
import { entryAt, logAt } from '../../support/journal-fixture';
import { syncNetwork } from '../../support/sync-network';
import { backupReminderOn, planOn, reminderOn, symptomsOn } from '../../support/synced-items';
import { zoneClock } from '../../support/zone-clock';

/** A data store on in-memory areas that a test can make fail; local items read straight from the area. */
function isolatedStore(historyVersion = 1) {
  const [env] = syncNetwork(1).browsers;
  const localItem = <T>(key: string, fallback: T, validate: (v: unknown) => T | undefined, version = 1) => ({
    key: `local:${key}` as const,
    fallback,
    version,
    get: async () => validate((await env!.local.get([key]))[key]) ?? fallback,
    set: async (value: T) => env!.local.set({ [key]: value }),
    update: async () => fallback,
    watch: () => () => undefined,
    remove: async () => env!.local.remove([key]),
  });
  const store = createDataStore({
    local: env!.local,
    sync: env!.sync,
    lock: env!.lock,
    clock: zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z'),
    items: {
      plan: planOn(env!),
      symptoms: symptomsOn(env!),
      planReminder: reminderOn(env!),
      backupReminder: backupReminderOn(env!),
      planHistory: localItem('planHistory', [], validatePlanHistory, historyVersion),
      readingProgress: localItem('readingProgress', EMPTY_PROGRESS, validateReadingProgress),
    },
  });
  return { store, env: env! };
}

const data = (logs = 40): ExportData => ({
  logs: Array.from({ length: logs }, (_, i) =>
    logAt(
      `2026-11-${String(1 + (i % 25)).padStart(2, '0')}T09:${String(i % 60).padStart(2, '0')}`,
      'fatigue',
      2,
      `log ${i}`,
      `l${i}`,
    ),
  ),
  journal: [entryAt('2026-11-03T12:00', { kind: 'stress', level: 2 }, '', 'j1')],
  plan: EMPTY_PLAN,
  planHistory: [],
  symptoms: { custom: [{ id: 'custom-x', name: 'Cramps' }], renamed: {}, hidden: [], order: null },
  planReminder: { enabled: true, time: '07:00' },
  backupReminder: DEFAULT_BACKUP_SETTINGS,
  readingProgress: EMPTY_PROGRESS,
});
const dump = (env: ReturnType<typeof isolatedStore>['env']) => ({ local: env.local.dump(), sync: env.sync.dump() });

describe('an import that cannot be stored', () => {
  it('fails with "storage full" and leaves both areas exactly as they were', async () => {
    const { store, env } = isolatedStore();
    await store.importData(data(5), 'replace');
    const before = dump(env);
    env.local.failWrites(
      (items) => Object.keys(items).some((key) => key.startsWith('logs:')),
      new Error('QUOTA_BYTES quota exceeded'),
      1,
    );
    const error = await store.importData(data(40), 'replace').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataWriteError);
    expect(error).toMatchObject({ code: 'storageFull', restored: true });
    expect(dump(env)).toEqual(before);
  });

  for (const message of ['QUOTA_BYTES quota exceeded', 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded']) {
    it(`names browser sync, not this computer's space, when sync refuses the settings (${message.split(' ')[0]})`, async () => {
      const { store, env } = isolatedStore();
      await store.importData(data(5), 'replace');
      const before = dump(env);
      env.sync.failWrites(() => true, new Error(message), 1);
      const error = await store
        .importData({ ...data(5), planReminder: { enabled: true, time: '08:15' } }, 'replace')
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'syncFull', restored: true });
      expect(writeProblemText((error as DataWriteError).code)).toMatch(/^Browser sync refused/);
      expect(writeProblemText((error as DataWriteError).code)).not.toMatch(/this computer/);
      expect(dump(env)).toEqual(before);
    });
  }

  it('puts the synced settings back when the local write after them fails', async () => {
    const { store, env } = isolatedStore();
    const before = dump(env);
    env.local.failWrites((items) => Object.keys(items).some((key) => key.startsWith('journal:')), new Error('IO error: disk'), 1);
    await expect(store.importData(data(3), 'merge')).rejects.toMatchObject({ code: 'writeFailed', restored: true });
    expect(dump(env)).toEqual(before);
  });

  it('says so when even putting things back failed (the view then asks the user to export and check)', async () => {
    const { store, env } = isolatedStore();
    await store.importData(data(5), 'replace');
    env.local.failWrites((items) => Object.keys(items).some((key) => key.startsWith('logs:')), new Error('IO error'));
    await expect(store.importData(data(40), 'replace')).rejects.toMatchObject({ code: 'writeFailed', restored: false });
  });

  it('refuses synced settings too large for one sync item before writing anything', async () => {
    const { store, env } = isolatedStore();
    const before = dump(env);
    const many = Array.from({ length: 150 }, (_, i) => ({
      id: `custom-${'n'.repeat(50)}${i}`,
      name: `Symptom with a long name ${i}`.slice(0, 40),
    }));
    const file = {
      ...data(1),
      symptoms: { custom: many, renamed: {}, hidden: many.map((s) => s.id), order: many.map((s) => s.id) },
    };
    await expect(store.importData(file, 'replace')).rejects.toMatchObject({ code: 'syncTooLarge' });
    expect(dump(env)).toEqual(before);
  });
});

describe('an import that can be stored', () => {
  it('writes a local value in the layout its item reads, with the version key past version 1', async () => {
    const { store, env } = isolatedStore(2);
    const past = {
      number: 1,
      start: '2026-10-01',
      marks: {},
      pauses: [],
      reflection: '',
      ended: '2026-10-08',
      next: 'stopped' as const,
    };
    await store.importData({ ...data(1), planHistory: [past] }, 'replace');
    expect(env.local.dump()).toMatchObject({ planHistory: [past], planHistory$: { v: 2 } });
  });
});

describe('delete all that cannot finish', () => {
  it('puts everything back and says so', async () => {
    const { store, env } = isolatedStore();
    await store.importData(data(10), 'replace');
    const before = dump(env);
    env.local.failWrites((items) => Object.values(items).every((value) => value === undefined), new Error('IO error'), 1);
    await expect(store.deleteAll()).rejects.toMatchObject({ code: 'writeFailed', restored: true });
    expect(dump(env)).toEqual(before);
  });
});
