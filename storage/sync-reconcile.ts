/**
 * The background's part in syncing: whenever browser sync brings a change to a synced item (or any context
 * writes one), join it with this browser's copy and write back what the other side lacked. Idempotent, so
 * hearing its own writes costs one read. Also runs once per wake-up, which moves values of earlier releases
 * from storage.local to sync even before a page opens.
 */
import { backupReminderItem, planItem, planReminderItem, symptomSettingsItem } from './items';
import type { SyncedItem } from './synced-item';

/** Every synced item: adding one here is all the background needs. */
export const SYNCED_ITEMS: readonly SyncedItem<never>[] = [
  planItem,
  planReminderItem,
  symptomSettingsItem,
  backupReminderItem,
] as never;

/** Registers the listeners (synchronously, as MV3 requires) and reconciles once now. */
export function registerSyncReconcile(items: readonly SyncedItem<never>[] = SYNCED_ITEMS): void {
  for (const item of items) {
    // A failed reconcile (offline quota, a newer Gutwise elsewhere) leaves both copies as they are; the next change retries.
    const run = () => void item.reconcile().catch(() => undefined);
    item.watchSync(run);
    run();
  }
}
