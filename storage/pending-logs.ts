/**
 * Logs on their way to storage, kept in the extension's localStorage from the click until the store has them.
 *
 * Chrome closes a popup the moment the user presses Esc or clicks the page, and with it any save still waiting
 * for its lock and its storage round trips: in real Chromium 5 of 8 logs clicked just before the popup closed
 * were lost. A localStorage write is synchronous, so each log is put here before the save starts; the save
 * takes it back when done, and a log left here (its page closed mid-save) is saved by the next page that opens
 * (pending-log-saves.ts). One key per log, so two pages never rewrite each other's list. "Delete all" clears
 * them with the other `gutwise.*` keys (page-caches.ts).
 */
import { validateSymptomLog, type SymptomLog } from '../domain/symptom-log';

export const PENDING_LOG_PREFIX = 'gutwise.pendingLog.';
/**
 * How long a log may be pending before another page saves it in its place. A live page's save takes
 * milliseconds; one still pending after this was cut off. (Saving twice is harmless: the store keeps one.)
 */
export const PENDING_LOG_GRACE_MS = 2_000;

const VERSION = 1;

export interface PendingLogs {
  /** Keeps `logs` until `remove`; a full or disabled localStorage only means the save is unprotected. */
  put(logs: readonly SymptomLog[], nowMs: number): void;
  remove(ids: readonly string[]): void;
  /** The logs pending for at least the grace time (or since a clock that has since gone back). Damaged ones are dropped. */
  due(nowMs: number): SymptomLog[];
  /** Milliseconds until the next pending log is due; undefined when none is pending. */
  nextDueIn(nowMs: number): number | undefined;
}

type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function pendingLogs(store: WebStorage | undefined = globalThis.localStorage, graceMs = PENDING_LOG_GRACE_MS): PendingLogs {
  const keys = () => {
    const found: string[] = [];
    for (let i = 0; i < (store?.length ?? 0); i++) {
      const key = store?.key(i);
      if (key?.startsWith(PENDING_LOG_PREFIX)) found.push(key);
    }
    return found;
  };
  /** Every readable pending log with the time it was put; unreadable ones are removed. */
  const entries = () =>
    keys().flatMap((key) => {
      try {
        const saved = JSON.parse(store?.getItem(key) ?? 'null') as { v?: unknown; since?: unknown; log?: unknown } | null;
        const log = saved?.v === VERSION ? validateSymptomLog(saved.log) : undefined;
        if (log && typeof saved?.since === 'number' && Number.isFinite(saved.since)) return [{ log, since: saved.since }];
      } catch {
        // unreadable: dropped below
      }
      store?.removeItem(key);
      return [];
    });
  const isDue = (since: number, nowMs: number) => nowMs - since >= graceMs || nowMs < since;

  return {
    put(logs, nowMs) {
      try {
        for (const log of logs) store?.setItem(PENDING_LOG_PREFIX + log.id, JSON.stringify({ v: VERSION, since: nowMs, log }));
      } catch {
        // The save goes ahead as it always did; only its protection against a closing page is lost.
      }
    },
    remove(ids) {
      for (const id of ids) store?.removeItem(PENDING_LOG_PREFIX + id);
    },
    due(nowMs) {
      return entries()
        .filter((entry) => isDue(entry.since, nowMs))
        .map((entry) => entry.log);
    },
    nextDueIn(nowMs) {
      const waits = entries().map((entry) => (isDue(entry.since, nowMs) ? 0 : entry.since + graceMs - nowMs));
      return waits.length ? Math.min(...waits) : undefined;
    },
  };
}
