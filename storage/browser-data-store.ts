/** The data store as the side panel uses it: the browser's storage areas, Web Locks and the real items. */
import { summarizingArea } from './day-summaries';
import type { ItemParts } from './data-kinds';
import { createDataStore, type DataChange, type DataStore } from './data-store';
import {
  backupReminderItem,
  planHistoryItem,
  planItem,
  planReminderItem,
  readingProgressItem,
  symptomSettingsItem,
} from './items';
import { defaultLock } from './locks';
import { browserSyncEnv } from './synced-item';
import { systemClock } from '../domain/clock';

/** The items export, import and "delete all" read and write, by part. */
export const ITEM_PARTS: ItemParts = {
  plan: planItem,
  symptoms: symptomSettingsItem,
  planReminder: planReminderItem,
  backupReminder: backupReminderItem,
  planHistory: planHistoryItem,
  readingProgress: readingProgressItem,
};

/** The store of everything this browser holds; `afterChange` clears the pages' copies after an import or deletion. */
export function browserDataStore(afterChange?: (change: DataChange) => void): DataStore {
  return createDataStore({
    // Imports write days through the month summaries Insights reads; "delete all" removes those with the rest.
    local: summarizingArea(browserSyncEnv.local, defaultLock(), systemClock),
    sync: browserSyncEnv.sync,
    lock: defaultLock(),
    clock: systemClock,
    items: ITEM_PARTS,
    afterChange,
  });
}
