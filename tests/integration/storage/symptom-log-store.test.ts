import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserArea, type KeyValueArea } from '../../../storage/key-value-area';
import { inProcessLock } from '../../../storage/locks';
import { createSymptomLogStore } from '../../../storage/symptom-log-store';
import { logDayValue } from '../../../storage/symptom-log-days';
import { createLog } from '../../../domain/symptom-log';
import { input, makeStore } from '../../support/log-store-fixture';
import { zoneClock } from '../../support/zone-clock';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('symptom log store', () => {
  it('saves logs to their local day and lists that day oldest first', async () => {
    const { store, clock } = makeStore();
    await store.add([input(clock, 'fatigue', 2, 0, 'after lunch')]);
    await store.add([input(clock, 'bloating', 3, 120), input(clock, 'itching', 1, 120)]);
    const logs = await store.listDay('2026-11-26');
    expect(logs.map((l) => [l.symptomId, l.severity, l.at, l.offsetMin, l.note])).toEqual([
      ['bloating', 3, '2026-11-26T11:00:00.000Z', 60, ''],
      ['itching', 1, '2026-11-26T11:00:00.000Z', 60, ''],
      ['fatigue', 2, '2026-11-26T13:00:00.000Z', 60, 'after lunch'],
    ]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain('logs:2026-11-26');
    expect(await store.listDay('2026-11-25')).toEqual([]);
  });

  it('edits a log in place, keeping id and creation time', async () => {
    const { store, clock } = makeStore();
    const [log] = await store.add([input(clock, 'fatigue', 2)]);
    clock.advance(60_000);
    const edited = await store.update(log!, { severity: 3, note: 'worse', symptomId: 'brain-fog' });
    expect(edited).toMatchObject({ id: log!.id, severity: 3, note: 'worse', symptomId: 'brain-fog', createdAt: log!.createdAt });
    expect(edited.updatedAt).toBe('2026-11-26T13:01:00.000Z');
    expect(await store.listDay('2026-11-26')).toEqual([edited]);
  });

  it("moves a log to the other day's key when its time moves across midnight", async () => {
    const { store, clock } = makeStore();
    const [log] = await store.add([input(clock, 'fatigue', 2)]);
    const yesterday = Date.parse('2026-11-25T22:00:00Z');
    await store.update(log!, { moment: { epochMs: yesterday, offsetMin: 60 } });
    expect(await store.listDay('2026-11-26')).toEqual([]);
    expect((await store.listDay('2026-11-25')).map((l) => l.id)).toEqual([log!.id]);
    expect(await store.listDays()).toEqual(['2026-11-25']);
  });

  it('deletes, and undo puts the very same log back', async () => {
    const { store, clock } = makeStore();
    const [a, b] = await store.add([input(clock, 'fatigue', 2), input(clock, 'itching', 1)]);
    expect(await store.remove(a!)).toEqual(a);
    expect(await store.remove(a!)).toBeUndefined();
    expect((await store.listDay('2026-11-26')).map((l) => l.id)).toEqual([b!.id]);
    await store.restore([a!]);
    // Already back: a second Undo writes nothing and says so.
    await expect(store.restore([a!])).rejects.toMatchObject({ code: 'changed' });
    expect(await store.listDay('2026-11-26')).toEqual([a, b]);
  });

  it("removes a day's key when its last log goes", async () => {
    const { store, clock } = makeStore();
    const [log] = await store.add([input(clock, 'fatigue', 2)]);
    await store.remove(log!);
    expect(await fakeBrowser.storage.local.get('logs:2026-11-26')).toEqual({ 'logs:2026-11-26': undefined });
    expect(await store.listDays()).toEqual([]);
  });

  it('tells a watcher about every change to its day, from any writer', async () => {
    const { store, clock } = makeStore();
    const other = makeStore({ clock }).store;
    const seen: string[][] = [];
    const stop = store.watchDay('2026-11-26', (logs) => seen.push(logs.map((l) => l.symptomId)));
    const [log] = await other.add([input(clock, 'fatigue', 2)]);
    await other.add([input(clock, 'itching', 1, 30)]);
    await other.remove(log!);
    await other.add([{ ...input(clock, 'bloating', 1), moment: { epochMs: Date.parse('2026-11-20T10:00:00Z'), offsetMin: 60 } }]);
    stop();
    await other.add([input(clock, 'low-mood', 1)]);
    expect(seen).toEqual([['fatigue'], ['itching', 'fatigue'], ['itching']]);
  });

  it('reads the last days in one go, across a month boundary', async () => {
    const { store, clock } = makeStore({ clock: zoneClock('Europe/Berlin', '2026-12-02T10:00:00Z') });
    for (const iso of ['2026-12-02T09:00:00Z', '2026-11-30T09:00:00Z', '2026-11-05T09:00:00Z', '2026-11-04T09:00:00Z']) {
      await store.add([{ ...input(clock, 'fatigue', 1), moment: { epochMs: Date.parse(iso), offsetMin: 60 } }]);
    }
    expect((await store.listRecent(28)).map((l) => l.at.slice(0, 10)).sort()).toEqual(['2026-11-05', '2026-11-30', '2026-12-02']);
  });

  it('counts every local day once across a daylight-saving change', async () => {
    // 2026-03-30 00:30 in Berlin, the day after the 23-hour day: 24-hour steps back would skip the 29th.
    const clock = zoneClock('Europe/Berlin', '2026-03-29T22:30:00Z');
    const { store } = makeStore({ clock });
    await store.add([{ ...input(clock, 'fatigue', 1), moment: { epochMs: Date.parse('2026-03-29T10:00:00Z'), offsetMin: 120 } }]);
    expect(await store.listRecent(2)).toHaveLength(1);
  });

  it('lists every day with logs, with or without storage.getKeys', async () => {
    const { store, clock } = makeStore();
    for (const day of ['2026-11-24', '2026-11-20', '2026-11-26']) {
      await store.add([{ ...input(clock, 'fatigue', 1), moment: { epochMs: Date.parse(`${day}T10:00:00Z`), offsetMin: 60 } }]);
    }
    await fakeBrowser.storage.local.set({ symptoms: { custom: [] }, 'logs:not-a-day': [] });
    expect(await store.listDays()).toEqual(['2026-11-20', '2026-11-24', '2026-11-26']);
    const local = fakeBrowser.storage.local as unknown as Record<string, unknown>;
    const getKeys = vi.fn(async () => Object.keys(await fakeBrowser.storage.local.get(null)));
    local.getKeys = getKeys;
    try {
      expect(await makeStore().store.listDays()).toEqual(['2026-11-20', '2026-11-24', '2026-11-26']);
      expect(getKeys).toHaveBeenCalled();
    } finally {
      delete local.getKeys;
    }
  });
});

describe('cost with five years of history', () => {
  it("adding a log and reading today touch only today's key", async () => {
    const { clock } = makeStore();
    const history: Record<string, unknown> = {};
    for (let d = 1; d <= 5 * 365; d++) {
      const epochMs = clock.now() - d * 86_400_000;
      const log = createLog(
        { symptomId: 'fatigue', severity: 2, moment: { epochMs, offsetMin: 60 }, note: '' },
        `old-${d}`,
        epochMs,
      );
      history[`logs:${new Date(epochMs + 3_600_000).toISOString().slice(0, 10)}`] = logDayValue([log]);
    }
    await fakeBrowser.storage.local.set(history);
    const base = browserArea();
    const touched: string[] = [];
    const spy: KeyValueArea = {
      ...base,
      get: (keys) => (touched.push(...keys), base.get(keys)),
      set: (items) => (touched.push(...Object.keys(items)), base.set(items)),
      remove: (keys) => (touched.push(...keys), base.remove(keys)),
    };
    const store = createSymptomLogStore({ area: spy, lock: inProcessLock, clock, newId: () => 'new' });
    await store.add([input(clock, 'fatigue', 2)]);
    expect(await store.listDay('2026-11-26')).toHaveLength(1);
    expect(touched).toEqual(['logs:2026-11-26', 'logs:2026-11-26', 'logs:2026-11-26']);
  });
});
