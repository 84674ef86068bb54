/**
 * The store of records kept by day, shared by symptom logs and journal entries: every write is a
 * read-modify-write of one day's key under that day's lock (shared by popup, side panel and background), so
 * concurrent writers never lose a record and no write grows with the history. Stored values that fail
 * validation are written back untouched, never dropped.
 *
 * Area, lock and clock are parameters: the extension passes browser storage and Web Locks (through the
 * month summaries' area, storage/day-summaries.ts), tests pass the fake browser and their own clock.
 */
import type { Clock } from '../domain/clock';
import { dayValue, decodeDay, readDay, type DayFormat, type DayProblem } from './day-records';
import type { DayStoreErrors } from './day-store-error';
import type { KeyValueArea } from './key-value-area';
import type { WithLock } from './locks';

export interface DayStoreDeps {
  area: KeyValueArea;
  lock: WithLock;
  clock: Clock;
  newId?: () => string;
}

export interface DayStore<R extends { id: string }> {
  /** Reads a day under its lock, lets `change` rewrite its stored values, writes it back (or removes it when empty). */
  modifyDay<T>(day: string, change: (stored: unknown[]) => { stored: unknown[]; result: T }): Promise<T>;
  /**
   * Adds the records whose id is not stored yet, day by day; returns how many were there already. With
   * `allOrNothing`, a failure takes back what the call added before it is reported.
   */
  addMissing(records: readonly R[], options?: { allOrNothing?: boolean }): Promise<{ present: number }>;
  /**
   * Writes `change(stored)` in place of the stored copy of `record`, moving it to the key of `to` when its day
   * changes (one write of both days). `change` may throw to refuse.
   */
  revise(record: R, to: string, change: (stored: R) => R): Promise<R>;
  /** Deletes the record; resolves with the stored copy it removed, or undefined when it was not there. */
  remove: (record: R) => Promise<R | undefined>;
  /** The valid records of a local day, oldest first. */
  listDay: (day: string) => Promise<R[]>;
  /** The valid records of the given days, in one read. */
  listDays(days: readonly string[]): Promise<R[]>;
  /** Every day that has a stored value, oldest first, without reading any record. */
  storedDays: () => Promise<string[]>;
  /** Calls back with the day's records whenever any context changes them. Returns the unsubscribe function. */
  watchDay: (day: string, callback: (records: R[]) => void) => () => void;
}

const problemCode = (problem: DayProblem) => (problem === 'newer' ? 'newerDay' : 'unreadableDay');
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined);

/** Groups records by local day, keeping their order (Map.groupBy needs Node 21). */
function groupByDay<R>(records: readonly R[], dayOf: (record: R) => string): Map<string, R[]> {
  const days = new Map<string, R[]>();
  for (const record of records) days.set(dayOf(record), [...(days.get(dayOf(record)) ?? []), record]);
  return days;
}

/** A day store of `format` over the given area, lock and clock; its refusals are made by `errors`. */
export function createDayStore<R extends { id: string }>(
  format: DayFormat<R>,
  errors: DayStoreErrors,
  deps: DayStoreDeps,
): DayStore<R> {
  const { area, lock, clock } = deps;
  const read = (raw: unknown, day: string) => {
    const result = readDay(format, raw, clock);
    if (!result.ok) throw errors(problemCode(result.problem), day);
    return result.stored;
  };
  const write = async (items: Record<string, unknown>, day: string) => {
    try {
      await area.set(items);
    } catch (cause) {
      throw errors('writeFailed', day, { cause });
    }
  };

  async function modifyDayLocked<T>(day: string, change: (stored: unknown[]) => { stored: unknown[]; result: T }): Promise<T> {
    const key = format.keyOf(day);
    const { stored, result } = change([...read((await area.get([key]))[key], day)]);
    if (stored.length === 0) {
      try {
        await area.remove([key]);
      } catch (cause) {
        throw errors('writeFailed', day, { cause });
      }
    } else await write({ [key]: dayValue(format, stored) }, day);
    return result;
  }
  const modifyDay = <T>(day: string, change: (stored: unknown[]) => { stored: unknown[]; result: T }) =>
    lock(format.keyOf(day), () => modifyDayLocked(day, change));

  function remove(record: R): Promise<R | undefined> {
    return modifyDay(format.dayOfRecord(record), (stored) => {
      const kept = stored.filter((value) => idOf(value) !== record.id);
      const removed = stored.map((value) => format.validate(value)).find((value) => value?.id === record.id);
      return { stored: kept, result: kept.length !== stored.length ? (removed ?? record) : undefined };
    });
  }

  async function addMissing(records: readonly R[], options: { allOrNothing?: boolean } = {}): Promise<{ present: number }> {
    let present = 0;
    const written: R[] = [];
    try {
      for (const [day, dayRecords] of groupByDay(records, format.dayOfRecord)) {
        const added = await modifyDay(day, (stored) => {
          const ids = new Set(stored.map(idOf));
          const missing = dayRecords.filter((record) => !ids.has(record.id));
          return { stored: [...stored, ...missing], result: missing };
        });
        present += dayRecords.length - added.length;
        written.push(...added);
      }
    } catch (error) {
      // All or nothing: take back what this call wrote before reporting the failure.
      if (options.allOrNothing) for (const record of written) await remove(record).catch(() => undefined);
      throw error;
    }
    return { present };
  }

  function revise(record: R, to: string, change: (stored: R) => R): Promise<R> {
    const from = format.dayOfRecord(record);
    const edit = (stored: unknown[]) => {
      const index = stored.findIndex((value) => idOf(value) === record.id && format.validate(value));
      if (index < 0) throw errors('notFound', record.id);
      return { index, next: change(format.validate(stored[index])!) };
    };
    if (from === to) {
      return modifyDay(from, (stored) => {
        const { index, next } = edit(stored);
        stored[index] = next;
        return { stored, result: next };
      });
    }
    // Both days' locks, always in the same order, so two movers can never wait on each other.
    const [first, second] = [from, to].sort() as [string, string];
    return lock(format.keyOf(first), () =>
      lock(format.keyOf(second), async () => {
        const [fromKey, toKey] = [format.keyOf(from), format.keyOf(to)];
        const raw = await area.get([fromKey, toKey]);
        const [fromStored, toStored] = [read(raw[fromKey], from), read(raw[toKey], to)];
        const { next } = edit([...fromStored]);
        const left = fromStored.filter((value) => idOf(value) !== record.id);
        // One write of both days, so the record is never stored twice nor nowhere; an emptied day goes after.
        await write(
          {
            [toKey]: dayValue(format, [...toStored.filter((value) => idOf(value) !== record.id), next]),
            [fromKey]: dayValue(format, left),
          },
          to,
        );
        if (left.length === 0) await area.remove([fromKey]).catch(() => undefined);
        return next;
      }),
    );
  }

  const itemsOf = (raw: unknown) => decodeDay(format, raw, clock).items;

  return {
    modifyDay,
    addMissing,
    revise,
    remove,
    async listDay(day) {
      const key = format.keyOf(day);
      return itemsOf((await area.get([key]))[key]);
    },
    async listDays(days) {
      const keys = days.map(format.keyOf);
      const values = await area.get(keys);
      return keys.flatMap((key) => itemsOf(values[key]));
    },
    async storedDays() {
      return (await area.keys())
        .map(format.dayOf)
        .filter((day): day is string => day !== undefined)
        .sort();
    },
    watchDay(day, callback) {
      return area.watch(format.keyOf(day), (raw) => callback(itemsOf(raw)));
    },
  };
}
