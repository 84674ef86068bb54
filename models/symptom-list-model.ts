import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import {
  addCustomSymptom, checkSymptomName, EMPTY_SYMPTOM_SETTINGS, moveSymptom, orderedSymptoms, renameSymptom,
  resetSymptomName, setSymptomHidden, sortByUse, type SymptomChoice, type SymptomNameError, type SymptomSettings, type SymptomUsage,
} from '../domain/symptom-settings';
import { CUSTOM_ID_PREFIX } from '../domain/symptoms';

/** The storage the list needs; storage/items.ts's symptom items fit, tests pass their own. */
export interface StoredValue<T> {
  get(): Promise<T>;
  update(change: (current: T) => T): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

export interface SymptomListModel {
  loaded: ReadonlySignal<boolean>;
  /** Every symptom in display order, hidden ones included (for the manager). */
  all: ReadonlySignal<SymptomChoice[]>;
  /** What the logger offers: visible symptoms, most used first by the counts read when it opened. */
  visible: ReadonlySignal<SymptomChoice[]>;
  /** Whether the user set their own order (otherwise most used first). */
  customOrder: ReadonlySignal<boolean>;
  /** The shown name of a symptom id (the user's name, else the built-in one). */
  nameOf(id: string): string;
  load(): Promise<void>;
  add(name: string): Promise<SymptomNameError | undefined>;
  rename(id: string, name: string): Promise<SymptomNameError | undefined>;
  resetName(id: string): Promise<void>;
  setHidden(id: string, hidden: boolean): Promise<void>;
  move(id: string, step: -1 | 1): Promise<void>;
  sortByUse(): Promise<void>;
  stop(): void;
}

export interface SymptomListDeps {
  settings: StoredValue<SymptomSettings>;
  usage: StoredValue<SymptomUsage>;
  /** The translated name of a built-in symptom. */
  builtInName: (id: string) => string;
  newId?: () => string;
}

/**
 * The user's symptom list. Usage counts are read once when the logger opens and not followed after, so the
 * buttons never reshuffle under the user's pointer; the user's own edits apply at once, in every context.
 */
export function createSymptomListModel(deps: SymptomListDeps): SymptomListModel {
  const settings: Signal<SymptomSettings> = signal(EMPTY_SYMPTOM_SETTINGS);
  const usageAtOpen = signal<SymptomUsage>({});
  const loaded = signal(false);
  const newId = deps.newId ?? (() => `${CUSTOM_ID_PREFIX}${crypto.randomUUID()}`);
  const all = computed(() => orderedSymptoms(settings.value, usageAtOpen.value));
  const visible = computed(() => all.value.filter((choice) => !choice.hidden));
  let unwatch = () => {};

  const nameOf = (id: string) => {
    const choice = all.value.find((c) => c.id === id);
    return choice?.customName ?? deps.builtInName(id);
  };
  const takenNames = (exceptId?: string) => all.value.filter((c) => c.id !== exceptId).map((c) => nameOf(c.id));
  const change = async (step: (s: SymptomSettings) => SymptomSettings) => {
    settings.value = step(settings.value);
    try {
      settings.value = await deps.settings.update(step);
    } catch (error) {
      settings.value = await deps.settings.get().catch(() => settings.value);
      throw error;
    }
  };

  return {
    loaded,
    all,
    visible,
    customOrder: computed(() => settings.value.order !== null),
    nameOf,
    async load() {
      const [stored, usage] = await Promise.all([deps.settings.get(), deps.usage.get()]);
      settings.value = stored;
      usageAtOpen.value = usage;
      loaded.value = true;
      unwatch = deps.settings.watch((value) => {
        settings.value = value;
      });
    },
    async add(name) {
      const problem = checkSymptomName(name, takenNames());
      if (!problem) await change((s) => addCustomSymptom(s, newId(), name));
      return problem;
    },
    async rename(id, name) {
      const problem = checkSymptomName(name, takenNames(id));
      if (!problem) await change((s) => renameSymptom(s, id, name));
      return problem;
    },
    resetName: (id) => change((s) => resetSymptomName(s, id)),
    setHidden: (id, hidden) => change((s) => setSymptomHidden(s, id, hidden)),
    move(id, step) {
      const shown = all.value.map((c) => c.id);
      return change((s) => moveSymptom(s, shown, id, step));
    },
    sortByUse: () => change(sortByUse),
    stop: () => unwatch(),
  };
}
