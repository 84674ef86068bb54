/**
 * Named one-shot alarms at an instant. Alarms survive the service worker being stopped and wake it when
 * they fire, which is why the badge turns at midnight without anything polling.
 */
import { browser } from 'wxt/browser';

export interface AlarmPort {
  /** Sets (or moves) the alarm `name` to fire at `when` (epoch ms). */
  at(name: string, when: number): Promise<void>;
  clear(name: string): Promise<void>;
}

/** The parts of `browser.alarms` the adapter uses. */
export interface AlarmsApi {
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | void;
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
}

/** Alarms on `api` (default: this browser's). Setting an alarm to the time it already has is skipped. */
export function createAlarms(api: AlarmsApi = browser.alarms): AlarmPort {
  return {
    async at(name, when) {
      const existing = await api.get(name);
      if (existing?.scheduledTime !== when) await api.create(name, { when });
    },
    async clear(name) {
      await api.clear(name);
    },
  };
}
