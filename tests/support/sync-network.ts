/**
 * Browsers that sync through a simulated sync server. Like Chrome's and Firefox's sync, the server keeps
 * one value per key and the last upload wins, whole value against whole value; each browser then receives
 * the server's values into its own sync area. Each browser has its own local area and clock.
 */
import { inProcessLock } from '../../storage/locks';
import type { SyncEnv } from '../../storage/synced-item';
import { memoryArea, type MemoryArea } from './memory-area';

export interface SimulatedBrowser extends SyncEnv {
  sync: MemoryArea;
  local: MemoryArea;
  setNow(ms: number): void;
}

export interface SyncNetwork {
  browsers: SimulatedBrowser[];
  server: Map<string, unknown>;
  /** Uploads what `browser` wrote to its sync area since its last upload; the server takes it, whole. */
  upload(browser: SimulatedBrowser): void;
  /** Delivers the server's values that differ into `browser`'s sync area (its watchers fire). */
  download(browser: SimulatedBrowser): void;
}

const text = (value: unknown) => JSON.stringify(value);

/** `count` browsers on one sync account; clocks start at `now`. */
export function syncNetwork(count: number, now = Date.UTC(2026, 2, 1)): SyncNetwork {
  const server = new Map<string, unknown>();
  const browsers = Array.from({ length: count }, (_, index): SimulatedBrowser => {
    let clock = now;
    return {
      sync: memoryArea(),
      local: memoryArea(),
      // Each browser has its own locks: Web Locks are per browser profile.
      lock: (name, task) => inProcessLock(`browser${index}:${name}`, task),
      clock: { now: () => clock },
      setNow: (ms) => void (clock = ms),
    };
  });
  return {
    browsers,
    server,
    upload(browser) {
      for (const key of browser.sync.takeDirty()) {
        if (browser.sync.data.has(key)) server.set(key, JSON.parse(text(browser.sync.data.get(key))));
        else server.delete(key);
      }
    },
    download(browser) {
      const changed: Record<string, unknown> = {};
      for (const [key, value] of server) if (text(browser.sync.data.get(key)) !== text(value)) changed[key] = value;
      if (Object.keys(changed).length > 0) browser.sync.deliver(changed);
    },
  };
}
