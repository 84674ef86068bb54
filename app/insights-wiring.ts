/**
 * Insights on the extension's own storage: the month summaries of the local area and the plan's stored state.
 * Loaded the first time the view is shown (app/panel.tsx), so no other view's start-up pays for its statistics.
 */
import { cyclesOf, habitHistoryOf } from '../domain/insights/plan-input';
import { readDaySummaries } from '../storage/day-summaries';
import { browserArea, type KeyValueArea } from '../storage/key-value-area';
import { planHistoryItem, planItem } from '../storage/items';
import { defaultLock } from '../storage/locks';
import type { Clock } from '../domain/clock';
import { createInsightsModel, type InsightsModel, type InsightsSource } from '../models/insights-model';

interface InsightsDeps {
  clock: Clock;
  /** The user's symptom order. */
  order: () => readonly string[];
}

/** The source of the extension's pages: storage.local's month summaries (rebuilt where stale) and the plan's items. */
export function browserInsightsSource(deps: Pick<InsightsDeps, 'clock'>, area: KeyValueArea = browserArea()): InsightsSource {
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
export function startBrowserInsights(deps: InsightsDeps): InsightsModel {
  return createInsightsModel({
    source: browserInsightsSource(deps),
    clock: deps.clock,
    order: deps.order,
    afterFirstFrame: () =>
      new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 300 }))),
  });
}
