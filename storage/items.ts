/**
 * Every stored item, for the side panel, the data view and the tests. Their keys and versions come from the
 * registry of every key Gutwise writes (storage/keys.ts); when an item's shape changes, bump its version there
 * and add a migration step (storage/migrations/).
 *
 * The items live in one module per feature under storage/items/, so a page imports only its own (the popup
 * must not load the journal's validators).
 *
 * Plan progress and settings follow the user to their other browsers: `storage.sync`, within its quotas,
 * merged field by field when two browsers change them at once (storage/synced-item.ts). Logs, journal, plan
 * history and reading place stay in `storage.local` (too large for sync, and private to this computer). Logs
 * and journal entries are not items but one key per local day (storage/day-store.ts).
 */
export { readingProgressItem, panelViewItem } from './items/reading';
export { symptomSettingsItem } from './items/symptoms';
export { planItem, planHistoryItem, planReminderItem } from './items/plan';
export { backupReminderItem, backupStateItem } from './items/backup';
export { journalDraftItem } from './items/journal';
export { summaryNameItem } from './items/summary';
