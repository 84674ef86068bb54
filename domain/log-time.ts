/**
 * Time for symptom logs: an instant plus the user's UTC offset at that instant, so a log keeps the wall-clock
 * time it was made at even after travel or a daylight-saving change. The clock is always injected.
 */

import type { Clock } from './clock';

/** When a log happened, as the user picks it: now, a moment ago, or a time earlier today. */
export type TimeChoice = { kind: 'now' } | { kind: 'ago'; minutes: number } | { kind: 'at'; time: string };

export interface Moment {
  epochMs: number;
  offsetMin: number;
}

export type MomentError = 'badTime' | 'future';

/** No record is older than this (the first full day of the epoch: every offset still gives a 1970 date). */
export const EARLIEST_MS = Date.UTC(1970, 0, 2);
/** A record may be up to a minute ahead of the clock (clocks of two contexts drift a little), never more. */
export const FUTURE_SLACK_MS = 60_000;

/**
 * Why a record at `epochMs` cannot be kept when the clock says `nowMs`: before the earliest time, or later
 * than now. Every way in (a new log, an edit, an import) asks this one question, so whatever is accepted
 * lands on a calendar day (1970–9999) that the stores and their readers know.
 */
export function timeProblem(epochMs: unknown, nowMs: number): 'moment' | 'future' | undefined {
  if (typeof epochMs !== 'number' || !Number.isFinite(epochMs) || epochMs < EARLIEST_MS) return 'moment';
  return epochMs > nowMs + FUTURE_SLACK_MS ? 'future' : undefined;
}

const MINUTE = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day ("2026-11-26") of an instant at the given offset. */
export function localDay(epochMs: number, offsetMin: number): string {
  const local = new Date(epochMs + offsetMin * MINUTE);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** The local wall-clock time ("07:05") of an instant at the given offset. */
export function localTime(epochMs: number, offsetMin: number): string {
  const local = new Date(epochMs + offsetMin * MINUTE);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** Today's local calendar day by `clock`. */
export function today(clock: Clock): string {
  const now = clock.now();
  return localDay(now, clock.offsetAt(now));
}

/** Parses "HH:MM" (24 h) into minutes after midnight, or undefined. */
export function parseTime(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/**
 * The instant a local wall-clock time on `day` names, under `clock`'s time zone. Across a daylight-saving
 * change: a time that happens twice is its first occurrence; a time skipped in spring lands just after the gap.
 */
export function wallTimeToEpoch(day: string, minutesAfterMidnight: number, clock: Clock): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, date) + minutesAfterMidnight * MINUTE;
  // Every wall time is within 14 h of the same digits in UTC; at most one change lies in that window.
  const offsets = [clock.offsetAt(asUtc - 14 * 60 * MINUTE), clock.offsetAt(asUtc + 14 * 60 * MINUTE)];
  const valid = offsets.map((offset) => asUtc - offset * MINUTE).filter((epoch, i) => clock.offsetAt(epoch) === offsets[i]);
  if (valid.length) return Math.min(...valid);
  return asUtc - Math.min(...offsets) * MINUTE;
}

/**
 * Another wall-clock time on the same local day as `moment`, in `moment`'s own offset: editing a log's time
 * keeps the day and the offset it was made in (a log made abroad stays in that zone's time).
 */
export function atLocalTime(moment: { at: string; offsetMin: number }, minutesAfterMidnight: number): Moment {
  const day = localDay(Date.parse(moment.at), moment.offsetMin);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const epochMs = Date.UTC(year, month - 1, date) + (minutesAfterMidnight - moment.offsetMin) * MINUTE;
  return { epochMs, offsetMin: moment.offsetMin };
}

/** Resolves the user's time choice against `clock`; a time later than now is refused, not guessed at. */
export function resolveMoment(
  choice: TimeChoice,
  clock: Clock,
): { ok: true; moment: Moment } | { ok: false; error: MomentError } {
  const now = clock.now();
  let epochMs: number;
  if (choice.kind === 'now') epochMs = now;
  else if (choice.kind === 'ago') {
    if (!Number.isFinite(choice.minutes) || choice.minutes < 0) return { ok: false, error: 'badTime' };
    epochMs = now - choice.minutes * MINUTE;
  } else {
    const minutes = parseTime(choice.time);
    if (minutes === undefined) return { ok: false, error: 'badTime' };
    epochMs = wallTimeToEpoch(today(clock), minutes, clock);
    if (epochMs > now) return { ok: false, error: 'future' };
  }
  return { ok: true, moment: { epochMs, offsetMin: clock.offsetAt(epochMs) } };
}

/** Milliseconds from now until the next local midnight, when "today" changes. */
export function msUntilNextDay(clock: Clock): number {
  const now = clock.now();
  const day = today(clock);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  const nextDay = localDay(next.getTime(), 0);
  return Math.max(1000, wallTimeToEpoch(nextDay, 0, clock) - now);
}
