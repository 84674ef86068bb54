/** The export reminder's setting (synced) and this browser's export dates (local). */
import {
  DEFAULT_BACKUP_SETTINGS,
  EMPTY_BACKUP_STATE,
  validateBackupSettings,
  validateBackupState,
} from '../../domain/backup-reminder';
import { flatCodec } from '../../domain/synced-fields';
import { browserSyncEnv, defineSyncedItem, type SyncEnv } from '../synced-item';
import { LOCAL_ITEMS, localItemKey, SYNCED_ITEMS } from '../keys';
import { defineValidatedItem } from '../validated-item';

/** How often to remind the user to export (off, 2, 4 or 8 weeks). Synced, like the other settings. */
export const backupReminderItemOn = (env: SyncEnv = browserSyncEnv) =>
  defineSyncedItem('backupReminder', {
    fallback: DEFAULT_BACKUP_SETTINGS,
    version: SYNCED_ITEMS.backupReminder.version,
    validate: validateBackupSettings,
    codec: flatCodec(),
    env,
  });

export const backupReminderItem = backupReminderItemOn();

/** When this browser last exported (its data is local, so this is too), and the reminder's own dates. */
export const backupStateItem = defineValidatedItem(localItemKey('backupState'), {
  fallback: EMPTY_BACKUP_STATE,
  version: LOCAL_ITEMS.backupState,
  validate: validateBackupState,
});
