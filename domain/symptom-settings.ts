/**
 * The user's symptom list: built-in symptoms plus their own, renamed, hidden and ordered as they chose.
 * Every change is a pure function from settings to settings; renames never touch the id, so a renamed
 * symptom keeps its history.
 */
import { BUILT_IN_SYMPTOMS, CUSTOM_ID_PREFIX, isBuiltInSymptom, isSymptomId } from './symptoms';

export interface CustomSymptom {
  id: string;
  name: string;
}

export interface SymptomSettings {
  /** Symptoms the user added, in the order added. */
  custom: CustomSymptom[];
  /** Names the user gave built-in symptoms, by id. */
  renamed: Record<string, string>;
  /** Ids the user hid from the quick logger (their logs stay). */
  hidden: string[];
  /** The user's own order, or null for "most used first". */
  order: string[] | null;
}

/** How often each symptom was logged lately, by id: the "most used first" ordering. */
export type SymptomUsage = Record<string, number>;

/** "Most used" looks at the last four weeks: recent habits count, and the read stays the same size for years. */
export const USAGE_DAYS = 28;

export const EMPTY_SYMPTOM_SETTINGS: SymptomSettings = { custom: [], renamed: {}, hidden: [], order: null };
export const EMPTY_USAGE: SymptomUsage = {};
export const SYMPTOM_NAME_MAX = 40;

/** One entry of the list the logger and the manager show. */
export interface SymptomChoice {
  id: string;
  /** The user's name for it; undefined means the built-in (translated) name. */
  customName: string | undefined;
  builtIn: boolean;
  hidden: boolean;
}

export type SymptomNameError = 'empty' | 'tooLong' | 'duplicate';

/** Characters that take no space: zero-width spaces and joiners, direction marks, the soft hyphen, the BOM. */
// The combining grapheme joiner (U+034F) stands outside the class: inside one it reads as joined to its neighbour.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\u034F/g;

/** Whether a name shows anything at all: one made only of spaces or invisible characters would be a blank button. */
export const isVisibleName = (name: string): boolean => name.replace(INVISIBLE, '').trim().length > 0;

const isName = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= SYMPTOM_NAME_MAX;

/** Accepts stored settings only in the current shape; otherwise undefined (the caller falls back). */
export function validateSymptomSettings(value: unknown): SymptomSettings | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { custom, renamed, hidden, order } = value as Record<string, unknown>;
  if (!Array.isArray(custom) || !Array.isArray(hidden)) return undefined;
  if (renamed === null || typeof renamed !== 'object' || Array.isArray(renamed)) return undefined;
  if (order !== null && !Array.isArray(order)) return undefined;
  const customOk = (custom as unknown[]).every((entry) => {
    if (entry === null || typeof entry !== 'object') return false;
    const { id, name } = entry as Record<string, unknown>;
    return isSymptomId(id) && id.startsWith(CUSTOM_ID_PREFIX) && isName(name);
  });
  const renamedOk = Object.entries(renamed).every(([id, name]) => isBuiltInSymptom(id) && isName(name));
  if (!customOk || !renamedOk) return undefined;
  if (!hidden.every(isSymptomId) || (order && !order.every(isSymptomId))) return undefined;
  return {
    custom: (custom as CustomSymptom[]).map(({ id, name }) => ({ id, name })),
    renamed: { ...(renamed as Record<string, string>) },
    hidden: [...new Set(hidden)],
    order: order ? [...new Set(order)] : null,
  };
}

/** Accepts usage counts only as non-negative whole numbers by symptom id. */
export function validateSymptomUsage(value: unknown): SymptomUsage | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  const ok = entries.every(([id, n]) => isSymptomId(id) && typeof n === 'number' && Number.isInteger(n) && n >= 0);
  return ok ? (Object.fromEntries(entries) as SymptomUsage) : undefined;
}

/** Counts the logs of each symptom. */
export function usageFromLogs(logs: readonly { symptomId: string }[]): SymptomUsage {
  const usage: SymptomUsage = {};
  for (const log of logs) usage[log.symptomId] = (usage[log.symptomId] ?? 0) + 1;
  return usage;
}

/**
 * Every symptom, hidden ones included, in display order: the user's order when they set one, otherwise the
 * most used first, ties in the guide's order with the user's own after.
 */
export function orderedSymptoms(settings: SymptomSettings, usage: SymptomUsage): SymptomChoice[] {
  const hidden = new Set(settings.hidden);
  const all: SymptomChoice[] = [
    ...BUILT_IN_SYMPTOMS.map(({ id }) => ({ id, customName: settings.renamed[id], builtIn: true, hidden: hidden.has(id) })),
    ...settings.custom.map(({ id, name }) => ({ id, customName: name, builtIn: false, hidden: hidden.has(id) })),
  ];
  const natural = new Map(all.map((choice, index) => [choice.id, index]));
  if (settings.order) {
    const position = new Map(settings.order.map((id, index) => [id, index]));
    const rank = (id: string) => position.get(id) ?? settings.order!.length + natural.get(id)!;
    return all.sort((a, b) => rank(a.id) - rank(b.id));
  }
  return all.sort((a, b) => (usage[b.id] ?? 0) - (usage[a.id] ?? 0) || natural.get(a.id)! - natural.get(b.id)!);
}

/** Why `name` cannot be used, or undefined when it can. `taken` holds the names already in use. */
export function checkSymptomName(name: string, taken: readonly string[]): SymptomNameError | undefined {
  const trimmed = name.trim();
  if (!isVisibleName(trimmed)) return 'empty';
  if (trimmed.length > SYMPTOM_NAME_MAX) return 'tooLong';
  const lower = trimmed.toLocaleLowerCase();
  return taken.some((other) => other.trim().toLocaleLowerCase() === lower) ? 'duplicate' : undefined;
}

/** Adds a symptom of the user's own with the given id (from the caller's id source). */
export function addCustomSymptom(settings: SymptomSettings, id: string, name: string): SymptomSettings {
  const order = settings.order ? [...settings.order, id] : null;
  return { ...settings, custom: [...settings.custom, { id, name: name.trim() }], order };
}

/** Renames a symptom; the id, and so every log of it, stays. */
export function renameSymptom(settings: SymptomSettings, id: string, name: string): SymptomSettings {
  const trimmed = name.trim();
  if (!isBuiltInSymptom(id)) {
    return { ...settings, custom: settings.custom.map((entry) => (entry.id === id ? { id, name: trimmed } : entry)) };
  }
  return { ...settings, renamed: { ...settings.renamed, [id]: trimmed } };
}

/** Gives a built-in symptom its guide name back. */
export function resetSymptomName(settings: SymptomSettings, id: string): SymptomSettings {
  const { [id]: _dropped, ...renamed } = settings.renamed;
  return { ...settings, renamed };
}

/** Hides a symptom from the quick logger, or shows it again. */
export function setSymptomHidden(settings: SymptomSettings, id: string, hidden: boolean): SymptomSettings {
  const others = settings.hidden.filter((other) => other !== id);
  return { ...settings, hidden: hidden ? [...others, id] : others };
}

/** Moves a symptom one place up (-1) or down (+1) in `current`, the order shown; from then on the order is the user's. */
export function moveSymptom(settings: SymptomSettings, current: readonly string[], id: string, step: -1 | 1): SymptomSettings {
  const order = [...current];
  const from = order.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return settings;
  [order[from], order[to]] = [order[to] as string, order[from] as string];
  return { ...settings, order };
}

/** Goes back to "most used first". */
export function sortByUse(settings: SymptomSettings): SymptomSettings {
  return { ...settings, order: null };
}
