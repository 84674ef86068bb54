/** The optional daily reminder: off until the user turns it on, at a wall-clock time they choose. */
import { parseTimeOfDay } from './local-date';

export interface ReminderSettings {
  enabled: boolean;
  /** Local wall time, `HH:MM` (24-hour). */
  time: string;
}

export const DEFAULT_REMINDER: ReminderSettings = { enabled: false, time: '09:00' };

/** Accepts stored settings of the right shape; otherwise undefined (the item falls back to off). */
export function validateReminderSettings(value: unknown): ReminderSettings | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { enabled, time } = value as Record<string, unknown>;
  if (typeof enabled !== 'boolean' || typeof time !== 'string' || !parseTimeOfDay(time)) return undefined;
  return { enabled, time };
}
