/** The journal's storage as the extension's pages use it: browser storage.local, Web Locks, the change feed. */
import { browserChangeFeed, type ChangeFeed } from './change-feed';
import { summarizingArea } from './day-summaries';
import { createJournalStore, type JournalStore } from './journal-store';
import { browserArea, type KeyValueArea } from './key-value-area';
import { defaultLock } from './locks';
import { systemClock, type Clock } from '../domain/clock';

/** The journal store every extension context shares. */
export function browserJournalStore(clock: Clock = systemClock): JournalStore {
  // Every day written also updates its month's summary for Insights, in the same write (storage/day-summaries.ts).
  return createJournalStore({ area: summarizingArea(browserArea(), defaultLock(), clock), lock: defaultLock(), clock });
}

/** What the journal reads history through: the local area and its change feed. */
export function browserHistorySource(): { area: KeyValueArea; feed: ChangeFeed } {
  return { area: browserArea(), feed: browserChangeFeed() };
}
