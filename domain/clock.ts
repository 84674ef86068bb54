/**
 * The time sources every layer is handed: the clock (now, and the time zone in force) and the timers (run
 * something later). Code never reads `Date.now()` or calls `setTimeout` itself, so tests inject their own.
 */

/** An instant, and the time zone in force at an instant. Tests pass a fixed or settable one. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now: () => number;
  /** The IANA time zone in force now ("Europe/Berlin"); it changes when the user travels. */
  timeZone(): string;
  /** The local UTC offset in minutes east of UTC at that instant (+60 in Berlin in winter, -300 in New York). */
  offsetAt(epochMs: number): number;
}

/** The machine's clock and time zone. */
export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  offsetAt: (epochMs) => 0 - new Date(epochMs).getTimezoneOffset(), // never -0
};

/** Runs a callback later, and cancels it; the pages pass platform/timers.ts's, tests pass ones they fire by hand. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
