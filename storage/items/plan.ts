/** The 7-day plan's stored state. */
import { EMPTY_PLAN, validatePlanHistory, validatePlanState, type PastCycle } from '../../domain/plan-state';
import { DEFAULT_REMINDER, validateReminderSettings } from '../../domain/plan-reminder';
import { flatCodec, planCodec } from '../../domain/synced-fields';
import { defineSyncedItem } from '../synced-item';
import { defineValidatedItem } from '../validated-item';

/**
 * The 7-day plan: the cycle under way, "keep going" habits, and the cycle count. Small on purpose (the data
 * issue syncs it through storage.sync, 8 kB per item); finished cycles go to planHistoryItem.
 */
export const planItem = defineSyncedItem('plan', {
  fallback: EMPTY_PLAN,
  version: 1,
  validate: validatePlanState,
  // Synced (storage/synced-item.ts); kept in storage.local `plan` before, moved once.
  codec: planCodec,
  shards: 2,
  legacyLocalKey: 'plan',
});

/** Finished and stopped plan cycles, oldest first, each with its marks and reflection. */
export const planHistoryItem = defineValidatedItem<PastCycle[]>('local:planHistory', {
  fallback: [],
  version: 1,
  validate: validatePlanHistory,
});

/** The optional daily plan reminder: off by default, at a time the user picks. */
export const planReminderItem = defineSyncedItem('planReminder', {
  fallback: DEFAULT_REMINDER,
  version: 1,
  validate: validateReminderSettings,
  // Synced (storage/synced-item.ts); kept in storage.local `planReminder` before, moved once.
  codec: flatCodec(),
  legacyLocalKey: 'planReminder',
});
