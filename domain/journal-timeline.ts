/**
 * One day's timeline: journal entries and the popup's symptom logs merged in time order. Each item keeps
 * its own type, so the UI edits a log through the symptom log store and an entry through the journal store.
 */
import { byEntryMoment, type EntryKind, type JournalEntry } from './journal-entry';
import { byMoment, type SymptomLog } from './symptom-log';

export type TimelineItem = { type: 'entry'; entry: JournalEntry } | { type: 'log'; log: SymptomLog };

/** The kinds the timeline can be filtered by: every entry kind, plus symptom logs. */
export type ItemKind = EntryKind | 'symptom';

/** The stored record behind an item. */
export const recordOf = (item: TimelineItem): JournalEntry | SymptomLog => (item.type === 'entry' ? item.entry : item.log);

/** The item's kind for filters. */
export const kindOf = (item: TimelineItem): ItemKind => (item.type === 'entry' ? item.entry.kind : 'symptom');

/** A key unique across both stores (ids come from separate stores, so they are prefixed). */
export const itemKey = (item: TimelineItem): string => `${item.type}:${recordOf(item).id}`;

/**
 * Oldest first. Items at the same instant keep the order they were written in (creation time), so "ate at
 * 12:00" and "bloating at 12:00" read in the order the user recorded them; entries and logs never interleave
 * differently in two contexts.
 */
export function byItemMoment(a: TimelineItem, b: TimelineItem): number {
  const ra = recordOf(a);
  const rb = recordOf(b);
  return (
    Date.parse(ra.at) - Date.parse(rb.at) || ra.createdAt.localeCompare(rb.createdAt) || itemKey(a).localeCompare(itemKey(b))
  );
}

/** Merges a day's entries and logs (each in any order) into one list, oldest first. */
export function mergeTimeline(entries: readonly JournalEntry[], logs: readonly SymptomLog[]): TimelineItem[] {
  const sortedEntries = [...entries].sort(byEntryMoment);
  const sortedLogs = [...logs].sort(byMoment);
  const merged: TimelineItem[] = [];
  let i = 0;
  let j = 0;
  while (i < sortedEntries.length || j < sortedLogs.length) {
    const entry: TimelineItem | undefined = i < sortedEntries.length ? { type: 'entry', entry: sortedEntries[i]! } : undefined;
    const log: TimelineItem | undefined = j < sortedLogs.length ? { type: 'log', log: sortedLogs[j]! } : undefined;
    if (entry && (!log || byItemMoment(entry, log) <= 0)) {
      merged.push(entry);
      i += 1;
    } else {
      merged.push(log!);
      j += 1;
    }
  }
  return merged;
}
