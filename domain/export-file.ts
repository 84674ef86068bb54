/**
 * The export file: one versioned JSON document with everything the user recorded. The format is Gutwise's
 * own, named in the file (`format`), and versioned apart from the stored shapes: a file says which version
 * wrote it, and an import upgrades older files step by step (`EXPORT_MIGRATIONS`), refusing newer ones.
 *
 * Version 1 (tests/data/fixtures/export-v1.json):
 *   { format: "gutwise-export", version: 1, exportedAt: ISO instant, app: { name: "Gutwise", version },
 *     data: { logs, journal, plan, planHistory, symptoms, planReminder, backupReminder, readingProgress },
 *     unreadable?: { logs?: unknown[], journal?: unknown[] } }
 *   logs and journal are flat lists in stored order (days ascending); every other part is the stored value.
 *   `unreadable` keeps, for the user's own safekeeping, stored entries this version could not read; an
 *   import reports them and leaves them out.
 */
import type { BackupSettings } from './backup-reminder';
import type { JournalEntry } from './journal-entry';
import type { ReminderSettings } from './plan-reminder';
import type { PastCycle, PlanState } from './plan-state';
import type { ReadingProgress } from './reading-progress';
import { NOTE_MAX, type SymptomLog } from './symptom-log';
import type { SymptomSettings } from './symptom-settings';

export const EXPORT_FORMAT = 'gutwise-export';
export const EXPORT_VERSION = 1;
/** At most this many entries of each part in one file. Five years of logging all day is about 200,000. */
export const MAX_ENTRIES = 500_000;

/** A log as large as the store lets one be (a full note, the longest ids), as export writes it. */
const LARGEST_LOG = {
  id: 'x'.repeat(36),
  symptomId: `custom-${'x'.repeat(36)}`,
  severity: 4,
  at: '2026-11-26T13:05:00.000Z',
  offsetMin: -720,
  note: 'x'.repeat(NOTE_MAX),
  createdAt: '2026-11-26T13:05:00.000Z',
  updatedAt: '2026-11-26T13:05:00.000Z',
};
const exportedBytes = (logs: unknown[]) => JSON.stringify({ data: { logs } }, null, 2).length;

/**
 * The largest file import reads, sized from the store's own maxima: MAX_ENTRIES logs each as large as a log
 * can be. Five years of everyday logging (200,000 logs and 50,000 journal entries) exports to a fraction of that
 * (README, Benchmarks), so every export a store within the import's entry limits can write, imports. (A browser
 * page holds a string of at most about 512 M characters; this stays under it.)
 */
export const MAX_IMPORT_BYTES = MAX_ENTRIES * (exportedBytes([LARGEST_LOG, LARGEST_LOG]) - exportedBytes([LARGEST_LOG]));

/** Everything the user recorded, part by part (the "stored kinds"; storage/data-kinds.ts reads and writes each). */
/** Everything that is one value per user (plan, settings, reading place), as stored and as exported. */
export interface SingleValues {
  plan: PlanState;
  planHistory: PastCycle[];
  symptoms: SymptomSettings;
  planReminder: ReminderSettings;
  backupReminder: BackupSettings;
  readingProgress: ReadingProgress;
}

export interface ExportData extends SingleValues {
  logs: SymptomLog[];
  journal: JournalEntry[];
}

export type PartId = keyof ExportData;
/** Every part, in the order files list them. */
export const PART_IDS: readonly PartId[] = [
  'logs',
  'journal',
  'plan',
  'planHistory',
  'symptoms',
  'planReminder',
  'backupReminder',
  'readingProgress',
];
/** The parts that are lists of entries kept one key per day. */
export type EntryPartId = 'logs' | 'journal';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  app: { name: 'Gutwise'; version: string };
  data: ExportData;
  unreadable?: Partial<Record<EntryPartId, unknown[]>>;
}

/** One step per file version: `EXPORT_MIGRATIONS[n]` turns a version n-1 file into version n. None yet. */
export const EXPORT_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** Builds the file for `data`, made at `nowMs` by Gutwise `appVersion`. */
export function buildExportFile(
  data: ExportData,
  nowMs: number,
  appVersion: string,
  unreadable?: ExportFile['unreadable'],
): ExportFile {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(nowMs).toISOString(),
    app: { name: 'Gutwise', version: appVersion },
    data,
  };
  const kept = Object.fromEntries(Object.entries(unreadable ?? {}).filter(([, list]) => list && list.length > 0));
  if (Object.keys(kept).length > 0) file.unreadable = kept;
  return file;
}

/** `gutwise-export-2026-11-26.json` (the local date), and the same stem for the CSV files. */
export function exportFileName(localDate: string, part: 'all' | EntryPartId): string {
  return part === 'all'
    ? `gutwise-export-${localDate}.json`
    : `gutwise-${part === 'logs' ? 'symptom-logs' : 'journal'}-${localDate}.csv`;
}
