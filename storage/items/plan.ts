/** The 7-day plan's stored state. */
import { EMPTY_PLAN, validatePlanHistory, validatePlanState, type PastCycle } from '../../domain/plan-state';
import { DEFAULT_REMINDER, validateReminderSettings } from '../../domain/plan-reminder';
import { flatCodec, planCodec } from '../../domain/synced-fields';
import { browserSyncEnv, defineSyncedItem, type SyncEnv } from '../synced-item';
import { LOCAL_ITEMS, localItemKey, SYNCED_ITEMS } from '../keys';
import { defineValidatedItem } from '../validated-item';

/**
 * The 7-day plan: the cycle under way, "keep going" habits, and the cycle count. Small on purpose (the data
 * issue syncs it through storage.sync, 8 kB per item); finished cycles go to planHistoryItem.
 */
export const planItemOn = (env: SyncEnv = browserSyncEnv) =>
  defineSyncedItem('plan', {
    fallback: EMPTY_PLAN,
    version: SYNCED_ITEMS.plan.version,
    validate: validatePlanState,
    // Synced (storage/synced-item.ts); kept in storage.local `plan` before, moved once.
    codec: planCodec,
    shards: SYNCED_ITEMS.plan.shards,
    legacyLocalKey: 'plan',
    env,
  });

export const planItem = planItemOn();

/** Finished and stopped plan cycles, oldest first, each with its marks and reflection. */
export const planHistoryItem = defineValidatedItem<PastCycle[]>(localItemKey('planHistory'), {
  fallback: [],
  version: LOCAL_ITEMS.planHistory,
  validate: validatePlanHistory,
});

/** The optional daily plan reminder: off by default, at a time the user picks. */
export const planReminderItemOn = (env: SyncEnv = browserSyncEnv) =>
  defineSyncedItem('planReminder', {
    fallback: DEFAULT_REMINDER,
    version: SYNCED_ITEMS.planReminder.version,
    validate: validateReminderSettings,
    // Synced (storage/synced-item.ts); kept in storage.local `planReminder` before, moved once.
    codec: flatCodec(),
    legacyLocalKey: 'planReminder',
    env,
  });

export const planReminderItem = planReminderItemOn();
