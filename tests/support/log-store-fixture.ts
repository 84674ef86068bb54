/** A symptom log store on the fake browser's storage, with a Berlin clock and readable ids. */
import { browserArea } from '../../storage/key-value-area';
import { inProcessLock, type WithLock } from '../../storage/locks';
import { createSymptomLogStore, type SymptomLogStore } from '../../storage/symptom-log-store';
import type { NewLog } from '../../domain/symptom-log';
import type { Severity } from '../../domain/symptoms';
import { zoneClock, type TestClock } from './zone-clock';

export interface StoreFixture {
  store: SymptomLogStore;
  clock: TestClock;
}

let counter = 0;

/** A fresh store (call fakeBrowser.reset() first); `lock` defaults to the in-process lock. */
export function makeStore(options: { lock?: WithLock; clock?: TestClock; prefix?: string } = {}): StoreFixture {
  const clock = options.clock ?? zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
  const prefix = options.prefix ?? 'log';
  const store = createSymptomLogStore({
    area: browserArea(),
    lock: options.lock ?? inProcessLock,
    clock,
    newId: () => `${prefix}-${++counter}`,
  });
  return { store, clock };
}

/** An input for `symptomId` at `severity`, `minutesAgo` before the clock's now. */
export function input(clock: TestClock, symptomId: string, severity: Severity, minutesAgo = 0, note = ''): NewLog {
  const epochMs = clock.now() - minutesAgo * 60_000;
  return { symptomId, severity, moment: { epochMs, offsetMin: clock.offsetAt(epochMs) }, note };
}
