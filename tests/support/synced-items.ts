/** The synced items as the extension defines them (storage/items/), each on a test's own in-memory browser. */
import { DEFAULT_BACKUP_SETTINGS, validateBackupSettings, type BackupSettings } from '../../domain/backup-reminder';
import { DEFAULT_REMINDER, validateReminderSettings, type ReminderSettings } from '../../domain/plan-reminder';
import { EMPTY_PLAN, validatePlanState, type PlanState } from '../../domain/plan-state';
import { EMPTY_SYMPTOM_SETTINGS, validateSymptomSettings, type SymptomSettings } from '../../domain/symptom-settings';
import { flatCodec, planCodec, symptomSettingsCodec } from '../../domain/synced-fields';
import { defineSyncedItem, type SyncEnv } from '../../storage/synced-item';

export const symptomsOn = (env: SyncEnv) =>
  defineSyncedItem<SymptomSettings>('symptoms', {
    fallback: EMPTY_SYMPTOM_SETTINGS,
    version: 1,
    validate: validateSymptomSettings,
    codec: symptomSettingsCodec,
    shards: 4,
    env,
  });

export const planOn = (env: SyncEnv) =>
  defineSyncedItem<PlanState>('plan', {
    fallback: EMPTY_PLAN,
    version: 1,
    validate: validatePlanState,
    codec: planCodec,
    shards: 2,
    env,
  });

export const reminderOn = (env: SyncEnv) =>
  defineSyncedItem<ReminderSettings>('planReminder', {
    fallback: DEFAULT_REMINDER,
    version: 1,
    validate: validateReminderSettings,
    codec: flatCodec(),
    env,
  });

export const backupReminderOn = (env: SyncEnv) =>
  defineSyncedItem<BackupSettings>('backupReminder', {
    fallback: DEFAULT_BACKUP_SETTINGS,
    version: 1,
    validate: validateBackupSettings,
    codec: flatCodec(),
    env,
  });
