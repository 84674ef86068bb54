/**
 * One local day of the user's records boiled down to what Insights reads: each symptom's highest and average
 * severity, food tags, stress, sleep, movement and Bristol types. Plain JSON, so the same shape can be kept in
 * storage as a compact daily summary and read back years at a time without reading every record.
 */
import type { JournalEntry } from '../journal-entry';
import { entryDay } from '../journal-entry';
import { tagKey } from '../journal-tags';
import type { LocalDate } from '../local-date';
import type { SymptomLog } from '../symptom-log';
import { logDay } from '../symptom-log';

export interface SymptomDay {
  /** The highest severity logged that day. */
  max: number;
  /** Sum and count of the day's severities (the average is sum / count; sums add up across a merge). */
  sum: number;
  count: number;
}

export interface DaySummary {
  day: LocalDate;
  /** Symptom id → that day's severities; a symptom not logged that day is absent. */
  symptoms: Record<string, SymptomDay>;
  /** Food tag keys (case and accents folded) → the spelling first seen; null when no food was written that day. */
  foods: Record<string, string> | null;
  /** The highest stress level written that day; null when none. */
  stress: number | null;
  /** Hours slept (summed over the day's sleep entries) and the lowest quality given; null when none. */
  sleep: { hours: number; quality: number } | null;
  /** Whether any movement was written that day. */
  movement: boolean;
  /** Whether anything at all was written in the journal that day. */
  journal: boolean;
  /** The Bristol types written that day, in order. */
  bristol: number[];
}

/** A day with nothing recorded. */
export function emptyDay(day: LocalDate): DaySummary {
  return { day, symptoms: {}, foods: null, stress: null, sleep: null, movement: false, journal: false, bristol: [] };
}

/** Adds one symptom log to a day's summary (in place). */
export function addLog(summary: DaySummary, log: Pick<SymptomLog, 'symptomId' | 'severity'>): void {
  const known = summary.symptoms[log.symptomId];
  if (known) {
    known.max = Math.max(known.max, log.severity);
    known.sum += log.severity;
    known.count += 1;
  } else summary.symptoms[log.symptomId] = { max: log.severity, sum: log.severity, count: 1 };
}

/** Adds one journal entry to a day's summary (in place). */
export function addEntry(summary: DaySummary, entry: JournalEntry): void {
  summary.journal = true;
  switch (entry.kind) {
    case 'food':
      summary.foods ??= {};
      for (const tag of entry.tags) {
        const key = tagKey(tag);
        if (key && !(key in summary.foods)) summary.foods[key] = tag;
      }
      break;
    case 'stress':
      summary.stress = Math.max(summary.stress ?? 0, entry.level);
      break;
    case 'sleep':
      summary.sleep = summary.sleep
        ? { hours: summary.sleep.hours + entry.hours, quality: Math.min(summary.sleep.quality, entry.quality) }
        : { hours: entry.hours, quality: entry.quality };
      break;
    case 'movement':
      summary.movement = true;
      break;
    case 'bowel':
      summary.bristol.push(entry.bristol);
      break;
    default:
      break;
  }
}

/** Summaries of every day that has a log or an entry, oldest first. */
export function summarizeDays(logs: Iterable<SymptomLog>, entries: Iterable<JournalEntry>): DaySummary[] {
  const days = new Map<LocalDate, DaySummary>();
  const dayOf = (day: LocalDate) => {
    let summary = days.get(day);
    if (!summary) days.set(day, (summary = emptyDay(day)));
    return summary;
  };
  for (const log of logs) addLog(dayOf(logDay(log)), log);
  for (const entry of entries) addEntry(dayOf(entryDay(entry)), entry);
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Whether any symptom was logged that day (a symptom not logged on such a day counts as none, 0). */
export const hasSymptomLogs = (summary: DaySummary): boolean => Object.keys(summary.symptoms).length > 0;
