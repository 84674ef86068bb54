/** Insights on the extension's own storage: the month summaries of the local area and the plan's stored state. */
import { cyclesOf, habitHistoryOf } from '../domain/insights/plan-input';
import { readDaySummaries } from '../storage/day-summaries';
import { browserArea, type KeyValueArea } from '../storage/key-value-area';
import { planHistoryItem, planItem } from '../storage/items';
import { defaultLock } from '../storage/locks';
import { createInsightsModel, type InsightsModel, type InsightsSource } from './insights-model';
import type { InsightsLoaderDeps } from './insights-loader';

/** The source of the extension's pages: storage.local's month summaries (rebuilt where stale) and the plan's items. */
export function browserInsightsSource(
  deps: Pick<InsightsLoaderDeps, 'clock'>,
  area: KeyValueArea = browserArea(),
): InsightsSource {
  const lock = defaultLock();
  return {
    // The first look trusts the stored months (listing every day key of years of records would hold back the first
    // trends); the full read that follows checks them and replaces what it shows.
    readDays: async (from, to, options) =>
      (await readDaySummaries(area, lock, deps.clock, from, to, { checkDays: !options?.quick })).days,
    async readPlan(today) {
      const [plan, history] = await Promise.all([planItem.get(), planHistoryItem.get()]);
      return { cycles: cyclesOf(plan, history), habits: habitHistoryOf(plan, today) };
    },
  };
}

/** The Insights model on browser storage. */
export function startBrowserInsights(deps: InsightsLoaderDeps): InsightsModel {
  return createInsightsModel({
    source: browserInsightsSource(deps),
    clock: deps.clock,
    order: deps.order,
    afterFirstFrame: () =>
      new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 300 }))),
  });
}
