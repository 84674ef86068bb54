/**
 * The registry of every stored key. Each item has a version; when its shape changes, bump the version
 * and add a migration step (with a fixture of the old shape and a test in tests/integration/storage/).
 */
import { EMPTY_PROGRESS, validateReadingProgress } from '../domain/reading-progress';
import { defineValidatedItem } from './validated-item';
import { EMPTY_SYMPTOM_SETTINGS, validateSymptomSettings } from '../domain/symptom-settings';
import { PANEL_VIEWS, type PanelView } from '../domain/panel-route';
import { EMPTY_PLAN, validatePlanHistory, validatePlanState, type PastCycle } from '../domain/plan-state';
import { DEFAULT_REMINDER, validateReminderSettings } from '../domain/plan-reminder';
import { validateEntryForm, type EntryForm } from '../domain/journal-form';
import { defineSyncedItem } from './synced-item';
import { flatCodec, planCodec, symptomSettingsCodec } from '../domain/synced-fields';
import { DEFAULT_BACKUP_SETTINGS, EMPTY_BACKUP_STATE, validateBackupSettings, validateBackupState } from '../domain/backup-reminder';

/** The guide reader's place and the sections marked read. Local: it is per-browser reading state. */
export const readingProgressItem = defineValidatedItem('local:readingProgress', {
  fallback: EMPTY_PROGRESS,
  version: 1,
  validate: validateReadingProgress,
});

/** The side panel view the user left open, so reopening the panel returns there. */
export const panelViewItem = defineValidatedItem<PanelView>('local:panelView', {
  fallback: 'today',
  version: 1,
  validate: (value) => (PANEL_VIEWS.includes(value as PanelView) ? (value as PanelView) : undefined),
});

/**
 * Symptom logs: not one item but one key per local day, `logs:YYYY-MM-DD` (WXT spelling
 * `local:logs:YYYY-MM-DD`), version 2, read and written only through storage/symptom-log-store.ts.
 * Shapes and migrations: storage/symptom-log-days.ts.
 */
export { LOG_DAY_PREFIX, LOG_DAY_VERSION } from './symptom-log-days';

/** The user's symptom list: their own symptoms, renames, hidden ones and their order. */
export const symptomSettingsItem = defineSyncedItem('symptoms', {
  fallback: EMPTY_SYMPTOM_SETTINGS,
  version: 1,
  validate: validateSymptomSettings,
  // Synced (storage/synced-item.ts); kept in storage.local `symptoms` before, moved once.
  codec: symptomSettingsCodec,
  shards: 4,
  legacyLocalKey: 'symptoms',
});

/**
 * Not an item: the popup's last symptom list (settings and recent counts) in the extension's localStorage,
 * `gutwise.symptomList`, a cache read synchronously so the buttons show in the first frame
 * (storage/symptom-list-snapshot.ts). The items above stay the truth.
 */

/**
 * The 7-day plan: the cycle under way, "keep going" habits, and the cycle count. Small on purpose (the data
 * issue syncs it through storage.sync, 8 kB per item); finished cycles go to planHistoryItem.
 */
export const planItem = defineSyncedItem('plan', {
  fallback: EMPTY_PLAN,
  version: 1,
  validate: validatePlanState,
  // Synced (storage/synced-item.ts); kept in storage.local `plan` before, moved once.
  codec: planCodec,
  shards: 2,
  legacyLocalKey: 'plan',
});

/** Finished and stopped plan cycles, oldest first, each with its marks and reflection. */
export const planHistoryItem = defineValidatedItem<PastCycle[]>('local:planHistory', {
  fallback: [],
  version: 1,
  validate: validatePlanHistory,
});

/** The optional daily plan reminder: off by default, at a time the user picks. */
export const planReminderItem = defineSyncedItem('planReminder', {
  fallback: DEFAULT_REMINDER,
  version: 1,
  validate: validateReminderSettings,
  // Synced (storage/synced-item.ts); kept in storage.local `planReminder` before, moved once.
  codec: flatCodec(),
  legacyLocalKey: 'planReminder',
});

/**
 * Plan progress and settings follow the user to their other browsers: `storage.sync`, within its quotas,
 * merged field by field when two browsers change them at once (storage/synced-item.ts). Logs, journal,
 * plan history and reading place stay in `storage.local` (too large for sync, and private to this computer).
 */

/** How often to remind the user to export (off, 2, 4 or 8 weeks). Synced, like the other settings. */
export const backupReminderItem = defineSyncedItem('backupReminder', {
  fallback: DEFAULT_BACKUP_SETTINGS,
  version: 1,
  validate: validateBackupSettings,
  codec: flatCodec(),
});

/** When this browser last exported (its data is local, so this is too), and the reminder's own dates. */
export const backupStateItem = defineValidatedItem('local:backupState', {
  fallback: EMPTY_BACKUP_STATE,
  version: 1,
  validate: validateBackupState,
});

/**
 * Journal entries: not one item but one key per local day, `journal:YYYY-MM-DD` (WXT spelling
 * `local:journal:YYYY-MM-DD`), version 1, read and written only through storage/journal-store.ts.
 * Shapes and migrations: storage/journal-days.ts.
 */
export { JOURNAL_DAY_PREFIX, JOURNAL_DAY_VERSION } from './journal-days';

/** The journal entry being written and not yet saved, kept as the user types so closing the panel loses nothing. */
export const journalDraftItem = defineValidatedItem<EntryForm | null>('local:journalDraft', {
  fallback: null,
  version: 1,
  validate: validateEntryForm,
});
