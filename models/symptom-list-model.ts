import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import {
  addCustomSymptom,
  checkSymptomName,
  EMPTY_SYMPTOM_SETTINGS,
  moveSymptom,
  orderedSymptoms,
  renameSymptom,
  resetSymptomName,
  setSymptomHidden,
  sortByUse,
  usageFromLogs,
  USAGE_DAYS,
  type SymptomChoice,
  type SymptomNameError,
  type SymptomSettings,
  type SymptomUsage,
} from '../domain/symptom-settings';
import { CUSTOM_ID_PREFIX } from '../domain/symptoms';
import type { SymptomLog } from '../domain/symptom-log';
import type { SymptomListCopy } from '../storage/symptom-list-copy';
import type { SyncWriteProblem } from '../domain/write-problems';
import { syncWriteProblemOf } from './sync-write-problem';
import type { StoredValue } from '../storage/stored-value';

export interface SymptomListModel {
  loaded: ReadonlySignal<boolean>;
  /** Every symptom in display order, hidden ones included (for the manager). */
  all: ReadonlySignal<SymptomChoice[]>;
  /** What the logger offers: visible symptoms, most used first by the counts known when it opened. */
  visible: ReadonlySignal<SymptomChoice[]>;
  /** Whether the user set their own order (otherwise most used first). */
  customOrder: ReadonlySignal<boolean>;
  /** Why the last change was refused (the list syncs within browser quotas); nothing was changed then. */
  problem: ReadonlySignal<SyncWriteProblem | undefined>;
  /** The shown name of a symptom id (the user's name, else the built-in one). */
  nameOf: (id: string) => string;
  /** Reads the settings (and, on a first open with no page copy, the recent counts that order the buttons). */
  load(): Promise<void>;
  /** Recounts the last four weeks for the next open (the popup calls it when idle; the order shown stays). */
  refreshUsage(): Promise<void>;
  /** Counts just-saved logs for the next time the list opens (the buttons do not move now). */
  noteLogged: (logs: readonly SymptomLog[]) => void;
  /** Each change resolves to whether it was saved; a refused one sets `problem` and changes nothing. */
  add(name: string): Promise<SymptomNameError | 'notSaved' | undefined>;
  rename(id: string, name: string): Promise<SymptomNameError | 'notSaved' | undefined>;
  resetName(id: string): Promise<boolean>;
  setHidden(id: string, hidden: boolean): Promise<boolean>;
  move(id: string, step: -1 | 1): Promise<boolean>;
  sortByUse(): Promise<boolean>;
  stop(): void;
}

export interface SymptomListDeps {
  settings: StoredValue<SymptomSettings>;
  /** The logs of the last `days` days (the store's listRecent). */
  recentLogs: (days: number) => Promise<SymptomLog[]>;
  /** The translated name of a built-in symptom. */
  builtInName: (id: string) => string;
  /** The page copy the first frame renders from; without it the list waits for storage. */
  listCopy?: SymptomListCopy;
  newId?: () => string;
}

/**
 * The user's symptom list. The order (most used in the last four weeks, unless the user set their own) is fixed
 * when the list opens, so buttons never reshuffle under the pointer; the user's own edits apply at once, everywhere.
 */
export function createSymptomListModel(deps: SymptomListDeps): SymptomListModel {
  const copied = deps.listCopy?.read();
  const settings: Signal<SymptomSettings> = signal(copied?.settings ?? EMPTY_SYMPTOM_SETTINGS);
  const usageAtOpen = signal<SymptomUsage>(copied?.usage ?? {});
  let latestUsage: SymptomUsage = copied?.usage ?? {};
  const loaded = signal(copied !== undefined);
  const problem = signal<SyncWriteProblem | undefined>(undefined);
  const newId = deps.newId ?? (() => `${CUSTOM_ID_PREFIX}${crypto.randomUUID()}`);
  const all = computed(() => orderedSymptoms(settings.value, usageAtOpen.value));
  const visible = computed(() => all.value.filter((choice) => !choice.hidden));
  let unwatch = () => {};

  const remember = () => deps.listCopy?.write({ settings: settings.peek(), usage: latestUsage });
  const nameOf = (id: string) => all.value.find((c) => c.id === id)?.customName ?? deps.builtInName(id);
  const takenNames = (exceptId?: string) => all.value.filter((c) => c.id !== exceptId).map((c) => nameOf(c.id));
  /** Shows the change at once and saves it; if storage refuses, shows what is stored again and says why. */
  const change = async (step: (s: SymptomSettings) => SymptomSettings): Promise<boolean> => {
    const before = settings.value;
    settings.value = step(settings.value);
    try {
      settings.value = await deps.settings.update(step);
      problem.value = undefined;
      return true;
    } catch (error) {
      settings.value = await deps.settings.get().catch(() => before);
      problem.value = syncWriteProblemOf(error);
      return false;
    } finally {
      remember();
    }
  };
  const changeNamed = async (nameProblem: SymptomNameError | undefined, step: (s: SymptomSettings) => SymptomSettings) =>
    nameProblem ?? ((await change(step)) ? undefined : ('notSaved' as const));

  return {
    loaded,
    all,
    visible,
    customOrder: computed(() => settings.value.order !== null),
    problem,
    nameOf,
    async load() {
      const fromCopy = loaded.peek();
      const [stored, recent] = await Promise.all([deps.settings.get(), fromCopy ? undefined : deps.recentLogs(USAGE_DAYS)]);
      settings.value = stored;
      if (recent) latestUsage = usageAtOpen.value = usageFromLogs(recent);
      loaded.value = true;
      remember();
      unwatch = deps.settings.watch((value) => {
        settings.value = value;
        remember();
      });
    },
    async refreshUsage() {
      // The order shown stays as it opened; the fresh counts are for the next open.
      latestUsage = usageFromLogs(await deps.recentLogs(USAGE_DAYS));
      remember();
    },
    noteLogged(logs) {
      const counts = { ...latestUsage };
      for (const log of logs) counts[log.symptomId] = (counts[log.symptomId] ?? 0) + 1;
      latestUsage = counts;
      remember();
    },
    add: (name) => changeNamed(checkSymptomName(name, takenNames()), (s) => addCustomSymptom(s, newId(), name)),
    rename: (id, name) => changeNamed(checkSymptomName(name, takenNames(id)), (s) => renameSymptom(s, id, name)),
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
