/** The summary page on the extension's own storage: the days of the period, the plan, the remembered name. */
import { habitHistoryOf } from '../domain/insights/plan-input';
import { addDays, daysBetween, type LocalDate } from '../domain/local-date';
import { browserArea, type KeyValueArea } from '../storage/key-value-area';
import { readHistoryDays } from '../storage/journal-history';
import { planHistoryItem, planItem } from '../storage/items/plan';
import { summaryNameItem } from '../storage/items/summary';
import type { SummarySource } from './summary-model';
import type { Clock } from '../domain/clock';

/** Every local day from `from` to `to`, so the period is read by key in one call, without listing the store. */
function daysFrom(from: LocalDate, to: LocalDate): LocalDate[] {
  return Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, (_, i) => addDays(from, i));
}

/** The source of the summary page: storage.local's day keys and the plan's items. */
export function browserSummarySource(clock: Clock, area: KeyValueArea = browserArea()): SummarySource {
  return {
    async readRecords(from, to) {
      const days = await readHistoryDays(area, daysFrom(from, to), clock);
      const all = [...days.values()];
      return { logs: all.flatMap((day) => day.logs), entries: all.flatMap((day) => day.entries) };
    },
    async readPlan(today) {
      const [plan, history] = await Promise.all([planItem.get(), planHistoryItem.get()]);
      return { plan, history, habits: habitHistoryOf(plan, today) };
    },
    readName: () => summaryNameItem.get(),
    saveName: (name) => (name ? summaryNameItem.set(name) : summaryNameItem.remove()),
  };
}
