/** The real clock: now, and the computer's time zone at this moment (it changes when the user travels). */
import type { Clock } from '../domain/local-date';

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};
