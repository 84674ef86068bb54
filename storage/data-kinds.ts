/**
 * The stored kinds, as export, import and "delete all" see them: where each part of the user's data lives
 * and how it is read and written. A new kind of data is one entry here (plus its type in ExportData and its
 * schema in domain/import-schema.ts); tests/integration/data/stored-kinds.test.ts fails on a stored key
 * that no kind claims.
 */
import type { BackupSettings } from '../domain/backup-reminder';
import type { EntryPartId } from '../domain/export-file';
import { dayValue, readDay, type DayFormat, type MigrationContext } from './day-records';
import { LOG_DAYS } from './symptom-log-days';
import { JOURNAL_DAYS } from './journal-days';
import type { ReminderSettings } from '../domain/plan-reminder';
import type { PastCycle, PlanState } from '../domain/plan-state';
import type { ReadingProgress } from '../domain/reading-progress';
import type { SymptomSettings } from '../domain/symptom-settings';
import { JOURNAL_DAY_PREFIX, keyRegistry, keyEntryOf, LOG_DAY_PREFIX } from './keys';
import type { SyncedItem } from './synced-item';
import type { ValidatedItem } from './validated-item';

/** An entry part kept one key per local day (`logs:2026-11-26`, `journal:2026-11-26`). */
export interface DayStorage {
  /** What every key of this part starts with; a key with it that `dayOf` refuses is misfiled. */
  prefix: string;
  keyOf: (day: string) => string;
  /** The day of one of this part's keys, or undefined for any other key. */
  dayOf(key: string): string | undefined;
  /** The stored entries of a day value (upgraded to the current shape), or undefined when this version cannot read it. */
  read(raw: unknown, context: MigrationContext): unknown[] | undefined;
  /** The stored value of a day holding `entries`. */
  value(entries: readonly unknown[]): unknown;
}

function dayStorage(format: DayFormat<unknown>, prefix: string): DayStorage {
  return {
    prefix,
    keyOf: format.keyOf,
    dayOf: format.dayOf,
    read(raw, context) {
      const read = readDay(format, raw, context);
      return read.ok ? read.stored : undefined;
    },
    value: (entries) => dayValue(format, entries),
  };
}

export const DAY_STORAGE: Record<EntryPartId, DayStorage> = {
  logs: dayStorage(LOG_DAYS, LOG_DAY_PREFIX),
  journal: dayStorage(JOURNAL_DAYS, JOURNAL_DAY_PREFIX),
};

/** The parts kept as one value each: synced (plan progress, settings) or in storage.local. */
export interface ItemParts {
  plan: SyncedItem<PlanState>;
  symptoms: SyncedItem<SymptomSettings>;
  planReminder: SyncedItem<ReminderSettings>;
  backupReminder: SyncedItem<BackupSettings>;
  planHistory: ValidatedItem<PastCycle[]>;
  readingProgress: ValidatedItem<ReadingProgress>;
}

export const SYNCED_PARTS = ['plan', 'symptoms', 'planReminder', 'backupReminder'] as const;
export const LOCAL_PARTS = ['planHistory', 'readingProgress'] as const;

/** The storage.local key of a local item (`local:planHistory` → `planHistory`). */
export const localKeyOf = (item: ValidatedItem<unknown>) => item.key.slice(item.key.indexOf(':') + 1);

/**
 * Keys derived from the records, never exported (an import rebuilds them through its writes): the month
 * summaries Insights reads (storage/day-summaries.ts). "Delete all" removes them with everything else.
 */
export const isDerivedKey = (key: string): boolean => keyEntryOf('local', key)?.kind === 'derived';

/** Keys that are not the user's records but this browser's own state; "delete all" removes them too. */
export const browserStateKeys = (): string[] =>
  keyRegistry()
    .filter((entry) => entry.place === 'local' && entry.kind === 'browserState')
    .map((entry) => entry.name);
