/** The synced items exactly as the extension defines them (storage/items/), each on a test's own in-memory browser. */
export { backupReminderItemOn as backupReminderOn } from '../../storage/items/backup';
export { planItemOn as planOn, planReminderItemOn as reminderOn } from '../../storage/items/plan';
export { symptomSettingsItemOn as symptomsOn } from '../../storage/items/symptoms';
