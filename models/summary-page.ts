/** The summary page's setup: its model on browser storage, in the symptom order and names the user chose. */
import { EMPTY_USAGE, orderedSymptoms } from '../domain/symptom-settings';
import { symptomSettingsItem } from '../storage/items/symptoms';
import { createSummaryModel, type SummaryModel } from './summary-model';
import { browserSummarySource } from './summary-wiring';
import { systemClock } from '../domain/clock';

/** Makes the model and starts reading; `nameOf` gives each symptom the user's own name, else `builtInName`. */
export async function startSummaryPage(
  builtInName: (id: string) => string,
): Promise<{ model: SummaryModel; nameOf: (id: string) => string }> {
  const settings = await symptomSettingsItem.get().catch(() => null);
  const choices = settings ? orderedSymptoms(settings, EMPTY_USAGE) : [];
  const nameOf = (id: string) => choices.find((c) => c.id === id)?.customName ?? builtInName(id);
  const model = createSummaryModel({
    source: browserSummarySource(systemClock),
    clock: systemClock,
    order: () => choices.map((c) => c.id),
  });
  void model.load();
  return { model, nameOf };
}
