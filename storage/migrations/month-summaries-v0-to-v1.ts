/**
 * Insights' month summaries (storage/day-summaries.ts), from none (v0: records written by a Gutwise that kept
 * no summaries; fixture: tests/integration/storage/migrations/fixtures/days-without-summaries.json) to version 1.
 *
 * Not a step on one value but on the store: every month holding records whose summary is missing, unreadable
 * or does not match its stored days is rebuilt from its records, each month all or nothing (one write under its
 * lock). The background runs it when Gutwise is installed or updated (storage/browser-summary-migration.ts);
 * Insights still checks each month it reads, so an interrupted run loses nothing.
 */
import type { KeyValueArea } from '../key-value-area';
import { monthSummaryKey } from '../keys';
import type { WithLock } from '../locks';
import { matches, rebuildMonth, recordPartsByMonth, validMonth } from '../day-summaries';
import type { MigrationContext } from './migration';

/** Builds the summaries every month with records lacks. Idempotent: once all match, it writes nothing. Returns the months rebuilt. */
export async function buildMissingSummaries(area: KeyValueArea, lock: WithLock, context: MigrationContext): Promise<string[]> {
  const partsByMonth = recordPartsByMonth(await area.keys());
  const months = [...partsByMonth.keys()].sort();
  const stored = months.length ? await area.get(months.map((month) => monthSummaryKey(month))) : {};
  const rebuilt: string[] = [];
  // One month at a time: a long history never holds more than one month's records in memory or under lock.
  for (const month of months) {
    const summary = validMonth(stored[monthSummaryKey(month)]);
    if (summary && matches(summary, partsByMonth.get(month)!)) continue;
    await rebuildMonth(area, lock, context, month);
    rebuilt.push(month);
  }
  return rebuilt;
}
