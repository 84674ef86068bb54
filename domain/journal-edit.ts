/**
 * An edit of a journal entry made from the copy a page showed, applied to the copy stored now: only what the
 * user changed from what they saw is written, field by field, so an edit another page made meanwhile to another
 * field is kept (two windows, one changing the note, the other the time, both keep their change). Food tags
 * merge as a set: a tag the other page added stays, one this edit removed goes.
 */
import { canonical } from './lww-map';
import {
  asNewEntry,
  cleanDetails,
  detailsOf,
  entryMoment,
  type EntryDetails,
  type JournalEntry,
  type NewEntry,
} from './journal-entry';

const differs = (a: unknown, b: unknown) => canonical(a) !== canonical(b);

function mergeTags(seen: readonly string[], mine: readonly string[], stored: readonly string[]): string[] {
  const removed = new Set(seen.filter((tag) => !mine.includes(tag)));
  const kept = stored.filter((tag) => !removed.has(tag));
  return [...kept, ...mine.filter((tag) => !seen.includes(tag) && !kept.includes(tag))];
}

function mergeDetails(seen: EntryDetails, mine: EntryDetails, stored: EntryDetails): EntryDetails {
  if (!differs(mine, seen)) return stored;
  // A new kind, or a kind changed elsewhere too: the edit's details as a whole.
  if (mine.kind !== seen.kind || stored.kind !== seen.kind) return mine;
  if (mine.kind === 'food' && seen.kind === 'food' && stored.kind === 'food')
    return { kind: 'food', tags: mergeTags(seen.tags, mine.tags, stored.tags) };
  const [s, m, t] = [seen, mine, stored] as unknown as Record<string, unknown>[];
  return Object.fromEntries(
    Object.keys(m!).map((key) => [key, differs(m![key], s![key]) ? m![key] : t![key]]),
  ) as unknown as EntryDetails;
}

/** The values to store: `input`'s changes from `seen` (the copy edited) on top of `stored` (the copy stored now). */
export function mergeEdit(seen: JournalEntry, input: NewEntry, stored: JournalEntry): NewEntry {
  const before = asNewEntry(seen);
  return {
    details: mergeDetails(before.details, cleanDetails(input.details), detailsOf(stored)),
    moment: differs(input.moment, before.moment) ? input.moment : entryMoment(stored),
    note: input.note.trim() !== before.note ? input.note : stored.note,
  };
}

/** Whether `input` moves the entry's time away from the copy the user saw. */
export function movesTime(seen: JournalEntry, input: NewEntry): boolean {
  return differs(input.moment, entryMoment(seen));
}
