/**
 * Runs the month-summary migration (storage/migrations/month-summaries-v0-to-v1.ts) in the background when Gutwise is installed or
 * updated, so a user who updates with years of records finds Insights' summaries built before they first open
 * it. Insights still checks each month it reads and rebuilds a stale one, so an interrupted run loses nothing.
 */
import { buildMissingSummaries } from './migrations/month-summaries-v0-to-v1';
import { browserArea, type KeyValueArea } from './key-value-area';
import { defaultLock, type WithLock } from './locks';
import { systemClock, type Clock } from '../domain/clock';

interface InstalledEvent {
  onInstalled: { addListener(listener: (details: unknown) => void): void };
}

/** Registers the listener synchronously, as MV3 requires of a service worker. */
export function registerSummaryMigration(
  runtime: InstalledEvent,
  area: KeyValueArea = browserArea(),
  lock: WithLock = defaultLock(),
  clock: Clock = systemClock,
): void {
  // A failed run (a full store) leaves the months as they were; Insights rebuilds the ones it reads.
  runtime.onInstalled.addListener(() => void buildMissingSummaries(area, lock, clock).catch(() => undefined));
}
