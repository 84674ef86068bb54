/**
 * The symptom log store: add, edit, delete, undo, read a day, watch a day. Every write is a
 * read-modify-write of one day under that day's lock (shared by popup, side panel and background), so
 * concurrent writers never lose an entry, and its cost does not grow with the history.
 *
 * Area, lock, clock and id source are parameters: the extension passes browser storage and Web Locks,
 * tests pass the fake browser and their own clock. Used by the popup, the side panel, the journal and export.
 */
import { localDay, today, type Clock } from '../domain/log-time';
import {
  applyChanges, asNewLog, byMoment, checkNewLog, createLogs, logDay, validateSymptomLog,
  type LogChanges, type NewLog, type SymptomLog,
} from '../domain/symptom-log';
import type { KeyValueArea } from './key-value-area';
import type { WithLock } from './locks';
import { dayOfKey, logDayKey, logDayValue, readLogDay, validLogs, type DayReadProblem } from './symptom-log-days';

import { LogStoreError, type LogStoreErrorCode } from './log-store-error';

export { LogStoreError, type LogStoreErrorCode } from './log-store-error';

export interface SymptomLogStoreDeps {
  area: KeyValueArea;
  lock: WithLock;
  clock: Clock;
  newId?: () => string;
}

export interface SymptomLogStore {
  /** Checks every input first (a bad one writes nothing), then saves them; returns the saved logs. */
  add(inputs: readonly NewLog[]): Promise<SymptomLog[]>;
  /**
   * Saves logs already made (given their ids and times elsewhere: a save a closed popup could not finish).
   * Logs already stored are left alone, so saving one twice keeps one. All or nothing, like `add`.
   */
  addLogs(logs: readonly SymptomLog[]): Promise<void>;
  /** Edits the stored log with `log.id`; moves it to another day's key when its day changes. */
  update(log: SymptomLog, changes: LogChanges): Promise<SymptomLog>;
  /** Deletes the log; true if it was there (deleting twice is harmless). */
  remove(log: SymptomLog): Promise<boolean>;
  /** Puts deleted logs back as they were (undo); logs already present are left alone. */
  restore(logs: readonly SymptomLog[]): Promise<void>;
  /** The valid logs of a local day ("2026-11-26"), oldest first. */
  listDay(day: string): Promise<SymptomLog[]>;
  /** The valid logs of the last `days` local days (today included), in one read whatever the history's length. */
  listRecent(days: number): Promise<SymptomLog[]>;
  /** Every day that has a stored value, oldest first, without reading any log. */
  listDays(): Promise<string[]>;
  /** Calls back with the day's logs whenever any context changes them. Returns the unsubscribe function. */
  watchDay(day: string, callback: (logs: SymptomLog[]) => void): () => void;
}

const problemCode = (problem: DayReadProblem): LogStoreErrorCode => (problem === 'newer' ? 'newerDay' : 'unreadableDay');
/** Groups logs by local day, keeping their order (Map.groupBy needs Node 21). */
function groupByDay(logs: readonly SymptomLog[]): Map<string, SymptomLog[]> {
  const days = new Map<string, SymptomLog[]>();
  for (const log of logs) days.set(logDay(log), [...(days.get(logDay(log)) ?? []), log]);
  return days;
}
const idOf = (entry: unknown) => (entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined);

/** Creates a store over the given area, lock and clock. */
export function createSymptomLogStore(deps: SymptomLogStoreDeps): SymptomLogStore {
  const { area, lock, clock } = deps;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  /** Reads a day under its lock, lets `change` rewrite its entries, writes it back (or removes it when empty). */
  async function modifyDayLocked<T>(day: string, change: (entries: unknown[]) => { entries: unknown[]; result: T }): Promise<T> {
    const key = logDayKey(day);
    const read = readLogDay((await area.get([key]))[key], clock);
    if (!read.ok) throw new LogStoreError(problemCode(read.problem), day);
    const { entries, result } = change([...read.day.logs]);
    try {
      if (entries.length === 0) await area.remove([key]);
      else await area.set({ [key]: logDayValue(entries) });
    } catch (cause) {
      throw new LogStoreError('writeFailed', day, { cause });
    }
    return result;
  }
  const modifyDay = <T>(day: string, change: (entries: unknown[]) => { entries: unknown[]; result: T }) =>
    lock(logDayKey(day), () => modifyDayLocked(day, change));

  async function add(inputs: readonly NewLog[]): Promise<SymptomLog[]> {
    const made = createLogs(inputs, newId, clock.now());
    if (!made.ok) throw new LogStoreError('invalid', made.error);
    await addLogs(made.logs);
    return made.logs;
  }

  async function addLogs(logs: readonly SymptomLog[]): Promise<void> {
    const valid = logs.map((log) => validateSymptomLog(log));
    if (valid.some((log) => !log)) throw new LogStoreError('invalid', 'log');
    const written: SymptomLog[] = [];
    try {
      for (const [day, dayLogs] of groupByDay(valid as SymptomLog[])) {
        const added = await modifyDay(day, (entries) => {
          const present = new Set(entries.map(idOf));
          const missing = dayLogs.filter((log) => !present.has(log.id));
          return { entries: [...entries, ...missing], result: missing };
        });
        written.push(...added);
      }
    } catch (error) {
      // All or nothing: take back what this call wrote before reporting the failure.
      for (const log of written) await remove(log).catch(() => undefined);
      throw error;
    }
  }

  async function update(log: SymptomLog, changes: LogChanges): Promise<SymptomLog> {
    const from = logDay(log);
    const to = changes.moment ? logDay({ at: new Date(changes.moment.epochMs).toISOString(), offsetMin: changes.moment.offsetMin }) : from;
    const now = clock.now();
    const edit = (entries: unknown[]) => {
      const index = entries.findIndex((entry) => idOf(entry) === log.id && validateSymptomLog(entry));
      if (index < 0) throw new LogStoreError('notFound', log.id);
      const next = applyChanges(validateSymptomLog(entries[index])!, changes, now);
      const error = checkNewLog(asNewLog(next), now);
      if (error) throw new LogStoreError('invalid', error);
      return { index, next };
    };
    if (from === to) {
      return modifyDay(from, (entries) => {
        const { index, next } = edit(entries);
        entries[index] = next;
        return { entries, result: next };
      });
    }
    // Both days' locks, always in the same order, so two movers can never wait on each other.
    const [first, second] = [from, to].sort() as [string, string];
    return lock(logDayKey(first), () =>
      lock(logDayKey(second), async () => {
        const key = logDayKey(from);
        const read = readLogDay((await area.get([key]))[key], clock);
        if (!read.ok) throw new LogStoreError(problemCode(read.problem), from);
        const { next } = edit([...read.day.logs]);
        // Written to the new day first: a failure in between leaves the log twice, never nowhere.
        await modifyDayLocked(to, (entries) => ({ entries: [...entries.filter((e) => idOf(e) !== log.id), next], result: undefined }));
        await modifyDayLocked(from, (entries) => ({ entries: entries.filter((e) => idOf(e) !== log.id), result: undefined }));
        return next;
      }),
    );
  }

  function remove(log: SymptomLog): Promise<boolean> {
    return modifyDay(logDay(log), (entries) => {
      const kept = entries.filter((entry) => idOf(entry) !== log.id);
      return { entries: kept, result: kept.length !== entries.length };
    });
  }

  const logsOf = (raw: unknown) => {
    const read = readLogDay(raw, clock);
    return read.ok ? validLogs(read.day).sort(byMoment) : [];
  };

  return {
    add,
    addLogs,
    update,
    remove,
    // Undo puts back exactly what was deleted: the same as saving logs already made.
    restore: addLogs,
    async listDay(day) {
      const key = logDayKey(day);
      return logsOf((await area.get([key]))[key]);
    },
    async listRecent(days) {
      // Calendar arithmetic on the date itself: every local day once, whatever daylight saving does to 24 h steps.
      const [year, month, date] = today(clock).split('-').map(Number) as [number, number, number];
      const keys = Array.from({ length: days }, (_, i) => logDayKey(localDay(Date.UTC(year, month - 1, date - i), 0)));
      const values = await area.get(keys);
      return keys.flatMap((key) => logsOf(values[key]));
    },
    async listDays() {
      return (await area.keys()).map(dayOfKey).filter((day): day is string => day !== undefined).sort();
    },
    watchDay(day, callback) {
      return area.watch(logDayKey(day), (raw) => callback(logsOf(raw)));
    },
  };
}
