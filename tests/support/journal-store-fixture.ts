/** A journal store on the fake browser's storage, with a Berlin clock and readable ids. */
import type { EntryDetails, NewEntry } from '../../domain/journal-entry';
import { createJournalStore, type JournalStore } from '../../storage/journal-store';
import { browserArea } from '../../storage/key-value-area';
import { inProcessLock, type WithLock } from '../../storage/locks';
import { zoneClock, type TestClock } from './zone-clock';

let counter = 0;

/** A fresh journal store (call fakeBrowser.reset() first); `lock` defaults to the in-process lock. */
export function makeJournalStore(options: { lock?: WithLock; clock?: TestClock; prefix?: string } = {}): {
  store: JournalStore;
  clock: TestClock;
} {
  const clock = options.clock ?? zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
  const prefix = options.prefix ?? 'entry';
  const store = createJournalStore({
    area: browserArea(),
    lock: options.lock ?? inProcessLock,
    clock,
    newId: () => `${prefix}-${++counter}`,
  });
  return { store, clock };
}

/** An input of `details`, `minutesAgo` before the clock's now. */
export function entryInput(clock: TestClock, details: EntryDetails, minutesAgo = 0, note = ''): NewEntry {
  const epochMs = clock.now() - minutesAgo * 60_000;
  return { details, moment: { epochMs, offsetMin: clock.offsetAt(epochMs) }, note };
}
