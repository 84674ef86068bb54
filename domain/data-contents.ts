/**
 * Everything Gutwise holds for the user, as one plain value: what export writes, what import merges into,
 * what "delete all" counts. Entry parts (logs, journal) are kept per local day exactly as stored, damaged
 * entries included, so a merge writes back every stored value it does not mean to change.
 */
import { DEFAULT_BACKUP_SETTINGS } from './backup-reminder';
import type { EntryPartId, ExportData, SingleValues } from './export-file';
import { entryDay, validateJournalEntry } from './journal-entry';
import { DEFAULT_REMINDER } from './plan-reminder';
import { EMPTY_PLAN } from './plan-state';
import { EMPTY_PROGRESS } from './reading-progress';
import { logDay, validateSymptomLog } from './symptom-log';
import { EMPTY_SYMPTOM_SETTINGS } from './symptom-settings';

/** What the pages keep outside the store until it is written: counted by export and by "delete all". */
export interface UnsavedCounts {
  /** Symptom logs clicked in a popup that closed before they were stored. */
  pendingLogs: number;
  /** Edits of saved journal entries, typed and not saved. */
  editDrafts: number;
}

/** Stored entries (current shape, damaged ones too) by local day. */
export type DayEntries = Record<string, unknown[]>;

export interface StoreContents extends SingleValues {
  days: Record<EntryPartId, DayEntries>;
  /** Days whose stored value this version cannot read (from a newer Gutwise, or damaged): a merge never writes them. */
  blockedDays: Record<EntryPartId, string[]>;
  /**
   * Stored keys with an entry part's prefix but no calendar day a reader knows (`logs:999-06-01`, left by an
   * earlier import that accepted a year before 1000): no view shows them, so export keeps their values as
   * unreadable and Replace and "delete all" remove them.
   */
  misfiled: Record<EntryPartId, string[]>;
}

/** What makes an entry of each entry part valid, which day it is kept under, and its id. */
export interface EntryRules {
  validate(value: unknown): { id: string; updatedAt: string; at: string; offsetMin: number } | undefined;
  dayOf(entry: { at: string; offsetMin: number }): string;
}

export const ENTRY_RULES: Record<EntryPartId, EntryRules> = {
  logs: { validate: validateSymptomLog, dayOf: logDay },
  journal: { validate: validateJournalEntry, dayOf: entryDay },
};
export const ENTRY_PARTS: readonly EntryPartId[] = ['logs', 'journal'];

/** An empty store (what "delete all" leaves). */
export function emptyContents(): StoreContents {
  return {
    days: { logs: {}, journal: {} },
    blockedDays: { logs: [], journal: [] },
    misfiled: { logs: [], journal: [] },
    plan: EMPTY_PLAN,
    planHistory: [],
    symptoms: EMPTY_SYMPTOM_SETTINGS,
    planReminder: DEFAULT_REMINDER,
    backupReminder: DEFAULT_BACKUP_SETTINGS,
    readingProgress: EMPTY_PROGRESS,
  };
}

/** The valid entries of a part in stored order (days ascending), and the stored values that are not valid. */
export function entriesOf(contents: StoreContents, part: EntryPartId): { valid: unknown[]; damaged: unknown[] } {
  const valid: unknown[] = [];
  const damaged: unknown[] = [];
  for (const day of Object.keys(contents.days[part]).sort()) {
    for (const value of contents.days[part][day]!) {
      const entry = ENTRY_RULES[part].validate(value);
      if (entry) valid.push(entry);
      else damaged.push(value);
    }
  }
  return { valid, damaged };
}

/** The export's data part. */
export function exportData(contents: StoreContents): ExportData {
  return {
    logs: entriesOf(contents, 'logs').valid as ExportData['logs'],
    journal: entriesOf(contents, 'journal').valid as ExportData['journal'],
    plan: contents.plan,
    planHistory: contents.planHistory,
    symptoms: contents.symptoms,
    planReminder: contents.planReminder,
    backupReminder: contents.backupReminder,
    readingProgress: contents.readingProgress,
  };
}

/** How much of each kind a store holds, for previews and the delete confirmation. */
export interface Counts {
  logs: number;
  logDays: number;
  journal: number;
  journalDays: number;
  /** Stored values that could not be read (entries, whole days and values under a key no reader knows). */
  damaged: number;
  /** The cycle under way (or the daily habits) plus the past ones. */
  planCycles: number;
  customSymptoms: number;
  readMarks: number;
}

/** Counts what `contents` holds. */
export function countContents(contents: StoreContents): Counts {
  const logs = entriesOf(contents, 'logs');
  const journal = entriesOf(contents, 'journal');
  const blocked = ENTRY_PARTS.reduce((sum, part) => sum + contents.blockedDays[part].length + contents.misfiled[part].length, 0);
  return {
    logs: logs.valid.length,
    logDays: Object.keys(contents.days.logs).length,
    journal: journal.valid.length,
    journalDays: Object.keys(contents.days.journal).length,
    damaged: logs.damaged.length + journal.damaged.length + blocked,
    planCycles: contents.planHistory.length + (contents.plan.cycle || contents.plan.routine ? 1 : 0),
    customSymptoms: contents.symptoms.custom.length,
    readMarks: contents.readingProgress.read.length,
  };
}

/** Counts what an export file's data holds. */
export function countData(data: ExportData): Counts {
  const days = (part: EntryPartId) =>
    new Set((data[part] as { at: string; offsetMin: number }[]).map((e) => ENTRY_RULES[part].dayOf(e))).size;
  return {
    logs: data.logs.length,
    logDays: days('logs'),
    journal: data.journal.length,
    journalDays: days('journal'),
    damaged: 0,
    planCycles: data.planHistory.length + (data.plan.cycle || data.plan.routine ? 1 : 0),
    customSymptoms: data.symptoms.custom.length,
    readMarks: data.readingProgress.read.length,
  };
}
