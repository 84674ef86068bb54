/**
 * Records this browser holds outside extension storage for now, in the page's localStorage: symptom logs a
 * popup closed before it could store them (pending-logs.ts) and edits of saved journal entries typed and not
 * saved (edit-drafts.ts). An import or "delete all" rewrites the store and clears the pages' copies of stored
 * values; these are the user's records, so a merge stores the pending logs first and keeps both, while
 * Replace and "delete all" name them among what goes.
 */
import type { DataChange } from './data-store';
import { localEditDrafts } from './edit-drafts';
import { clearPageStorage, UNSAVED_RECORD_PREFIXES } from './page-storage';
import type { pageRecords } from './page-copy';
import { pageLogStore } from './page-log-store';
import { pendingLogs } from './pending-logs';
import type { SymptomLogStore } from './symptom-log-store';
import type { Clock } from '../domain/clock';
import type { UnsavedCounts } from '../domain/data-contents';

export interface UnsavedRecords {
  count(): UnsavedCounts;
  /** Stores every pending log now (saving one twice keeps one). */
  saveLogs(): Promise<unknown>;
  /** Clears the pages' copies after `change`; a merge keeps the unsaved records. */
  afterChange: (change: DataChange) => void;
}

/** The unsaved records in `webStorage` (the page's localStorage by default), pending logs stored through `logs`. */
export function unsavedRecords(
  logs: SymptomLogStore,
  clock: Clock,
  webStorage: Parameters<typeof pageRecords>[2] = globalThis.localStorage,
): UnsavedRecords {
  const pending = pendingLogs(webStorage);
  const saves = pageLogStore(() => Promise.resolve(logs), pending, clock);
  return {
    count: () => ({ pendingLogs: pending.all().length, editDrafts: localEditDrafts(webStorage).readAll().size }),
    saveLogs: () => saves.saveAllPending(),
    afterChange: (change) => clearPageStorage(webStorage, change === 'merge' ? UNSAVED_RECORD_PREFIXES : []),
  };
}
