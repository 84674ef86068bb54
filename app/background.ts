/**
 * The background's setup: every listener the service worker needs, added synchronously on each wake-up (MV3
 * wakes a stopped worker only for events whose listeners were added in its first task).
 */
import { browser } from 'wxt/browser';
import plan from 'virtual:plan';
import { systemClock } from '../domain/clock';
import { registerSidePanelCommand } from '../platform/side-panel-command';
import { registerSummaryMigration } from '../storage/browser-summary-migration';
import { registerSyncReconcile } from '../storage/sync-reconcile';
import { registerPlanBackground } from './plan-events';

export function startBackground(): void {
  // The 7-day plan: toolbar badge, midnight turn and optional reminder.
  registerPlanBackground(browser, plan, systemClock);
  // The keyboard shortcut that opens the side panel (Chrome; Firefox handles its own, see wxt.config.ts).
  registerSidePanelCommand();
  // Plan progress and settings sync: merge what browser sync brings with this browser's copy.
  registerSyncReconcile();
  // Insights' month summaries for records written by a version that kept none, built once after install or update.
  registerSummaryMigration(browser.runtime);
}
