/**
 * The background's plan wiring on a browser (the real one, or WXT's fake in tests). Listeners are added
 * synchronously, as MV3 requires for events to wake a stopped service worker.
 */
import type { PlanContent } from '../domain/plan-types';
import { createAlarms, type AlarmsApi } from '../platform/alarms';
import { createBadge, type ActionApi } from '../platform/badge';
import { createNotifications } from '../platform/notifications';
import { browserOpenTodayHost, openToday } from '../platform/open-today';
import { panelViewItem, planItem, planReminderItem } from '../storage/items';
import type { Clock } from '../domain/clock';
import { createPlanBackground, type PlanBackground } from '../models/plan-background';

interface Listenable<A extends unknown[]> {
  addListener(callback: (...args: A) => void): void;
}

/** The events the plan listens to; `browser` from wxt/browser fits. */
export interface PlanBrowserEvents {
  runtime: { onStartup: Listenable<[]>; onInstalled: Listenable<[unknown]> };
  alarms: AlarmsApi & { onAlarm: Listenable<[{ name: string; scheduledTime: number }]> };
  notifications?: { onClicked: Listenable<[string]> };
  permissions?: { onAdded: Listenable<[unknown]> };
  action?: ActionApi;
  browserAction?: ActionApi;
}

function planBackgroundOn(api: PlanBrowserEvents, content: PlanContent, clock: Clock): PlanBackground {
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('This browser has neither action nor browserAction');
  return createPlanBackground({
    plan: planItem,
    reminder: planReminderItem,
    content,
    clock,
    badge: createBadge(action),
    alarms: createAlarms(api.alarms),
    notifications: createNotifications(),
    openToday: () => void openToday(browserOpenTodayHost(() => panelViewItem.set('today'))),
  });
}

/**
 * From a page (popup, side panel) being opened: brings the badge and alarms up to date now. The worker
 * already does so on every wake-up; this covers a time-zone change (travel) that woke nothing.
 */
export function refreshPlanFromPage(api: PlanBrowserEvents, content: PlanContent, clock: Clock): Promise<void> {
  return planBackgroundOn(api, content, clock).refresh();
}

/** Registers the plan's listeners on `api` and brings the badge up to date for this wake-up. */
export function registerPlanBackground(api: PlanBrowserEvents, content: PlanContent, clock: Clock): PlanBackground {
  const background = planBackgroundOn(api, content, clock);
  const refresh = () => void background.refresh();
  api.runtime.onStartup.addListener(refresh);
  api.runtime.onInstalled.addListener(refresh);
  api.alarms.onAlarm.addListener((alarm) => void background.onAlarm(alarm.name, alarm.scheduledTime));
  planItem.watch(refresh);
  planReminderItem.watch(refresh);
  // The notifications API exists only while the optional permission is granted.
  let clicksHeard = false;
  const listenForClicks = () => {
    if (clicksHeard || !api.notifications) return;
    api.notifications.onClicked.addListener((id) => background.onNotificationClicked(id));
    clicksHeard = true;
  };
  listenForClicks();
  api.permissions?.onAdded.addListener(listenForClicks);
  // Every wake-up (the worker may have been stopped for hours) recomputes: the day may have turned.
  refresh();
  return background;
}
