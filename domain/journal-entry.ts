/**
 * A journal entry and the rules for a valid one: food and drink (foods as tags), stress, sleep, movement,
 * bowel movement (Bristol scale) and free notes. User input and stored values pass the same checks, so
 * nothing malformed is written and nothing malformed that is read reaches the UI.
 *
 * Time works like symptom logs (domain/log-time.ts): an instant plus the UTC offset it was written in, so an
 * entry keeps its wall-clock time after travel or a daylight-saving change.
 */
import { localDay, timeProblem, type Moment } from './log-time';
import {
  isBristolType,
  isSleepQuality,
  isStressLevel,
  type BristolType,
  type SleepQuality,
  type StressLevel,
} from './journal-scales';
import { checkTags } from './journal-tags';

export const ENTRY_KINDS = ['food', 'stress', 'sleep', 'movement', 'bowel', 'note'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** What each kind records besides time and note. */
export type EntryDetails =
  | { kind: 'food'; tags: string[] }
  | { kind: 'stress'; level: StressLevel }
  | { kind: 'sleep'; hours: number; quality: SleepQuality }
  | { kind: 'movement'; activity: string; minutes: number | null }
  | { kind: 'bowel'; bristol: BristolType }
  | { kind: 'note' };

export interface EntryMeta {
  id: string;
  /** The instant, ISO 8601 in UTC. */
  at: string;
  /** Minutes east of UTC at that instant, where the entry was written. */
  offsetMin: number;
  /** Optional note (required for the 'note' kind); empty when none. */
  note: string;
  createdAt: string;
  updatedAt: string;
}

export type JournalEntry = EntryMeta & EntryDetails;

/** What the user gives to write one entry (or the full new values of an edit). */
export interface NewEntry {
  details: EntryDetails;
  moment: Moment;
  note: string;
}

export const ENTRY_NOTE_MAX = 1000;
export const ACTIVITY_MAX = 60;
export const MINUTES_MAX = 24 * 60;

export type EntryError =
  | 'kind'
  | 'moment'
  | 'future'
  | 'offset'
  | 'note'
  | 'noteTooLong'
  | 'noteEmpty'
  | 'foodEmpty'
  | 'tagTooLong'
  | 'tooManyTags'
  | 'tagInvalid'
  | 'level'
  | 'hours'
  | 'quality'
  | 'movementEmpty'
  | 'activityTooLong'
  | 'minutes'
  | 'bristol';

const isIsoInstant = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
const isOffset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= -12 * 60 && value <= 14 * 60;
/** Sleep in quarter hours from 0 to 24. */
const isHours = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 24 && Number.isInteger(value * 4);
const isMinutes = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MINUTES_MAX);

/** Why the details cannot be saved (given the note, which some kinds may lean on), or undefined. */
export function checkDetails(details: EntryDetails, note: string): EntryError | undefined {
  switch (details?.kind) {
    case 'food': {
      if (!Array.isArray(details.tags)) return 'tagInvalid';
      const tagError = checkTags(details.tags);
      if (tagError) return tagError;
      return details.tags.length === 0 && !note.trim() ? 'foodEmpty' : undefined;
    }
    case 'stress':
      return isStressLevel(details.level) ? undefined : 'level';
    case 'sleep':
      if (!isHours(details.hours)) return 'hours';
      return isSleepQuality(details.quality) ? undefined : 'quality';
    case 'movement':
      if (typeof details.activity !== 'string') return 'movementEmpty';
      if (details.activity.trim().length > ACTIVITY_MAX) return 'activityTooLong';
      if (!isMinutes(details.minutes)) return 'minutes';
      return !details.activity.trim() && details.minutes === null ? 'movementEmpty' : undefined;
    case 'bowel':
      return isBristolType(details.bristol) ? undefined : 'bristol';
    case 'note':
      return note.trim() ? undefined : 'noteEmpty';
    default:
      return 'kind';
  }
}

/** Why `input` cannot be saved at `nowMs`, or undefined when it can. */
export function checkNewEntry(input: NewEntry, nowMs: number): EntryError | undefined {
  if (typeof input.note !== 'string') return 'note';
  if (input.note.trim().length > ENTRY_NOTE_MAX) return 'noteTooLong';
  const detailError = checkDetails(input.details, input.note);
  if (detailError) return detailError;
  const { epochMs, offsetMin } = input.moment ?? {};
  return timeProblem(epochMs, nowMs) ?? (isOffset(offsetMin) ? undefined : 'offset');
}

/** Only the fields of the kind, cleaned (trimmed text, no stray keys from a form or an old shape). */
export function cleanDetails(details: EntryDetails): EntryDetails {
  switch (details.kind) {
    case 'food':
      return { kind: 'food', tags: details.tags.map((tag) => tag.trim().replace(/\s+/g, ' ')) };
    case 'stress':
      return { kind: 'stress', level: details.level };
    case 'sleep':
      return { kind: 'sleep', hours: details.hours, quality: details.quality };
    case 'movement':
      return { kind: 'movement', activity: details.activity.trim(), minutes: details.minutes };
    case 'bowel':
      return { kind: 'bowel', bristol: details.bristol };
    default:
      return { kind: 'note' };
  }
}

/** Builds the stored record of a checked input. */
export function createEntry(input: NewEntry, id: string, nowMs: number): JournalEntry {
  const stamp = new Date(nowMs).toISOString();
  return {
    id,
    ...cleanDetails(input.details),
    at: new Date(input.moment.epochMs).toISOString(),
    offsetMin: input.moment.offsetMin,
    note: input.note.trim(),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The same entry with new values (id and creation time kept), stamped with the update time. */
export function reviseEntry(entry: JournalEntry, input: NewEntry, nowMs: number): JournalEntry {
  return { ...createEntry(input, entry.id, nowMs), createdAt: entry.createdAt };
}

/** The entry's current values as an input (to undo an edit, or prefill a form). */
export function asNewEntry(entry: JournalEntry): NewEntry {
  return { details: detailsOf(entry), moment: entryMoment(entry), note: entry.note };
}

/** The kind-specific part of an entry. */
export function detailsOf(entry: JournalEntry): EntryDetails {
  return cleanDetails(entry);
}

/** Accepts a stored entry only in the current shape, keeping only known fields; otherwise undefined. */
export function validateJournalEntry(value: unknown): JournalEntry | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !v.id || v.id.length > 100) return undefined;
  if (!isIsoInstant(v.at) || !isOffset(v.offsetMin)) return undefined;
  if (!isIsoInstant(v.createdAt) || !isIsoInstant(v.updatedAt)) return undefined;
  if (typeof v.note !== 'string' || v.note.length > ENTRY_NOTE_MAX) return undefined;
  const details = v as unknown as EntryDetails;
  if (checkDetails(details, v.note)) return undefined;
  const { id, at, offsetMin, note, createdAt, updatedAt } = v as unknown as EntryMeta;
  return { id, ...cleanDetails(details), at, offsetMin, note, createdAt, updatedAt };
}

/** The instant and offset of an entry. */
export function entryMoment(entry: Pick<EntryMeta, 'at' | 'offsetMin'>): Moment {
  return { epochMs: Date.parse(entry.at), offsetMin: entry.offsetMin };
}

/** The local calendar day an entry belongs to (in the offset it was written in). */
export function entryDay(entry: Pick<EntryMeta, 'at' | 'offsetMin'>): string {
  return localDay(Date.parse(entry.at), entry.offsetMin);
}

/** Oldest first; ties by creation, then id, so every context shows the same order. */
export function byEntryMoment(a: EntryMeta, b: EntryMeta): number {
  return Date.parse(a.at) - Date.parse(b.at) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
