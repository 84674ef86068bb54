/**
 * The symptom log store's error, in a module of its own: pages that only need to tell its problems apart
 * (models/log-problem.ts) import this, not the store, so the popup can load the store after its first frame.
 */

/** `changed`: another context changed or re-added the log since this page read it (an Undo would overwrite that). */
export type LogStoreErrorCode = 'invalid' | 'unreadableDay' | 'newerDay' | 'notFound' | 'changed' | 'writeFailed';

/** A write the store refused or could not make; nothing was changed. `detail` names the bad field. */
export class LogStoreError extends Error {
  constructor(
    readonly code: LogStoreErrorCode,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(`symptom log store: ${code}${detail ? ` (${detail})` : ''}`, options);
    this.name = 'LogStoreError';
  }
}
