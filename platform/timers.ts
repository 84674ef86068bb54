/** The page's own timers, for the models that wait (undo notices, drafts, the turn of the day). */
import type { Timers } from '../domain/clock';

export const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
};
