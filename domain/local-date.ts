/**
 * Wall-calendar arithmetic. A plan day is a *local calendar day*: the date on the user's wall calendar in
 * the time zone their computer is in at that moment, not a 24-hour block. Dates are `YYYY-MM-DD` strings;
 * arithmetic on them runs in UTC, where every day has 24 hours, so daylight-saving changes cannot shift
 * a count. Only the step instant → wall time consults a time zone (through Intl).
 */

/** A wall-calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const DAY_MS = 86_400_000;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_SHAPE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The date if `text` is a real calendar date in `YYYY-MM-DD` form (so 2026-02-30 is not), else undefined. */
export function parseLocalDate(text: string): LocalDate | undefined {
  const match = DATE_SHAPE.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || utc.getUTCFullYear() !== y || utc.getUTCMonth() !== m - 1 || utc.getUTCDate() !== d) return undefined;
  return text.trim();
}

/** True for a well-formed, real `YYYY-MM-DD` date. */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && parseLocalDate(value) === value;
}

/** `HH:MM` (24-hour) if `text` is a real time of day, else undefined. */
export function parseTimeOfDay(text: string): string | undefined {
  return TIME_SHAPE.test(text) ? text : undefined;
}

function utcMidnight(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMidnight(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/** Calendar days from `from` to `to`: 1 for consecutive dates, negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall time at `instant` in `timeZone`, as `YYYY-MM-DDTHH:MM` (sortable as text). */
export function wallTimeAt(instant: number, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = (parts.year ?? '').padStart(4, '0');
  return `${year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The wall-calendar date at `instant` in `timeZone`. */
export function localDateAt(instant: number, timeZone: string): LocalDate {
  return wallTimeAt(instant, timeZone).slice(0, 10);
}

/**
 * The first instant after `after` whose wall time in `timeZone` is at or past `wall` (`YYYY-MM-DDTHH:MM`).
 * Steps forward 15 minutes at a time, then bisects the last step: a wall time that a daylight-saving jump
 * skips (02:30 on a spring-forward night) gives the first instant after the gap, and one that occurs twice
 * (01:30 on a fall-back night) gives its first occurrence. No zone shifts by less than 15 minutes.
 */
export function firstInstantAtOrAfter(after: number, timeZone: string, wall: string): number {
  const step = 15 * 60_000;
  // Targets are at most two calendar days ahead; no zone is more than 26 hours from UTC.
  const limit = after + 3 * DAY_MS;
  let lo = after;
  let hi = after + 1;
  while (wallTimeAt(hi, timeZone) < wall) {
    if (hi >= limit) return limit;
    lo = hi;
    hi = Math.min(hi + step, limit);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallTimeAt(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The instant the wall calendar in `timeZone` next turns to a new date after `now`. */
export function nextLocalMidnight(now: number, timeZone: string): number {
  return firstInstantAtOrAfter(now, timeZone, `${addDays(localDateAt(now, timeZone), 1)}T00:00`);
}

/** The next instant after `now` at wall time `time` (`HH:MM`) in `timeZone`: today if still ahead, else tomorrow. */
export function nextLocalTime(now: number, timeZone: string, time: string): number {
  const date = localDateAt(now, timeZone);
  const todayAt = `${date}T${time}`;
  const target = wallTimeAt(now, timeZone) < todayAt ? todayAt : `${addDays(date, 1)}T${time}`;
  return firstInstantAtOrAfter(now, timeZone, target);
}
