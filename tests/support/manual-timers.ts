/**
 * Timers that fire only when the test says so: `fireAll()` runs everything waiting, `fire()` what is due by
 * `now` (the test clock's time; timers count from the moment they are set).
 */
export function manualTimers(now: () => number = () => 0) {
  let next = 0;
  const pending = new Map<number, { at: number; ms: number; callback: () => void }>();
  const timers = {
    setTimeout(callback: () => void, ms: number): unknown {
      pending.set(++next, { at: now() + ms, ms, callback });
      return next;
    },
    clearTimeout(handle: unknown) {
      pending.delete(handle as number);
    },
    /** Delays of the timers still waiting. */
    delays: () => [...pending.values()].map((t) => t.ms),
    /** The earliest instant something is waiting for. */
    nextAt: () => Math.min(...[...pending.values()].map((t) => t.at)),
    /** Fires every waiting timer once. */
    fireAll() {
      const due = [...pending.entries()];
      pending.clear();
      for (const [, t] of due) t.callback();
    },
    /** Fires what is due at `now()`. */
    fire() {
      for (const [id, { at, callback }] of [...pending]) {
        if (at <= now()) {
          pending.delete(id);
          callback();
        }
      }
    },
  };
  return timers;
}
