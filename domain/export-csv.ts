/**
 * The CSV files: symptom logs and journal entries, one row each, oldest first, with the local date and time
 * they were recorded in (ISO 8601: 2026-11-26, 07:05, +01:00) and the UTC instant. Column names are fixed
 * English identifiers, the same in every language, so a spreadsheet or script can rely on them.
 */
import { toCsv, verbatim } from './csv';
import { byEntryMoment, type JournalEntry } from './journal-entry';
import { localDay, localTime } from './log-time';
import { byMoment, type SymptomLog } from './symptom-log';

export const LOG_COLUMNS = [
  'date',
  'time',
  'utc_offset',
  'symptom',
  'severity',
  'note',
  'symptom_id',
  'recorded_at_utc',
  'id',
] as const;
export const JOURNAL_COLUMNS = [
  'date',
  'time',
  'utc_offset',
  'kind',
  'foods',
  'stress_level',
  'sleep_hours',
  'sleep_quality',
  'activity',
  'minutes',
  'bristol_type',
  'note',
  'recorded_at_utc',
  'id',
] as const;

/** "+01:00", "-05:30". */
export function formatOffset(offsetMin: number): string {
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const when = (item: { at: string; offsetMin: number }) => {
  const ms = Date.parse(item.at);
  return [localDay(ms, item.offsetMin), localTime(ms, item.offsetMin), verbatim(formatOffset(item.offsetMin))];
};

/** The symptom logs as CSV; `nameOf` gives the name the user sees for a symptom id. */
export function logsCsv(logs: readonly SymptomLog[], nameOf: (symptomId: string) => string): string {
  const rows = [...logs]
    .sort(byMoment)
    .map((log) => [...when(log), nameOf(log.symptomId), log.severity, log.note, log.symptomId, log.at, log.id]);
  return toCsv(LOG_COLUMNS, rows);
}

/** The journal entries as CSV: one column per kind's detail, empty where the kind has none. Foods are joined with "; ". */
export function journalCsv(entries: readonly JournalEntry[]): string {
  const rows = [...entries]
    .sort(byEntryMoment)
    .map((entry) => [
      ...when(entry),
      entry.kind,
      entry.kind === 'food' ? entry.tags.join('; ') : null,
      entry.kind === 'stress' ? entry.level : null,
      entry.kind === 'sleep' ? entry.hours : null,
      entry.kind === 'sleep' ? entry.quality : null,
      entry.kind === 'movement' ? entry.activity : null,
      entry.kind === 'movement' ? entry.minutes : null,
      entry.kind === 'bowel' ? entry.bristol : null,
      entry.note,
      entry.at,
      entry.id,
    ]);
  return toCsv(JOURNAL_COLUMNS, rows);
}
