/**
 * The journal's small month calendar and its window of days. Dates are `YYYY-MM-DD` wall-calendar strings,
 * months `YYYY-MM`; arithmetic runs on UTC dates (domain/local-date.ts), so no time zone can shift a day.
 */
import { addDays } from './local-date';

/** The month (`YYYY-MM`) of a day. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The month `n` months after `month` (negative goes back). */
export function addMonths(month: string, n: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Day of the week, 0 Monday … 6 Sunday. */
function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The weeks of `month`, Monday first: rows of seven, with null before the 1st and after the last day. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = `${month}-01`;
  const days: (string | null)[] = Array.from({ length: weekday(first) }, () => null);
  for (let day = first; monthOf(day) === month; day = addDays(day, 1)) days.push(day);
  while (days.length % 7) days.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

/** The day a calendar key moves to: arrows by a day or a week, Page Up/Down by a month (clamped to its length). */
export function calendarStep(day: string, key: string): string | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'PageUp':
    case 'PageDown': {
      const month = addMonths(monthOf(day), key === 'PageUp' ? -1 : 1);
      const last = monthWeeks(month)
        .flat()
        .filter((d): d is string => d !== null)
        .pop()!;
      const same = `${month}-${day.slice(8)}`;
      return same > last ? last : same;
    }
    case 'Home':
      return addDays(day, -weekday(day));
    case 'End':
      return addDays(day, 6 - weekday(day));
    default:
      return undefined;
  }
}

/**
 * The days the timeline can show from `selected` back: the selected day itself (even when empty), then every
 * older day that has something, newest first. `withContent` may be in any order.
 */
export function timelineDays(selected: string, withContent: Iterable<string>): string[] {
  const older = [...withContent]
    .filter((day) => day < selected)
    .sort()
    .reverse();
  return [selected, ...older];
}

/**
 * Which timeline days are rendered: those from `newest` back to `oldest`. Bounds are days, not positions, so a
 * day that gains its first entry while in view simply appears. The panel never renders all of history.
 */
export interface DayWindow {
  newest: string;
  oldest: string;
}

/** The days of `all` (newest first, as timelineDays gives) inside the window. */
export function windowDays(all: readonly string[], window: DayWindow): string[] {
  return all.filter((day) => day <= window.newest && day >= window.oldest);
}

/** Whether `all` has days older than the window. */
export const hasOlderDays = (all: readonly string[], window: DayWindow) => all.length > 0 && all[all.length - 1]! < window.oldest;
/** Whether `all` has days newer than the window. */
export const hasNewerDays = (all: readonly string[], window: DayWindow) => all.length > 0 && all[0]! > window.newest;

function bounds(all: readonly string[], window: DayWindow): [number, number] {
  const first = all.findIndex((day) => day <= window.newest);
  let last = first;
  while (last + 1 < all.length && all[last + 1]! >= window.oldest) last += 1;
  return [Math.max(first, 0), last];
}

/** Extends the window by `page` older days; past `max` days, the newest ones leave it. */
export function olderWindow(all: readonly string[], window: DayWindow, page: number, max: number): DayWindow {
  if (!all.length) return window;
  const [first, last] = bounds(all, window);
  const end = Math.min(all.length - 1, last + page);
  const start = Math.max(first, end - max + 1);
  return { newest: all[start]!, oldest: all[end]! };
}

/** Extends the window by `page` newer days; past `max` days, the oldest ones leave it. */
export function newerWindow(all: readonly string[], window: DayWindow, page: number, max: number): DayWindow {
  if (!all.length) return window;
  const [first, last] = bounds(all, window);
  const start = Math.max(0, first - page);
  const end = Math.min(last, start + max - 1);
  return { newest: all[start]!, oldest: all[end]! };
}
