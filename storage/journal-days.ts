/**
 * How journal entries are stored: one storage key per local calendar day ("journal:2026-11-26"), beside the
 * symptom logs' "logs:2026-11-26" (storage/symptom-log-days.ts), so adding an entry or reading a day touches
 * one small value however long the history is.
 *
 * Stored shape, version 1 (the current one):
 *   key   "journal:YYYY-MM-DD" in storage.local (WXT spelling "local:journal:YYYY-MM-DD"); the day is the
 *         entry's local day in the offset it was written in (entryDay in domain/journal-entry.ts)
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
 * The value carries its own version so a day copied verbatim (export, import, backup) says which shape it
 * has. A future version adds `journalDayMigrations[2]` and days upgrade lazily, when read and for good on their
 * next write, never all of history at once. Entries that fail validation stay stored as they are; the UI
 * leaves them out and says so.
 *
 * No browser import here: benches, tests and export build and read stored values with the same code.
 */
import { validateJournalEntry, type JournalEntry } from '../domain/journal-entry';
import { dayOfJournalKey, JOURNAL_DAY_PREFIX, JOURNAL_DAY_VERSION, journalDayKey } from './keys';

export { dayOfJournalKey, JOURNAL_DAY_PREFIX, JOURNAL_DAY_VERSION, journalDayKey };

/** A day in the current shape; `entries` may hold damaged values, which are kept, never dropped. */
export interface JournalDay {
  v: typeof JOURNAL_DAY_VERSION;
  entries: unknown[];
}

export type JournalDayProblem = 'unreadable' | 'newer';

/** One step per version: `journalDayMigrations[n]` turns a version n-1 value into version n. None yet. */
export const journalDayMigrations: Record<number, (old: unknown) => unknown> = {};

/**
 * Reads a stored day value: missing means empty; older versions are upgraded step by step; a value of no
 * known shape, or from a newer version of Gutwise, is reported so that nobody writes over it.
 */
export function readJournalDay(raw: unknown): { ok: true; day: JournalDay } | { ok: false; problem: JournalDayProblem } {
  if (raw === undefined || raw === null) return { ok: true, day: { v: JOURNAL_DAY_VERSION, entries: [] } };
  const version = typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v) ? (raw as { v: number }).v : undefined;
  if (version === undefined || version < 1) return { ok: false, problem: 'unreadable' };
  if (version > JOURNAL_DAY_VERSION) return { ok: false, problem: 'newer' };
  let value: unknown = raw;
  for (let step = version + 1; step <= JOURNAL_DAY_VERSION; step++) value = journalDayMigrations[step]!(value);
  const entries = (value as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return { ok: false, problem: 'unreadable' };
  return { ok: true, day: { v: JOURNAL_DAY_VERSION, entries } };
}

/** The valid entries of a day, and how many stored values could not be shown. */
export function validEntries(day: JournalDay): { entries: JournalEntry[]; damaged: number } {
  const entries: JournalEntry[] = [];
  for (const value of day.entries) {
    const entry = validateJournalEntry(value);
    if (entry) entries.push(entry);
  }
  return { entries, damaged: day.entries.length - entries.length };
}

/** Builds a stored day value (benches and import write days in the current shape with it). */
export function journalDayValue(entries: readonly unknown[]): JournalDay {
  return { v: JOURNAL_DAY_VERSION, entries: [...entries] };
}
