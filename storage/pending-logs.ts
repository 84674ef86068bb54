/**
 * Logs on their way to storage, kept in the extension's localStorage from the click until the store has them.
 *
 * Chrome closes a popup the moment the user presses Esc or clicks the page, and with it any save still waiting
 * for its lock and its storage round trips: in real Chromium 5 of 8 logs clicked just before the popup closed
 * were lost. A localStorage write is synchronous, so each log is put here before the save starts; the save
 * takes it back when done, and a log left here (its page closed mid-save) is saved by the next page that opens
 * (page-log-store.ts). One key per log, so two pages never rewrite each other's list. "Delete all" clears
 * them with the other `gutwise.*` keys (page-storage.ts).
 */
import { validateSymptomLog, type SymptomLog } from '../domain/symptom-log';
import { PENDING_LOG_PREFIX } from './keys';
import { pageRecords } from './page-copy';

export { PENDING_LOG_PREFIX };
/**
 * How long a log may be pending before another page saves it in its place. A live page's save takes
 * milliseconds; one still pending after this was cut off. (Saving twice is harmless: the store keeps one.)
 */
export const PENDING_LOG_GRACE_MS = 2_000;

export interface PendingLogs {
  /** Keeps `logs` until `remove`; a full or disabled localStorage only means the save is unprotected. */
  put(logs: readonly SymptomLog[], nowMs: number): void;
  remove(ids: readonly string[]): void;
  /** The logs pending for at least the grace time (or since a clock that has since gone back). Damaged ones are dropped. */
  due(nowMs: number): SymptomLog[];
  /** Every pending log, due or not. */
  all(): SymptomLog[];
  /** Milliseconds until the next pending log is due; undefined when none is pending. */
  nextDueIn(nowMs: number): number | undefined;
}

interface Pending {
  /** When the log was put here (the page's clock). */
  since: number;
  log: SymptomLog;
}

function validatePending(value: unknown): Pending | undefined {
  const { since, log } = (value ?? {}) as { since?: unknown; log?: unknown };
  const valid = validateSymptomLog(log);
  return valid && typeof since === 'number' && Number.isFinite(since) ? { since, log: valid } : undefined;
}

export function pendingLogs(
  store: Parameters<typeof pageRecords>[2] = globalThis.localStorage,
  graceMs = PENDING_LOG_GRACE_MS,
): PendingLogs {
  const records = pageRecords(PENDING_LOG_PREFIX, validatePending, store);
  const isDue = (since: number, nowMs: number) => nowMs - since >= graceMs || nowMs < since;
  return {
    // Written one by one; a full localStorage leaves the save to go ahead as it always did, only unprotected.
    put: (logs, nowMs) => logs.forEach((log) => records.write(log.id, { since: nowMs, log })),
    remove: (ids) => ids.forEach((id) => records.remove(id)),
    due: (nowMs) => [...records.readAll().values()].filter((entry) => isDue(entry.since, nowMs)).map((entry) => entry.log),
    all: () => [...records.readAll().values()].map((entry) => entry.log),
    nextDueIn(nowMs) {
      const waits = [...records.readAll().values()].map((entry) =>
        isDue(entry.since, nowMs) ? 0 : entry.since + graceMs - nowMs,
      );
      return waits.length ? Math.min(...waits) : undefined;
    },
  };
}
