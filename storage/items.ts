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
export const symptomSettingsItem = defineValidatedItem('local:symptoms', {
  fallback: EMPTY_SYMPTOM_SETTINGS,
  version: 1,
  validate: validateSymptomSettings,
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
export const planItem = defineValidatedItem('local:plan', {
  fallback: EMPTY_PLAN,
  version: 1,
  validate: validatePlanState,
});

/** Finished and stopped plan cycles, oldest first, each with its marks and reflection. */
export const planHistoryItem = defineValidatedItem<PastCycle[]>('local:planHistory', {
  fallback: [],
  version: 1,
  validate: validatePlanHistory,
});

/** The optional daily plan reminder: off by default, at a time the user picks. */
export const planReminderItem = defineValidatedItem('local:planReminder', {
  fallback: DEFAULT_REMINDER,
  version: 1,
  validate: validateReminderSettings,
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
