/**
 * A settable clock in a named time zone, so tests of logging time do not depend on the machine's zone.
 * Offsets come from Intl (the same tz database the browser uses).
 */
import type { Clock } from '../../domain/clock';
import { zoneOffsetAt } from '../../domain/local-date';

/** Minutes east of UTC in `zone` at `epochMs`. */
export const zoneOffset = (zone: string, epochMs: number): number => zoneOffsetAt(epochMs, zone);

export interface TestClock extends Clock {
  set(iso: string | number): void;
  advance(ms: number): void;
}

/** A clock standing at `start` in `zone`; move it with set/advance. */
export function zoneClock(zone: string, start: string | number): TestClock {
  let now = typeof start === 'number' ? start : Date.parse(start);
  return {
    now: () => now,
    timeZone: () => zone,
    offsetAt: (epochMs) => zoneOffset(zone, epochMs),
    set(iso) {
      now = typeof iso === 'number' ? iso : Date.parse(iso);
    },
    advance(ms) {
      now += ms;
    },
  };
}
