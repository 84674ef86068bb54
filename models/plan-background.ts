/**
 * The plan's life in the background: the toolbar badge and the daily reminder. Nothing polls. The badge is
 * recomputed whenever the service worker wakes (startup, install, an alarm, a storage change) and an alarm
 * is armed for the next local midnight, re-armed each time it fires, so the day turns on time even after
 * the worker was stopped, the browser restarted, or the computer's time zone changed.
 */
import { localDateAt, nextLocalMidnight, nextLocalTime } from '../domain/local-date';
import { planSnapshot } from '../domain/plan-progress';
import type { ReminderSettings } from '../domain/plan-reminder';
import { badgeFace, reminderDue } from '../domain/plan-badge-and-reminder';
import type { PlanState } from '../domain/plan-state';
import type { PlanContent } from '../domain/plan-types';
import type { AlarmPort } from '../platform/alarms';
import type { BadgePort } from '../platform/badge';
import type { NotificationPort } from '../platform/notifications';
import { badgeTitle, reminderText } from './plan-text';
import type { Clock } from '../domain/clock';
import type { StoredValue } from '../storage/stored-value';

export const MIDNIGHT_ALARM = 'plan-midnight';
export const REMINDER_ALARM = 'plan-reminder';
export const REMINDER_NOTIFICATION = 'plan-reminder';

export interface PlanBackgroundDeps {
  plan: Pick<StoredValue<PlanState>, 'get'>;
  reminder: Pick<StoredValue<ReminderSettings>, 'get'>;
  content: PlanContent;
  clock: Clock;
  badge: BadgePort;
  alarms: AlarmPort;
  notifications: NotificationPort;
  /** Opens the side panel on the Today view (or the page in a tab where the browser refuses). */
  openToday: () => void;
}

export interface PlanBackground {
  /** Sets the badge from the stored plan and re-arms the midnight and reminder alarms. */
  refresh(): Promise<void>;
  /** An alarm fired; `scheduledTime` tells a stale reminder (from a day the computer slept through) from a due one. */
  onAlarm(name: string, scheduledTime: number): Promise<void>;
  onNotificationClicked(id: string): void;
}

/** The plan's background behaviour on the given ports. */
export function createPlanBackground(deps: PlanBackgroundDeps): PlanBackground {
  const { clock, content } = deps;
  const habitIds = content.habits.map((h) => h.id);

  async function refresh(): Promise<void> {
    const [state, reminder] = await Promise.all([deps.plan.get(), deps.reminder.get()]);
    const now = clock.now();
    const zone = clock.timeZone();
    const snapshot = planSnapshot(state, localDateAt(now, zone), habitIds);
    const hasPlan = state.cycle !== null || state.routine !== null;
    await Promise.all([
      deps.badge.show(badgeFace(snapshot).text, badgeTitle(snapshot, content)),
      hasPlan ? deps.alarms.at(MIDNIGHT_ALARM, nextLocalMidnight(now, zone)) : deps.alarms.clear(MIDNIGHT_ALARM),
      hasPlan && reminder.enabled
        ? deps.alarms.at(REMINDER_ALARM, nextLocalTime(now, zone, reminder.time))
        : deps.alarms.clear(REMINDER_ALARM),
    ]);
  }

  async function remind(scheduledTime: number): Promise<void> {
    const [state, reminder] = await Promise.all([deps.plan.get(), deps.reminder.get()]);
    const now = clock.now();
    const zone = clock.timeZone();
    const date = localDateAt(now, zone);
    // A reminder meant for an earlier day (the computer slept through it) would only be noise now.
    if (!reminder.enabled || localDateAt(scheduledTime, zone) !== date) return;
    const snapshot = planSnapshot(state, date, habitIds);
    if (reminderDue(snapshot)) await deps.notifications.show(REMINDER_NOTIFICATION, reminderText(snapshot, content));
  }

  return {
    refresh,
    async onAlarm(name, scheduledTime) {
      if (name === REMINDER_ALARM) await remind(scheduledTime);
      if (name === MIDNIGHT_ALARM || name === REMINDER_ALARM) await refresh();
    },
    onNotificationClicked(id) {
      if (id !== REMINDER_NOTIFICATION) return;
      deps.openToday();
      void deps.notifications.clear(id);
    },
  };
}
