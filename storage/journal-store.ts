/**
 * The journal store: add, edit, delete, undo, read a day, on the day store it shares with the symptom logs
 * (storage/day-store.ts: one day's lock per write, so concurrent writers never lose an entry).
 *
 * Area, lock, clock and id source are parameters: the extension passes browser storage and Web Locks,
 * tests pass the fake browser and their own clock.
 */
import {
  checkNewEntry,
  createEntry,
  entryDay,
  entryMoment,
  reviseEntry,
  validateJournalEntry,
  type EntryError,
  type JournalEntry,
  type NewEntry,
} from '../domain/journal-entry';
import { mergeEdit, movesTime } from '../domain/journal-edit';
import { createDayStore, type DayStoreDeps } from './day-store';
import { DayStoreError, type DayStoreErrorCode } from './day-store-error';
import { JOURNAL_DAYS } from './journal-days';

export type JournalStoreErrorCode = DayStoreErrorCode;

/** The journal store's error (storage/day-store-error.ts). */
export class JournalStoreError extends DayStoreError<EntryError> {
  constructor(code: JournalStoreErrorCode, detail?: string, options?: { cause?: unknown }) {
    super('journal store', code, detail, options);
    this.name = 'JournalStoreError';
  }
}

export type JournalStoreDeps = DayStoreDeps;

export interface JournalStore {
  /** Checks the input (a bad one writes nothing), then saves it; returns the saved entry. */
  add(input: NewEntry): Promise<JournalEntry>;
  /**
   * Writes the fields `input` changes from `entry` (the copy the user edited) onto the stored entry, keeping
   * what another context changed meanwhile in other fields (domain/journal-edit.ts); id and creation kept. Moves
   * it to another day's key when its day changes, in one write of both days. With `ifUnchanged` (an Undo), an
   * entry changed elsewhere since `entry` was read is refused ('changed') rather than written over.
   */
  update(entry: JournalEntry, input: NewEntry, options?: { ifUnchanged?: boolean }): Promise<JournalEntry>;
  /** Deletes the entry; resolves with the stored copy it removed, or undefined when it was not there (deleting twice is harmless). */
  remove(entry: JournalEntry): Promise<JournalEntry | undefined>;
  /**
   * Puts deleted entries back as they were (undo). An entry whose id is stored again meanwhile is left alone
   * and the call then fails with 'changed', after putting back the others.
   */
  restore(entries: readonly JournalEntry[]): Promise<void>;
  /** The valid entries of a local day, oldest first. */
  listDay(day: string): Promise<JournalEntry[]>;
  /** Every day that has a stored value, oldest first, without reading any entry. */
  listDays(): Promise<string[]>;
  /** Calls back with the day's entries whenever any context changes them. Returns the unsubscribe function. */
  watchDay(day: string, callback: (entries: JournalEntry[]) => void): () => void;
}

const dayOfMoment = (input: NewEntry) =>
  entryDay({ at: new Date(input.moment.epochMs).toISOString(), offsetMin: input.moment.offsetMin });

/** Creates a store over the given area, lock and clock. */
export function createJournalStore(deps: JournalStoreDeps): JournalStore {
  const { clock } = deps;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const days = createDayStore(JOURNAL_DAYS, (code, detail, options) => new JournalStoreError(code, detail, options), deps);

  async function update(entry: JournalEntry, input: NewEntry, options: { ifUnchanged?: boolean } = {}): Promise<JournalEntry> {
    const moves = movesTime(entry, input);
    // Checked as typed first (a bad edit writes nothing); a time left as it was is judged against itself, not
    // against a clock that may have moved back since.
    const checkAt = (values: NewEntry) => {
      const now = clock.now();
      const error = checkNewEntry(values, moves ? now : Math.max(now, values.moment.epochMs));
      if (error) throw new JournalStoreError('invalid', error);
    };
    checkAt(moves ? input : { ...input, moment: entryMoment(entry) });
    return days.revise(entry, moves ? dayOfMoment(input) : entryDay(entry), (stored) => {
      if (options.ifUnchanged && stored.updatedAt !== entry.updatedAt) throw new JournalStoreError('changed', entry.id);
      const merged = mergeEdit(entry, input, stored);
      checkAt(merged);
      return reviseEntry(stored, merged, clock.now());
    });
  }

  return {
    async add(input) {
      const error = checkNewEntry(input, clock.now());
      if (error) throw new JournalStoreError('invalid', error);
      const entry = createEntry(input, newId(), clock.now());
      await days.modifyDay(entryDay(entry), (stored) => ({ stored: [...stored, entry], result: undefined }));
      return entry;
    },
    update,
    remove: days.remove,
    async restore(entries) {
      const valid = entries.map((entry) => validateJournalEntry(entry));
      if (valid.some((entry) => !entry)) throw new JournalStoreError('invalid', 'restore');
      const { present } = await days.addMissing(valid as JournalEntry[]);
      if (present > 0) throw new JournalStoreError('changed', 'restore');
    },
    listDay: days.listDay,
    listDays: days.storedDays,
    watchDay: days.watchDay,
  };
}
