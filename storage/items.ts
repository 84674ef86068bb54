/**
 * The registry of every stored key. Each item has a version; when its shape changes, bump the version
 * and add a migration step (with a fixture of the old shape and a test in tests/integration/storage/).
 *
 * The items live in one module per feature under storage/items/, so a page imports only its own (the
 * popup must not load the journal's validators); this file lists them all, for the side panel, the data
 * view and the tests.
 */
export { readingProgressItem, panelViewItem } from './items/reading';
export { symptomSettingsItem } from './items/symptoms';
export { planItem, planHistoryItem, planReminderItem } from './items/plan';
export { backupReminderItem, backupStateItem } from './items/backup';
export { journalDraftItem } from './items/journal';
export { summaryNameItem } from './items/summary';

/**
 * Symptom logs: not one item but one key per local day, `logs:YYYY-MM-DD` (WXT spelling
 * `local:logs:YYYY-MM-DD`), version 2, read and written only through storage/symptom-log-store.ts.
 * Shapes and migrations: storage/symptom-log-days.ts.
 */
export { LOG_DAY_PREFIX, LOG_DAY_VERSION } from './symptom-log-days';

/**
 * Not an item: the popup's last symptom list (settings and recent counts) in the extension's localStorage,
 * `gutwise.symptomList`, a page copy read synchronously so the buttons show in the first frame
 * (storage/symptom-list-copy.ts). The items stay the truth.
 */

/**
 * Plan progress and settings follow the user to their other browsers: `storage.sync`, within its quotas,
 * merged field by field when two browsers change them at once (storage/synced-item.ts). Logs, journal,
 * plan history and reading place stay in `storage.local` (too large for sync, and private to this computer).
 */

/**
 * Journal entries: not one item but one key per local day, `journal:YYYY-MM-DD` (WXT spelling
 * `local:journal:YYYY-MM-DD`), version 1, read and written only through storage/journal-store.ts.
 * Shapes and migrations: storage/journal-days.ts.
 */
export { JOURNAL_DAY_PREFIX, JOURNAL_DAY_VERSION } from './journal-days';
