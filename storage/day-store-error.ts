/**
 * The error of the day stores (symptom logs, journal), in a module of its own: pages that only need to tell
 * its problems apart import this, not a store, so the popup can load its store after its first frame.
 */

/** `changed`: another context changed or re-added the record since this page read it (an Undo would overwrite that). */
export type DayStoreErrorCode = 'invalid' | 'unreadableDay' | 'newerDay' | 'notFound' | 'changed' | 'writeFailed';

/** A write a day store refused or could not make; nothing was changed. `detail` names the bad field or day. */
export class DayStoreError<Detail extends string = string> extends Error {
  constructor(
    store: string,
    readonly code: DayStoreErrorCode,
    readonly detail?: Detail | string,
    options?: { cause?: unknown },
  ) {
    super(`${store}: ${code}${detail ? ` (${detail})` : ''}`, options);
  }
}

/** Makes a store's errors: its own subclass, so a page tells a log's problem from a journal entry's. */
export type DayStoreErrors = (code: DayStoreErrorCode, detail?: string, options?: { cause?: unknown }) => DayStoreError;
