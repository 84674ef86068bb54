/**
 * The notes of a period the user may choose to print: every symptom log and journal entry with a note,
 * oldest first. Red-flag logs print their notes anyway; everything else is left out unless ticked.
 */
import { entryDay, type EntryKind, type JournalEntry } from '../journal-entry';
import { localTime } from '../log-time';
import { logDay, type SymptomLog } from '../symptom-log';
import { inPeriod, type SummaryPeriod } from './period';

export interface NoteChoice {
  /** "log:<id>" or "entry:<id>": unique across both. */
  key: string;
  day: string;
  /** Wall-clock time where it was written ("07:05"). */
  time: string;
  text: string;
  /** What the note was written on: a symptom (its id) or a journal entry (its kind). */
  on: { kind: 'log'; symptomId: string } | { kind: 'entry'; entryKind: EntryKind };
  /** For sorting: the instant. */
  at: number;
}

/** Notes written in the period, oldest first. */
export function notesIn(
  logs: Iterable<SymptomLog>,
  entries: Iterable<JournalEntry>,
  period: Pick<SummaryPeriod, 'first' | 'last'>,
): NoteChoice[] {
  const notes: NoteChoice[] = [];
  for (const log of logs) {
    const day = logDay(log);
    if (!log.note.trim() || !inPeriod(period, day)) continue;
    const at = Date.parse(log.at);
    notes.push({
      key: `log:${log.id}`,
      day,
      time: localTime(at, log.offsetMin),
      text: log.note.trim(),
      on: { kind: 'log', symptomId: log.symptomId },
      at,
    });
  }
  for (const entry of entries) {
    const day = entryDay(entry);
    if (!entry.note.trim() || !inPeriod(period, day)) continue;
    const at = Date.parse(entry.at);
    notes.push({
      key: `entry:${entry.id}`,
      day,
      time: localTime(at, entry.offsetMin),
      text: entry.note.trim(),
      on: { kind: 'entry', entryKind: entry.kind },
      at,
    });
  }
  return notes.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
}
