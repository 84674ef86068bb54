/**
 * The journal store: add, edit, delete, undo, read a day. The same pattern as the symptom log store
 * (storage/symptom-log-store.ts): every write is a read-modify-write of one day's key under that day's lock,
 * shared by every context, so concurrent writers never lose an entry and no write grows with the history.
 * Stored values that fail validation are written back untouched, never dropped.
 *
 * Area, lock, clock and id source are parameters: the extension passes browser storage and Web Locks,
 * tests pass the fake browser and their own clock.
 */
import type { Clock } from '../domain/log-time';
import { checkNewEntry, createEntry, entryDay, reviseEntry, validateJournalEntry, byEntryMoment, type EntryError, type JournalEntry, type NewEntry } from '../domain/journal-entry';
import type { KeyValueArea } from './key-value-area';
import type { WithLock } from './locks';
import { dayOfJournalKey, journalDayKey, journalDayValue, readJournalDay, validEntries, type JournalDayProblem } from './journal-days';

export type JournalStoreErrorCode = 'invalid' | 'unreadableDay' | 'newerDay' | 'notFound' | 'writeFailed';

/** A write the store refused or could not make; nothing was changed. `detail` names the bad field or day. */
export class JournalStoreError extends Error {
  constructor(
    readonly code: JournalStoreErrorCode,
    readonly detail?: EntryError | string,
    options?: { cause?: unknown },
  ) {
    super(`journal store: ${code}${detail ? ` (${detail})` : ''}`, options);
    this.name = 'JournalStoreError';
  }
}

export interface JournalStoreDeps {
  area: KeyValueArea;
  lock: WithLock;
  clock: Clock;
  newId?: () => string;
}

export interface JournalStore {
  /** Checks the input (a bad one writes nothing), then saves it; returns the saved entry. */
  add(input: NewEntry): Promise<JournalEntry>;
  /** Replaces the stored entry's values (id and creation kept); moves it to another day's key when its day changes. */
  update(entry: JournalEntry, input: NewEntry): Promise<JournalEntry>;
  /** Deletes the entry; true if it was there (deleting twice is harmless). */
  remove(entry: JournalEntry): Promise<boolean>;
  /** Puts deleted entries back as they were (undo); entries already present are left alone. */
  restore(entries: readonly JournalEntry[]): Promise<void>;
  /** The valid entries of a local day, oldest first. */
  listDay(day: string): Promise<JournalEntry[]>;
  /** Every day that has a stored value, oldest first, without reading any entry. */
  listDays(): Promise<string[]>;
  /** Calls back with the day's entries whenever any context changes them. Returns the unsubscribe function. */
  watchDay(day: string, callback: (entries: JournalEntry[]) => void): () => void;
}

const problemCode = (problem: JournalDayProblem): JournalStoreErrorCode => (problem === 'newer' ? 'newerDay' : 'unreadableDay');
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined);
const dayOfMoment = (input: NewEntry) => entryDay({ at: new Date(input.moment.epochMs).toISOString(), offsetMin: input.moment.offsetMin });

/** Creates a store over the given area, lock and clock. */
export function createJournalStore(deps: JournalStoreDeps): JournalStore {
  const { area, lock, clock } = deps;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  /** Reads a day (its lock already held), lets `change` rewrite its stored values, writes it back or removes it when empty. */
  async function modifyDayLocked<T>(day: string, change: (values: unknown[]) => { values: unknown[]; result: T }): Promise<T> {
    const key = journalDayKey(day);
    const read = readJournalDay((await area.get([key]))[key]);
    if (!read.ok) throw new JournalStoreError(problemCode(read.problem), day);
    const { values, result } = change([...read.day.entries]);
    try {
      if (values.length === 0) await area.remove([key]);
      else await area.set({ [key]: journalDayValue(values) });
    } catch (cause) {
      throw new JournalStoreError('writeFailed', day, { cause });
    }
    return result;
  }
  const modifyDay = <T>(day: string, change: (values: unknown[]) => { values: unknown[]; result: T }) =>
    lock(journalDayKey(day), () => modifyDayLocked(day, change));

  const check = (input: NewEntry) => {
    const error = checkNewEntry(input, clock.now());
    if (error) throw new JournalStoreError('invalid', error);
  };

  async function update(entry: JournalEntry, input: NewEntry): Promise<JournalEntry> {
    check(input);
    const from = entryDay(entry);
    const to = dayOfMoment(input);
    const revise = (values: unknown[]) => {
      const index = values.findIndex((value) => idOf(value) === entry.id && validateJournalEntry(value));
      if (index < 0) throw new JournalStoreError('notFound', entry.id);
      return { index, next: reviseEntry(validateJournalEntry(values[index])!, input, clock.now()) };
    };
    if (from === to) {
      return modifyDay(from, (values) => {
        const { index, next } = revise(values);
        values[index] = next;
        return { values, result: next };
      });
    }
    // Both days' locks, always in the same order, so two movers can never wait on each other.
    const [first, second] = [from, to].sort() as [string, string];
    return lock(journalDayKey(first), () =>
      lock(journalDayKey(second), async () => {
        const key = journalDayKey(from);
        const read = readJournalDay((await area.get([key]))[key]);
        if (!read.ok) throw new JournalStoreError(problemCode(read.problem), from);
        const { next } = revise([...read.day.entries]);
        await modifyDayLocked(to, (values) => ({ values: [...values.filter((v) => idOf(v) !== entry.id), next], result: undefined }));
        await modifyDayLocked(from, (values) => ({ values: values.filter((v) => idOf(v) !== entry.id), result: undefined }));
        return next;
      }),
    );
  }

  const entriesOf = (raw: unknown) => {
    const read = readJournalDay(raw);
    return read.ok ? validEntries(read.day).entries.sort(byEntryMoment) : [];
  };

  return {
    async add(input) {
      check(input);
      const entry = createEntry(input, newId(), clock.now());
      await modifyDay(entryDay(entry), (values) => ({ values: [...values, entry], result: undefined }));
      return entry;
    },
    update,
    async remove(entry) {
      return modifyDay(entryDay(entry), (values) => {
        const kept = values.filter((value) => idOf(value) !== entry.id);
        return { values: kept, result: kept.length !== values.length };
      });
    },
    async restore(entries) {
      const valid = entries.map((entry) => validateJournalEntry(entry));
      if (valid.some((entry) => !entry)) throw new JournalStoreError('invalid', 'restore');
      const byDay = new Map<string, JournalEntry[]>();
      for (const entry of valid as JournalEntry[]) byDay.set(entryDay(entry), [...(byDay.get(entryDay(entry)) ?? []), entry]);
      for (const [day, dayEntries] of byDay) {
        await modifyDay(day, (values) => {
          const present = new Set(values.map(idOf));
          return { values: [...values, ...dayEntries.filter((entry) => !present.has(entry.id))], result: undefined };
        });
      }
    },
    async listDay(day) {
      const key = journalDayKey(day);
      return entriesOf((await area.get([key]))[key]);
    },
    async listDays() {
      return (await area.keys()).map(dayOfJournalKey).filter((day): day is string => day !== undefined).sort();
    },
    watchDay(day, callback) {
      return area.watch(journalDayKey(day), (raw) => callback(entriesOf(raw)));
    },
  };
}
