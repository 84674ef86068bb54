import type { Timers } from '../../domain/clock';

/** Timers that fire only when the test says so. */
export function manualTimers() {
  let next = 0;
  const pending = new Map<number, { callback: () => void; ms: number }>();
  const timers: Timers = {
    setTimeout(callback, ms) {
      pending.set(++next, { callback, ms });
      return next;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    /** Delays of the timers still waiting. */
    delays: () => [...pending.values()].map((t) => t.ms),
    /** Fires every waiting timer once. */
    fireAll() {
      const due = [...pending.entries()];
      pending.clear();
      for (const [, t] of due) t.callback();
    },
  };
}
