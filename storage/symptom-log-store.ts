/**
 * The symptom log store: add, edit, delete, undo, read a day, watch a day. Every write is a
 * read-modify-write of one day under that day's lock (shared by popup, side panel and background), so
 * concurrent writers never lose an entry, and its cost does not grow with the history.
 *
 * Area, lock, clock and id source are parameters: the extension passes browser storage and Web Locks,
 * tests pass the fake browser and their own clock. Used by the popup, the side panel, the journal and export.
 */
import { localDay, today } from '../domain/log-time';
import {
  applyChanges,
  asNewLog,
  byMoment,
  checkNewLog,
  createLogs,
  logDay,
  logMoment,
  validateSymptomLog,
  type LogChanges,
  type NewLog,
  type SymptomLog,
} from '../domain/symptom-log';
import type { KeyValueArea } from './key-value-area';
import type { WithLock } from './locks';
import { dayOfKey, logDayKey, logDayValue, readLogDay, validLogs, type DayReadProblem } from './symptom-log-days';

import { LogStoreError, type LogStoreErrorCode } from './log-store-error';
import type { Clock } from '../domain/clock';

export { LogStoreError } from './log-store-error';

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
  /**
   * Edits the stored log with `log.id`; moves it to another day's key when its day changes (one write of both
   * days). Only what `changes` changes from `log` (the copy the user edited) is applied, so a change another
   * context made meanwhile to another field is kept. With `ifUnchanged` (an Undo), a log changed elsewhere
   * since `log` was read is refused ('changed') rather than written over.
   */
  update(log: SymptomLog, changes: LogChanges, options?: { ifUnchanged?: boolean }): Promise<SymptomLog>;
  /** Deletes the log; resolves with the stored copy it removed, or undefined when it was not there (deleting twice is harmless). */
  remove(log: SymptomLog): Promise<SymptomLog | undefined>;
  /**
   * Puts deleted logs back as they were (undo). A log whose id is stored again meanwhile is left alone and
   * the call then fails with 'changed', after putting back the others.
   */
  restore(logs: readonly SymptomLog[]): Promise<void>;
  /** The valid logs of a local day ("2026-11-26"), oldest first. */
  listDay(day: string): Promise<SymptomLog[]>;
  /** The valid logs of the last `days` local days (today included), in one read whatever the history's length. */
  listRecent: (days: number) => Promise<SymptomLog[]>;
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

  async function update(log: SymptomLog, requested: LogChanges, options: { ifUnchanged?: boolean } = {}): Promise<SymptomLog> {
    // Only the fields the user changed from the copy they saw: the others keep whatever is stored now.
    const changes: LogChanges = {};
    if (requested.symptomId !== undefined && requested.symptomId !== log.symptomId) changes.symptomId = requested.symptomId;
    if (requested.severity !== undefined && requested.severity !== log.severity) changes.severity = requested.severity;
    if (requested.note !== undefined && requested.note.trim() !== log.note) changes.note = requested.note;
    const same = logMoment(log);
    if (requested.moment && (requested.moment.epochMs !== same.epochMs || requested.moment.offsetMin !== same.offsetMin))
      changes.moment = requested.moment;
    const from = logDay(log);
    const to = changes.moment
      ? logDay({ at: new Date(changes.moment.epochMs).toISOString(), offsetMin: changes.moment.offsetMin })
      : from;
    const now = clock.now();
    const edit = (entries: unknown[]) => {
      const index = entries.findIndex((entry) => idOf(entry) === log.id && validateSymptomLog(entry));
      if (index < 0) throw new LogStoreError('notFound', log.id);
      const stored = validateSymptomLog(entries[index])!;
      if (options.ifUnchanged && stored.updatedAt !== log.updatedAt) throw new LogStoreError('changed', log.id);
      const next = applyChanges(stored, changes, now);
      // A time left as it was is judged against itself, not against a clock that may have moved back since.
      const error = checkNewLog(asNewLog(next), changes.moment ? now : Math.max(now, Date.parse(stored.at)));
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
        const [fromKey, toKey] = [logDayKey(from), logDayKey(to)];
        const raw = await area.get([fromKey, toKey]);
        const [fromRead, toRead] = [readLogDay(raw[fromKey], clock), readLogDay(raw[toKey], clock)];
        if (!fromRead.ok) throw new LogStoreError(problemCode(fromRead.problem), from);
        if (!toRead.ok) throw new LogStoreError(problemCode(toRead.problem), to);
        const { next } = edit([...fromRead.day.logs]);
        const left = fromRead.day.logs.filter((e) => idOf(e) !== log.id);
        // One write of both days, so the log is never stored twice nor nowhere; an emptied day goes after.
        try {
          await area.set({
            [toKey]: logDayValue([...toRead.day.logs.filter((e) => idOf(e) !== log.id), next]),
            [fromKey]: logDayValue(left),
          });
        } catch (cause) {
          throw new LogStoreError('writeFailed', to, { cause });
        }
        if (left.length === 0) await area.remove([fromKey]).catch(() => undefined);
        return next;
      }),
    );
  }

  function remove(log: SymptomLog): Promise<SymptomLog | undefined> {
    return modifyDay(logDay(log), (entries) => {
      const kept = entries.filter((entry) => idOf(entry) !== log.id);
      const removed = entries.map(validateSymptomLog).find((entry) => entry?.id === log.id);
      return { entries: kept, result: kept.length !== entries.length ? (removed ?? log) : undefined };
    });
  }

  /** Undo of a delete: puts back what is still absent; a log stored again meanwhile is not written over. */
  async function restore(logs: readonly SymptomLog[]): Promise<void> {
    const valid = logs.map((log) => validateSymptomLog(log));
    if (valid.some((log) => !log)) throw new LogStoreError('invalid', 'log');
    let refused = 0;
    for (const [day, dayLogs] of groupByDay(valid as SymptomLog[])) {
      await modifyDay(day, (entries) => {
        const present = new Set(entries.map(idOf));
        const missing = dayLogs.filter((log) => !present.has(log.id));
        refused += dayLogs.length - missing.length;
        return { entries: [...entries, ...missing], result: undefined };
      });
    }
    if (refused > 0) throw new LogStoreError('changed', 'restore');
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
    restore,
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
      return (await area.keys())
        .map(dayOfKey)
        .filter((day): day is string => day !== undefined)
        .sort();
    },
    watchDay(day, callback) {
      return area.watch(logDayKey(day), (raw) => callback(logsOf(raw)));
    },
  };
}
