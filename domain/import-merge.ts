/**
 * What an import does to the store, worked out before anything is written, so the preview shows exactly
 * what the write will do.
 *
 * Merge: entries match by id, so nothing is duplicated; a matching entry is replaced only when the file's
 * copy was edited later (`updatedAt`); past plan cycles match by number and start; the user's own symptoms
 * by id. Settings, the plan under way and the reading place stay as they are, unless they were never set
 * here (a fresh install then takes the file's). Days a newer Gutwise wrote are never written over.
 * Replace: the store becomes the file's data.
 */
import { canonical } from './lww-map';
import { DEFAULT_BACKUP_SETTINGS } from './backup-reminder';
import { ENTRY_PARTS, ENTRY_RULES, type DayEntries, type StoreContents } from './data-contents';
import type { EntryPartId, ExportData } from './export-file';
import { DEFAULT_REMINDER } from './plan-reminder';
import type { PastCycle } from './plan-state';
import { EMPTY_PROGRESS } from './reading-progress';
import { EMPTY_SYMPTOM_SETTINGS, type SymptomSettings } from './symptom-settings';

export type ImportMode = 'merge' | 'replace';

export interface EntryChanges {
  added: number;
  updated: number;
  /** Already here with the same or a later edit. */
  unchanged: number;
  /** Would go to a day this version cannot write (stored by a newer Gutwise). */
  skipped: number;
}

export interface ImportChanges {
  logs: EntryChanges;
  journal: EntryChanges;
  pastCycles: number;
  customSymptoms: number;
  readMarks: number;
  /** Whether the plan under way comes from the file. */
  planFromFile: boolean;
  /** Whether settings (reminders, symptom names and order) come from the file. */
  settingsFromFile: boolean;
}

const isUnset = (value: unknown, empty: unknown) => canonical(value) === canonical(empty);

function mergeEntries(
  current: DayEntries,
  blocked: readonly string[],
  incoming: readonly unknown[],
  part: EntryPartId,
): { days: DayEntries; changes: EntryChanges } {
  const rules = ENTRY_RULES[part];
  const days: DayEntries = Object.fromEntries(Object.entries(current).map(([day, values]) => [day, [...values]]));
  const blockedDays = new Set(blocked);
  const changes: EntryChanges = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const index = new Map<string, { day: string; updatedAt: string; text: string }>();
  for (const [day, values] of Object.entries(days)) {
    for (const value of values) {
      const entry = rules.validate(value);
      if (entry) index.set(entry.id, { day, updatedAt: entry.updatedAt, text: canonical(entry) });
    }
  }
  const idOf = (value: unknown) => rules.validate(value)?.id;
  for (const value of incoming) {
    const entry = rules.validate(value)!;
    const day = rules.dayOf(entry);
    const existing = index.get(entry.id);
    if (existing && (existing.text === canonical(entry) || entry.updatedAt <= existing.updatedAt)) {
      changes.unchanged++;
      continue;
    }
    if (blockedDays.has(day)) {
      changes.skipped++;
      continue;
    }
    if (existing) {
      const kept = days[existing.day]!.filter((stored) => idOf(stored) !== entry.id);
      if (existing.day === day) {
        const at = days[day]!.findIndex((stored) => idOf(stored) === entry.id);
        days[day]![at] = entry;
      } else if (kept.length > 0) days[existing.day] = kept;
      else delete days[existing.day];
      if (existing.day !== day) days[day] = [...(days[day] ?? []), entry];
      changes.updated++;
    } else {
      days[day] = [...(days[day] ?? []), entry];
      changes.added++;
    }
    index.set(entry.id, { day, updatedAt: entry.updatedAt, text: canonical(entry) });
  }
  return { days, changes };
}

function groupByDay(incoming: readonly unknown[], part: EntryPartId): DayEntries {
  const days: DayEntries = {};
  for (const value of incoming) {
    const day = ENTRY_RULES[part].dayOf(value as { at: string; offsetMin: number });
    (days[day] ??= []).push(value);
  }
  return days;
}

function mergeHistory(current: readonly PastCycle[], incoming: readonly PastCycle[]): { history: PastCycle[]; added: number } {
  const key = (cycle: PastCycle) => `${cycle.number}|${cycle.start}`;
  const known = new Set(current.map(key));
  const added = incoming.filter((cycle) => !known.has(key(cycle)));
  return {
    history: [...current, ...added].sort((a, b) => a.number - b.number || a.start.localeCompare(b.start)),
    added: added.length,
  };
}

function mergeSymptoms(current: SymptomSettings, incoming: SymptomSettings): { symptoms: SymptomSettings; added: number } {
  if (isUnset(current, EMPTY_SYMPTOM_SETTINGS)) return { symptoms: incoming, added: incoming.custom.length };
  const known = new Set(current.custom.map((symptom) => symptom.id));
  const added = incoming.custom.filter((symptom) => !known.has(symptom.id));
  const addedIds = new Set(added.map((symptom) => symptom.id));
  return {
    symptoms: {
      custom: [...current.custom, ...added],
      renamed: { ...incoming.renamed, ...current.renamed },
      // A symptom of the user's own that arrives hidden stays hidden; every other choice here stays as it is.
      hidden: [...current.hidden, ...incoming.hidden.filter((id) => addedIds.has(id))],
      order: current.order,
    },
    added: added.length,
  };
}

/** The store after importing `incoming` in `mode`, and what changes. */
export function planImport(
  current: StoreContents,
  incoming: ExportData,
  mode: ImportMode,
): { next: StoreContents; changes: ImportChanges } {
  if (mode === 'replace') {
    const next: StoreContents = {
      days: { logs: groupByDay(incoming.logs, 'logs'), journal: groupByDay(incoming.journal, 'journal') },
      blockedDays: { logs: [], journal: [] },
      misfiled: { logs: [], journal: [] },
      plan: incoming.plan,
      planHistory: incoming.planHistory,
      symptoms: incoming.symptoms,
      planReminder: incoming.planReminder,
      backupReminder: incoming.backupReminder,
      readingProgress: incoming.readingProgress,
    };
    const all = (n: number): EntryChanges => ({ added: n, updated: 0, unchanged: 0, skipped: 0 });
    return {
      next,
      changes: {
        logs: all(incoming.logs.length),
        journal: all(incoming.journal.length),
        pastCycles: incoming.planHistory.length,
        customSymptoms: incoming.symptoms.custom.length,
        readMarks: incoming.readingProgress.read.length,
        planFromFile: true,
        settingsFromFile: true,
      },
    };
  }
  const merged = Object.fromEntries(
    ENTRY_PARTS.map((part) => [part, mergeEntries(current.days[part], current.blockedDays[part], incoming[part], part)]),
  ) as Record<EntryPartId, ReturnType<typeof mergeEntries>>;
  const history = mergeHistory(current.planHistory, incoming.planHistory);
  const symptoms = mergeSymptoms(current.symptoms, incoming.symptoms);
  const planFromFile =
    current.plan.cycle === null &&
    current.plan.routine === null &&
    (incoming.plan.cycle !== null || incoming.plan.routine !== null);
  const settingsFromFile =
    isUnset(current.planReminder, DEFAULT_REMINDER) && isUnset(current.backupReminder, DEFAULT_BACKUP_SETTINGS);
  const knownRead = new Set(current.readingProgress.read);
  const newRead = incoming.readingProgress.read.filter((id) => !knownRead.has(id));
  const progress = isUnset(current.readingProgress, EMPTY_PROGRESS)
    ? incoming.readingProgress
    : { ...current.readingProgress, read: [...current.readingProgress.read, ...newRead] };
  return {
    next: {
      days: { logs: merged.logs.days, journal: merged.journal.days },
      blockedDays: current.blockedDays,
      misfiled: current.misfiled,
      plan: planFromFile
        ? { ...incoming.plan, cyclesStarted: Math.max(incoming.plan.cyclesStarted, current.plan.cyclesStarted) }
        : current.plan,
      planHistory: history.history,
      symptoms: symptoms.symptoms,
      planReminder: settingsFromFile ? incoming.planReminder : current.planReminder,
      backupReminder: settingsFromFile ? incoming.backupReminder : current.backupReminder,
      readingProgress: progress,
    },
    changes: {
      logs: merged.logs.changes,
      journal: merged.journal.changes,
      pastCycles: history.added,
      customSymptoms: symptoms.added,
      readMarks: newRead.length,
      planFromFile,
      settingsFromFile,
    },
  };
}
