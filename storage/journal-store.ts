/**
 * The journal store: add, edit, delete, undo, read a day. The same pattern as the symptom log store
 * (storage/symptom-log-store.ts): every write is a read-modify-write of one day's key under that day's lock,
 * shared by every context, so concurrent writers never lose an entry and no write grows with the history.
 * Stored values that fail validation are written back untouched, never dropped.
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
  byEntryMoment,
  type JournalEntry,
  type NewEntry,
} from '../domain/journal-entry';
import { mergeEdit, movesTime } from '../domain/journal-edit';
import type { KeyValueArea } from './key-value-area';
import type { WithLock } from './locks';
import {
  dayOfJournalKey,
  journalDayKey,
  journalDayValue,
  readJournalDay,
  validEntries,
  type JournalDayProblem,
} from './journal-days';
import type { Clock } from '../domain/clock';

/** `changed`: another context changed or re-added the entry since this page read it (an Undo would overwrite that). */
export type JournalStoreErrorCode = 'invalid' | 'unreadableDay' | 'newerDay' | 'notFound' | 'changed' | 'writeFailed';

/** A write the store refused or could not make; nothing was changed. `detail` names the bad field or day. */
export class JournalStoreError extends Error {
  constructor(
    readonly code: JournalStoreErrorCode,
    readonly detail?: string,
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

const problemCode = (problem: JournalDayProblem): JournalStoreErrorCode => (problem === 'newer' ? 'newerDay' : 'unreadableDay');
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined);
const dayOfMoment = (input: NewEntry) =>
  entryDay({ at: new Date(input.moment.epochMs).toISOString(), offsetMin: input.moment.offsetMin });

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
    const from = entryDay(entry);
    const to = moves ? dayOfMoment(input) : from;
    const revise = (values: unknown[]) => {
      const index = values.findIndex((value) => idOf(value) === entry.id && validateJournalEntry(value));
      if (index < 0) throw new JournalStoreError('notFound', entry.id);
      const stored = validateJournalEntry(values[index])!;
      if (options.ifUnchanged && stored.updatedAt !== entry.updatedAt) throw new JournalStoreError('changed', entry.id);
      const merged = mergeEdit(entry, input, stored);
      checkAt(merged);
      return { index, next: reviseEntry(stored, merged, clock.now()) };
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
        const [fromKey, toKey] = [journalDayKey(from), journalDayKey(to)];
        const raw = await area.get([fromKey, toKey]);
        const [fromRead, toRead] = [readJournalDay(raw[fromKey]), readJournalDay(raw[toKey])];
        if (!fromRead.ok) throw new JournalStoreError(problemCode(fromRead.problem), from);
        if (!toRead.ok) throw new JournalStoreError(problemCode(toRead.problem), to);
        const { next } = revise([...fromRead.day.entries]);
        const left = fromRead.day.entries.filter((v) => idOf(v) !== entry.id);
        // One write of both days, so the entry is never stored twice nor nowhere; an emptied day goes after.
        try {
          await area.set({
            [toKey]: journalDayValue([...toRead.day.entries.filter((v) => idOf(v) !== entry.id), next]),
            [fromKey]: journalDayValue(left),
          });
        } catch (cause) {
          throw new JournalStoreError('writeFailed', to, { cause });
        }
        if (left.length === 0) await area.remove([fromKey]).catch(() => undefined);
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
        const removed = values.map(validateJournalEntry).find((value) => value?.id === entry.id);
        return { values: kept, result: kept.length !== values.length ? (removed ?? entry) : undefined };
      });
    },
    async restore(entries) {
      const valid = entries.map((entry) => validateJournalEntry(entry));
      if (valid.some((entry) => !entry)) throw new JournalStoreError('invalid', 'restore');
      const byDay = new Map<string, JournalEntry[]>();
      for (const entry of valid as JournalEntry[]) byDay.set(entryDay(entry), [...(byDay.get(entryDay(entry)) ?? []), entry]);
      let refused = 0;
      for (const [day, dayEntries] of byDay) {
        await modifyDay(day, (values) => {
          const present = new Set(values.map(idOf));
          const missing = dayEntries.filter((entry) => !present.has(entry.id));
          refused += dayEntries.length - missing.length;
          return { values: [...values, ...missing], result: undefined };
        });
      }
      if (refused > 0) throw new JournalStoreError('changed', 'restore');
    },
    async listDay(day) {
      const key = journalDayKey(day);
      return entriesOf((await area.get([key]))[key]);
    },
    async listDays() {
      return (await area.keys())
        .map(dayOfJournalKey)
        .filter((day): day is string => day !== undefined)
        .sort();
    },
    watchDay(day, callback) {
      return area.watch(journalDayKey(day), (raw) => callback(entriesOf(raw)));
    },
  };
}
