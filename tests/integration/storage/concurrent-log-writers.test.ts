import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WithLock } from '../../../storage/locks';
import { input, makeStore } from '../../support/log-store-fixture';
import { zoneClock } from '../../support/zone-clock';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Three writers (think popup, side panel, background) each adding `n` logs to today, all at once. */
async function threeWriters(n: number, lock?: WithLock) {
  const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
  const writers = ['popup', 'panel', 'worker'].map((prefix) => makeStore({ clock, lock, prefix }).store);
  const symptoms = ['fatigue', 'brain-fog', 'bloating'];
  await Promise.all(
    writers.map(async (store, w) => {
      for (let i = 0; i < n; i++) await store.add([input(clock, symptoms[w]!, 2, i % 60)]);
    }),
  );
  return makeStore({ clock }).store.listDay('2026-11-26');
}

describe('concurrent writers', () => {
  it('keep every entry: 3 × 100 logs give exactly 300, each once', async () => {
    const logs = await threeWriters(100);
    expect(logs).toHaveLength(300);
    expect(new Set(logs.map((l) => l.id)).size).toBe(300);
    for (const symptom of ['fatigue', 'brain-fog', 'bloating'])
      expect(logs.filter((l) => l.symptomId === symptom)).toHaveLength(100);
  });

  it('would lose entries without the day lock (the test can fail)', async () => {
    const noLock: WithLock = (_name, task) => task();
    const logs = await threeWriters(20, noLock);
    expect(logs.length).toBeLessThan(60);
  });

  it('keep edits, deletes and adds made at the same time', async () => {
    const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
    const a = makeStore({ clock, prefix: 'a' }).store;
    const b = makeStore({ clock, prefix: 'b' }).store;
    const seeded = await a.add(Array.from({ length: 20 }, (_, i) => input(clock, 'fatigue', 1, i)));
    await Promise.all([
      ...seeded.slice(0, 10).map((log) => a.update(log, { severity: 3 })),
      ...seeded.slice(10).map((log) => b.remove(log)),
      ...Array.from({ length: 10 }, () => b.add([input(clock, 'itching', 2)])),
    ]);
    const logs = await a.listDay('2026-11-26');
    expect(logs.filter((l) => l.symptomId === 'fatigue').map((l) => l.severity)).toEqual(Array(10).fill(3));
    expect(logs.filter((l) => l.symptomId === 'itching')).toHaveLength(10);
  });
});
