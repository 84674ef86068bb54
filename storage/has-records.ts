/** Whether anything worth backing up is stored: a day of symptom logs or journal entries. */
import type { KeyValueArea } from './key-value-area';
import { browserSyncEnv } from './synced-item';
import { dayOfJournalKey, dayOfLogKey } from './keys';

/** True once any log or journal day exists in `area` (the extension's storage.local by default). */
export async function hasRecords(area: KeyValueArea = browserSyncEnv.local): Promise<boolean> {
  return (await area.keys()).some((key) => dayOfLogKey(key) !== undefined || dayOfJournalKey(key) !== undefined);
}
