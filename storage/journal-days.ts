/**
 * How journal entries are stored: one key per local calendar day, `journal:2026-11-26` (storage/keys.ts),
 * beside the symptom logs' `logs:2026-11-26`, read and written as every day of records is
 * (storage/day-records.ts). The day is the entry's local day in the offset it was written in (entryDay in
 * domain/journal-entry.ts).
 *
 * Stored shape, version 1 (the current one):
 *   value { v: 1, entries: JournalEntry[] }, entries in the order written (readers sort by time)
 *   JournalEntry (domain/journal-entry.ts) = { id, kind, at, offsetMin, note, createdAt, updatedAt } plus, by kind:
 *     food     { tags: string[] }                       up to 20 tags of 1–40 characters, no , ; or line break
 *     stress   { level: 0–4 }
 *     sleep    { hours: 0–24 in quarter hours, quality: 1–5 }
 *     movement { activity: string (≤ 60), minutes: 1–1440 | null }   at least one of the two
 *     bowel    { bristol: 1–7 }
 *     note     {}                                       the note is then required
 *   `at`, `createdAt`, `updatedAt` are ISO instants in UTC; `offsetMin` is −720…840; `note` ≤ 1000 characters.
 *
 * A future version adds its step (storage/migrations/journal-day-v1-to-v2.ts) to `steps`.
 */
import { byEntryMoment, entryDay, validateJournalEntry, type JournalEntry } from '../domain/journal-entry';
import { dayValue, type DayFormat } from './day-records';
import { dayOfJournalKey, JOURNAL_DAY_VERSION, journalDayKey } from './keys';

export { JOURNAL_DAY_VERSION, journalDayKey } from './keys';

export const JOURNAL_DAYS: DayFormat<JournalEntry> = {
  version: JOURNAL_DAY_VERSION,
  list: 'entries',
  keyOf: journalDayKey,
  dayOf: dayOfJournalKey,
  dayOfRecord: entryDay,
  steps: {},
  validate: validateJournalEntry,
  order: byEntryMoment,
};

/** A day in the current shape; `entries` may hold damaged values, which are kept, never dropped. */
export interface JournalDay {
  v: typeof JOURNAL_DAY_VERSION;
  entries: unknown[];
}

/** Builds a stored day value (benches and import write days in the current shape with it). */
export const journalDayValue = (entries: readonly unknown[]): JournalDay =>
  dayValue(JOURNAL_DAYS, entries) as unknown as JournalDay;
