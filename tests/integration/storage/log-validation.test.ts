import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LogStoreError } from '../../../storage/symptom-log-store';
import { symptomSettingsItem } from '../../../storage/items';
import { EMPTY_SYMPTOM_SETTINGS } from '../../../domain/symptom-settings';
import { input, makeStore } from '../../support/log-store-fixture';

const DAY = 'logs:2026-11-26';
const storedNow = () => fakeBrowser.storage.local.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('bad input', () => {
  it('is refused with the field named, and changes nothing', async () => {
    const { store, clock } = makeStore();
    await store.add([input(clock, 'fatigue', 2)]);
    const before = await storedNow();
    const bad = [
      { ...input(clock, 'fatigue', 2), symptomId: 'not-a-symptom' },
      { ...input(clock, 'fatigue', 2), severity: 7 },
      { ...input(clock, 'fatigue', 2), note: 'x'.repeat(281) },
      input(clock, 'fatigue', 2, -90),
    ];
    const codes = [];
    for (const value of bad) {
      // A good log in the same batch is not saved either: all or nothing.
      const error = await store.add([input(clock, 'itching', 1), value as never]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LogStoreError);
      codes.push((error as LogStoreError).detail);
    }
    expect(codes).toEqual(['symptom', 'severity', 'noteTooLong', 'future']);
    expect(await storedNow()).toEqual(before);
  });

  it('refuses an edit into the future or of a log that is gone', async () => {
    const { store, clock } = makeStore();
    const [log] = await store.add([input(clock, 'fatigue', 2)]);
    const before = await storedNow();
    await expect(store.update(log!, { moment: { epochMs: clock.now() + 7_200_000, offsetMin: 60 } })).rejects.toMatchObject({
      detail: 'future',
    });
    await expect(store.update(log!, { severity: 9 as never })).rejects.toMatchObject({ detail: 'severity' });
    expect(await storedNow()).toEqual(before);
    await store.remove(log!);
    await expect(store.update(log!, { severity: 1 })).rejects.toMatchObject({ code: 'notFound' });
  });
});

describe('bad stored values', () => {
  it('hides a damaged log but never drops it on the next write', async () => {
    const { store, clock } = makeStore();
    const [good] = await store.add([input(clock, 'fatigue', 2)]);
    const damaged = { id: 'hand-edited', symptomId: 'fatigue', severity: 'very', at: 'noon' };
    await fakeBrowser.storage.local.set({ [DAY]: { v: 2, logs: [good, damaged] } });
    expect(await store.listDay('2026-11-26')).toEqual([good]);
    await store.add([input(clock, 'itching', 1)]);
    await store.remove(good!);
    const stored = (await fakeBrowser.storage.local.get(DAY))[DAY] as { logs: unknown[] };
    expect(stored.logs).toContainEqual(damaged);
  });

  it('refuses to write over a day it cannot read, or one a newer Gutwise wrote', async () => {
    const { store, clock } = makeStore();
    for (const value of ['garbage', { v: 2, logs: 'x' }, { v: 3, logs: [], newField: 1 }, { v: 0, logs: [] }, 42]) {
      await fakeBrowser.storage.local.set({ [DAY]: value });
      expect(await store.listDay('2026-11-26')).toEqual([]);
      const error = (await store.add([input(clock, 'fatigue', 2)]).catch((e: unknown) => e)) as LogStoreError;
      expect(error.code).toBe(typeof value === 'object' && value.v === 3 ? 'newerDay' : 'unreadableDay');
      expect((await fakeBrowser.storage.local.get(DAY))[DAY]).toEqual(value);
    }
  });

  it('falls back to the defaults for damaged symptom settings', async () => {
    await fakeBrowser.storage.local.set({ symptoms: { custom: [{ id: 'fatigue', name: '' }] } });
    expect(await symptomSettingsItem.get()).toEqual(EMPTY_SYMPTOM_SETTINGS);
  });

  it('reports a failed write (quota, disk) and leaves the day as it was', async () => {
    const { store, clock } = makeStore();
    await store.add([input(clock, 'fatigue', 2)]);
    const before = await storedNow();
    const refused = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    try {
      await expect(store.add([input(clock, 'itching', 1)])).rejects.toMatchObject({ code: 'writeFailed' });
    } finally {
      refused.mockRestore();
    }
    expect(await storedNow()).toEqual(before);
  });
});
