/** The synced items exactly as the extension defines them (storage/items/), each on a test's own in-memory browser. */
import { backupReminderItemOn } from '../../storage/items/backup';
import { planItemOn, planReminderItemOn } from '../../storage/items/plan';
import { symptomSettingsItemOn } from '../../storage/items/symptoms';
import type { SyncEnv } from '../../storage/synced-item';

// The env is required here: an item a test made without one would reach for the real browser's storage.
export const symptomsOn = (env: SyncEnv) => symptomSettingsItemOn(env);
export const planOn = (env: SyncEnv) => planItemOn(env);
export const reminderOn = (env: SyncEnv) => planReminderItemOn(env);
export const backupReminderOn = (env: SyncEnv) => backupReminderItemOn(env);
