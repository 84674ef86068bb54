import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WithLock } from '../../../storage/locks';
import { entryInput, makeJournalStore } from '../../support/journal-store-fixture';
import { input, makeStore } from '../../support/log-store-fixture';
import { zoneClock } from '../../support/zone-clock';

beforeEach(() => {
  fakeBrowser.reset();
});

async function threeWriters(n: number, lock?: WithLock) {
  const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
  const writers = ['popup', 'panel', 'worker'].map((prefix) => makeJournalStore({ clock, lock, prefix }).store);
  await Promise.all(
    writers.map(async (store, w) => {
      for (let i = 0; i < n; i++) await store.add(entryInput(clock, { kind: 'food', tags: [`food-${w}`] }, i % 60));
    }),
  );
  return makeJournalStore({ clock }).store.listDay('2026-11-26');
}

describe('concurrent journal writers', () => {
  it('keep every entry: 3 × 100 give exactly 300, each once', async () => {
    const entries = await threeWriters(100);
    expect(entries).toHaveLength(300);
    expect(new Set(entries.map((e) => e.id)).size).toBe(300);
  });

  it('would lose entries without the day lock (the test can fail)', async () => {
    const entries = await threeWriters(20, (_name, task) => task());
    expect(entries.length).toBeLessThan(60);
  });

  it("journal entries and symptom logs of the same day never touch each other's key", async () => {
    const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
    const journal = makeJournalStore({ clock }).store;
    const logs = makeStore({ clock }).store;
    await Promise.all([
      ...Array.from({ length: 30 }, (_, i) => journal.add(entryInput(clock, { kind: 'stress', level: 2 }, i))),
      ...Array.from({ length: 30 }, (_, i) => logs.add([input(clock, 'fatigue', 2, i)])),
    ]);
    expect(await journal.listDay('2026-11-26')).toHaveLength(30);
    expect(await logs.listDay('2026-11-26')).toHaveLength(30);
  });
});
