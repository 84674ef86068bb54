import type { Clock } from '../../domain/clock';
/**
 * A settable clock in a named time zone, so tests of logging time do not depend on the machine's zone.
 * Offsets come from Intl (the same tz database the browser uses).
 */

/** Minutes east of UTC in `zone` at `epochMs`. */
export function zoneOffset(zone: string, epochMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

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
