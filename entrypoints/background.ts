import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import plan from 'virtual:plan';
import { registerPlanBackground } from '../models/plan-wiring';
import { systemClock } from '../platform/clock';
import { registerSidePanelCommand } from '../platform/side-panel-command';
import { registerSummaryMigration } from '../storage/browser-summary-migration';
import { registerSyncReconcile } from '../storage/sync-reconcile';

export default defineBackground(() => {
  // The 7-day plan: toolbar badge, midnight turn and optional reminder.
  registerPlanBackground(browser, plan, systemClock);
  // The keyboard shortcut that opens the side panel (Chrome; Firefox handles its own, see wxt.config.ts).
  registerSidePanelCommand();
  // Plan progress and settings sync: merge what browser sync brings with this browser's copy.
  registerSyncReconcile();
  // Insights' month summaries for records written by a version that kept none, built once after install or update.
  registerSummaryMigration(browser.runtime);
});
