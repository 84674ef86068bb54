/** The symptom log store as the extension's pages use it: browser storage.local and Web Locks. */
import { browserArea } from './key-value-area';
import { defaultLock } from './locks';
import { summarizingArea } from './day-summaries';
import { createSymptomLogStore, type SymptomLogStore } from './symptom-log-store';
import { systemClock, type Clock } from '../domain/clock';

/** The store every extension context shares (journal and export use it too). */
export function browserSymptomLogStore(clock: Clock = systemClock): SymptomLogStore {
  // Every day written also updates its month's summary for Insights, in the same write (storage/day-summaries.ts).
  return createSymptomLogStore({ area: summarizingArea(browserArea(), defaultLock(), clock), lock: defaultLock(), clock });
}
