/**
 * The summary page's setup: its model on the extension's storage (the days of the period, the plan, the
 * remembered name), in the symptom order and names the user chose. entrypoints/summary/main.tsx renders it.
 */
import plan from 'virtual:plan';
import { builtInSymptomName } from '../components/log/symptom-names';
import type { SummaryPageProps } from '../components/summary/SummaryPage';
import { habitHistoryOf } from '../domain/insights/plan-input';
import { addDays, daysBetween, type LocalDate } from '../domain/local-date';
import { systemClock, type Clock } from '../domain/clock';
import { EMPTY_USAGE, orderedSymptoms } from '../domain/symptom-settings';
import { createSummaryModel, type SummarySource } from '../models/summary-model';
import { browserArea, type KeyValueArea } from '../storage/key-value-area';
import { readHistoryDays } from '../storage/journal-history';
import { planHistoryItem, planItem } from '../storage/items/plan';
import { summaryNameItem } from '../storage/items/summary';
import { symptomSettingsItem } from '../storage/items/symptoms';

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

/** Makes the model and starts reading; each symptom is named as the user named it, else by its built-in name. */
export async function startSummary(): Promise<SummaryPageProps> {
  const settings = await symptomSettingsItem.get().catch(() => null);
  const choices = settings ? orderedSymptoms(settings, EMPTY_USAGE) : [];
  const nameOf = (id: string) => choices.find((c) => c.id === id)?.customName ?? builtInSymptomName(id);
  const model = createSummaryModel({
    source: browserSummarySource(systemClock),
    clock: systemClock,
    order: () => choices.map((c) => c.id),
  });
  void model.load();
  return {
    model,
    names: { symptom: nameOf, habit: (id) => plan.habits.find((habit) => habit.id === id)?.text ?? id },
    onPrint: () => window.print(),
  };
}
