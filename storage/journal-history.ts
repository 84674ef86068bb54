/**
 * Reading the journal's history: which days have journal entries or symptom logs (from the key names alone),
 * and the contents of many days in one storage call. Both kinds of day are decoded as the stores decode them
 * (storage/day-records.ts), so old shapes upgrade the same way here.
 */
import { systemClock } from '../domain/clock';
import type { JournalEntry } from '../domain/journal-entry';
import type { SymptomLog } from '../domain/symptom-log';
import { decodeDay, type DayFormat, type DecodedDay, type MigrationContext } from './day-records';
import type { KeyValueArea } from './key-value-area';
import { dayOfJournalKey, journalDayKey, dayOfLogKey, logDayKey } from './keys';
import { JOURNAL_DAYS } from './journal-days';
import { LOG_DAYS } from './symptom-log-days';

/** What of one stored part of a day could not be shown (it stays in storage as it is). */
export interface PartProblems {
  /** Stored values that fail validation. */
  damaged: number;
  /** The whole value cannot be read (unknown shape, or a newer version of Gutwise). */
  unreadable: boolean;
}

/** One day of history: valid entries and logs, each oldest first, and what could not be shown. */
export interface HistoryDay {
  entries: JournalEntry[];
  logs: SymptomLog[];
  problems: { entries: PartProblems; logs: PartProblems };
}

const NO_PROBLEMS: PartProblems = { damaged: 0, unreadable: false };
export const EMPTY_HISTORY_DAY: HistoryDay = { entries: [], logs: [], problems: { entries: NO_PROBLEMS, logs: NO_PROBLEMS } };

/** How many stored values of the day cannot be shown, and whether a whole part cannot be read. */
export function dayProblems(day: HistoryDay): PartProblems {
  const { entries, logs } = day.problems;
  return { damaged: entries.damaged + logs.damaged, unreadable: entries.unreadable || logs.unreadable };
}

/** Which part of a day a storage key holds, or undefined for keys that are not history. */
export function historyKey(key: string): { day: string; part: 'entries' | 'logs' } | undefined {
  const journalDay = dayOfJournalKey(key);
  if (journalDay) return { day: journalDay, part: 'entries' };
  const logDay = dayOfLogKey(key);
  return logDay ? { day: logDay, part: 'logs' } : undefined;
}

/** One part of a day from its raw stored value, decoded as the stores decode it (storage/day-records.ts). */
function readPart<R>(format: DayFormat<R>, raw: unknown, context: MigrationContext): { items: R[]; problems: PartProblems } {
  const { items, damaged, unreadable }: DecodedDay<R> = decodeDay(format, raw, context);
  return { items, problems: { damaged, unreadable } };
}

/** A day's journal entries from their raw stored value, oldest first. */
export const readEntriesPart = (raw: unknown, context: MigrationContext = systemClock) => readPart(JOURNAL_DAYS, raw, context);

/** A day's symptom logs from their raw stored value, oldest first. */
export const readLogsPart = (raw: unknown, context: MigrationContext) => readPart(LOG_DAYS, raw, context);

/** `day` with one part replaced by its new raw stored value. */
export function withPart(day: HistoryDay, part: 'entries' | 'logs', raw: unknown, context: MigrationContext): HistoryDay {
  if (part === 'entries') {
    const read = readEntriesPart(raw);
    return { ...day, entries: read.items, problems: { ...day.problems, entries: read.problems } };
  }
  const read = readLogsPart(raw, context);
  return { ...day, logs: read.items, problems: { ...day.problems, logs: read.problems } };
}

/** A day from its two raw stored values. */
export function historyDay(rawEntries: unknown, rawLogs: unknown, context: MigrationContext): HistoryDay {
  return withPart(withPart(EMPTY_HISTORY_DAY, 'entries', rawEntries, context), 'logs', rawLogs, context);
}

/** Which days have journal entries and which have symptom logs, from key names alone (no value is read). */
export async function listHistoryDays(area: KeyValueArea): Promise<{ journal: Set<string>; logs: Set<string> }> {
  const days = { journal: new Set<string>(), logs: new Set<string>() };
  for (const key of await area.keys()) {
    const found = historyKey(key);
    if (found) (found.part === 'entries' ? days.journal : days.logs).add(found.day);
  }
  return days;
}

/** Reads the given days in one storage call. */
export async function readHistoryDays(
  area: KeyValueArea,
  days: readonly string[],
  context: MigrationContext,
): Promise<Map<string, HistoryDay>> {
  const keys = days.flatMap((day) => [journalDayKey(day), logDayKey(day)]);
  const raw = keys.length ? await area.get(keys) : {};
  return new Map(days.map((day) => [day, historyDay(raw[journalDayKey(day)], raw[logDayKey(day)], context)]));
}
