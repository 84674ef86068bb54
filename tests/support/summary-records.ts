/** Stored-shape logs and entries for summary tests, written at a given local day and time (UTC offset given). */
import type { EntryDetails, JournalEntry } from '../../domain/journal-entry';
import type { SymptomLog } from '../../domain/symptom-log';
import type { Severity } from '../../domain/symptoms';
import { summarizeDays } from '../../domain/insights/day-summary';
import type { MigrationContext } from '../../storage/day-records';
import { historyKey, readEntriesPart, readLogsPart } from '../../storage/journal-history';
import type { MemoryArea } from './memory-area';

let next = 0;
const instant = (day: string, time: string, offsetMin: number) =>
  new Date(Date.parse(`${day}T${time}:00Z`) - offsetMin * 60_000).toISOString();

/** A symptom log at `day` `time` (wall clock at `offsetMin`). */
export function logAt(day: string, time: string, symptomId: string, severity: Severity, note = '', offsetMin = 0): SymptomLog {
  const at = instant(day, time, offsetMin);
  return { id: `log-${++next}`, symptomId, severity, at, offsetMin, note, createdAt: at, updatedAt: at };
}

/** A journal entry at `day` `time`. */
export function entryAt(day: string, time: string, details: EntryDetails, note = '', offsetMin = 0): JournalEntry {
  const at = instant(day, time, offsetMin);
  return { id: `entry-${++next}`, at, offsetMin, note, createdAt: at, updatedAt: at, ...details };
}

/** What the summaries must equal: every stored day of `area` read from its records. */
export function recomputed(area: MemoryArea, context: MigrationContext) {
  const logs: SymptomLog[] = [];
  const entries: JournalEntry[] = [];
  for (const [key, raw] of Object.entries(area.dump())) {
    const found = historyKey(key);
    if (!found) continue;
    if (found.part === 'logs') logs.push(...readLogsPart(raw, context).items);
    else entries.push(...readEntriesPart(raw, context).items);
  }
  return summarizeDays(logs, entries);
}
