/** Insights on the extension's own storage: the day records of the local area and the plan's stored state. */
import { summarizeDays, type DaySummary } from '../domain/insights/day-summary';
import { cyclesOf, habitHistoryOf } from '../domain/insights/plan-input';
import type { LocalDate } from '../domain/local-date';
import { browserArea, type KeyValueArea } from '../storage/key-value-area';
import { listHistoryDays, readHistoryDays } from '../storage/journal-history';
import { planHistoryItem, planItem } from '../storage/items';
import type { MigrationContext } from '../storage/symptom-log-days';
import { createInsightsModel, type InsightsModel, type InsightsSource } from './insights-model';
import type { InsightsLoaderDeps } from './insights-loader';

/** Day summaries from the stored days (journal and logs) from `from` on, read in one storage call. */
export async function readDaySummaries(area: KeyValueArea, from: LocalDate, context: MigrationContext): Promise<DaySummary[]> {
  const { journal, logs } = await listHistoryDays(area);
  const days = [...new Set([...journal, ...logs])].filter((day) => day >= from).sort();
  const history = await readHistoryDays(area, days, context);
  const all = [...history.values()];
  return summarizeDays(all.flatMap((day) => day.logs), all.flatMap((day) => day.entries));
}

/** The source of the extension's pages: storage.local and the plan's items. */
export function browserInsightsSource(deps: Pick<InsightsLoaderDeps, 'clock'>, area: KeyValueArea = browserArea()): InsightsSource {
  return {
    readDays: (from) => readDaySummaries(area, from, deps.clock),
    async readPlan(today) {
      const [plan, history] = await Promise.all([planItem.get(), planHistoryItem.get()]);
      return { cycles: cyclesOf(plan, history), habits: habitHistoryOf(plan, today) };
    },
  };
}

/** The Insights model on browser storage. */
export function startBrowserInsights(deps: InsightsLoaderDeps): InsightsModel {
  return createInsightsModel({ source: browserInsightsSource(deps), clock: deps.clock, order: deps.order });
}
