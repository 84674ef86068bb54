/**
 * The symptom log store: add, edit, delete, undo, read a day, watch a day, on the day store it shares with the
 * journal (storage/day-store.ts: one day's lock per write, so concurrent writers never lose a log).
 *
 * Area, lock, clock and id source are parameters: the extension passes browser storage and Web Locks,
 * tests pass the fake browser and their own clock. Used by the popup, the side panel, the journal and export.
 */
import { localDay, today } from '../domain/log-time';
import {
  applyChanges,
  asNewLog,
  checkNewLog,
  createLogs,
  logDay,
  logMoment,
  validateSymptomLog,
  type LogChanges,
  type NewLog,
  type SymptomLog,
} from '../domain/symptom-log';
import { createDayStore, type DayStoreDeps } from './day-store';
import { LogStoreError } from './log-store-error';
import { LOG_DAYS } from './symptom-log-days';

export { LogStoreError } from './log-store-error';

export type SymptomLogStoreDeps = DayStoreDeps;

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

/** Creates a store over the given area, lock and clock. */
export function createSymptomLogStore(deps: SymptomLogStoreDeps): SymptomLogStore {
  const { clock } = deps;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const days = createDayStore(LOG_DAYS, (code, detail, options) => new LogStoreError(code, detail, options), deps);
  const checked = (logs: readonly SymptomLog[]) => {
    const valid = logs.map((log) => validateSymptomLog(log));
    if (valid.some((log) => !log)) throw new LogStoreError('invalid', 'log');
    return valid as SymptomLog[];
  };

  async function addLogs(logs: readonly SymptomLog[]): Promise<void> {
    await days.addMissing(checked(logs), { allOrNothing: true });
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
    const to = changes.moment
      ? logDay({ at: new Date(changes.moment.epochMs).toISOString(), offsetMin: changes.moment.offsetMin })
      : logDay(log);
    const now = clock.now();
    return days.revise(log, to, (stored) => {
      if (options.ifUnchanged && stored.updatedAt !== log.updatedAt) throw new LogStoreError('changed', log.id);
      const next = applyChanges(stored, changes, now);
      // A time left as it was is judged against itself, not against a clock that may have moved back since.
      const error = checkNewLog(asNewLog(next), changes.moment ? now : Math.max(now, Date.parse(stored.at)));
      if (error) throw new LogStoreError('invalid', error);
      return next;
    });
  }

  return {
    async add(inputs) {
      const made = createLogs(inputs, newId, clock.now());
      if (!made.ok) throw new LogStoreError('invalid', made.error);
      await addLogs(made.logs);
      return made.logs;
    },
    addLogs,
    update,
    remove: days.remove,
    /** Undo of a delete: puts back what is still absent; a log stored again meanwhile is not written over. */
    async restore(logs) {
      const { present } = await days.addMissing(checked(logs));
      if (present > 0) throw new LogStoreError('changed', 'restore');
    },
    listDay: days.listDay,
    listRecent(count) {
      // Calendar arithmetic on the date itself: every local day once, whatever daylight saving does to 24 h steps.
      const [year, month, date] = today(clock).split('-').map(Number) as [number, number, number];
      return days.listDays(Array.from({ length: count }, (_, i) => localDay(Date.UTC(year, month - 1, date - i), 0)));
    },
    listDays: days.storedDays,
    watchDay: days.watchDay,
  };
}
