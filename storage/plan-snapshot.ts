/**
 * A synchronous cache of the plan state in the extension's localStorage, shared by the popup and the side
 * panel, so today's task shows in their first frame (no line popping in above the popup's symptom buttons
 * a moment later). storage (planItem) stays the source of truth and is read right after; every write goes
 * through it under its lock, so a stale cache can only show old state for a moment, never store it.
 * "Delete all my data" must clear this key too.
 */
import { validatePlanState, type PlanState } from '../domain/plan-state';

export const PLAN_SNAPSHOT_KEY = 'gutwise.plan';
const VERSION = 1;

export interface PlanCache {
  read(): PlanState | undefined;
  write(state: PlanState): void;
}

/** The cache over a Web Storage (the page's localStorage by default; tests pass their own). */
export function planSnapshotCache(store: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): PlanCache {
  return {
    read() {
      try {
        const value = JSON.parse(store?.getItem(PLAN_SNAPSHOT_KEY) ?? 'null') as { v?: unknown; state?: unknown } | null;
        return value?.v === VERSION ? validatePlanState(value.state) : undefined;
      } catch {
        return undefined;
      }
    },
    write(state) {
      try {
        store?.setItem(PLAN_SNAPSHOT_KEY, JSON.stringify({ v: VERSION, state }));
      } catch {
        // A full or disabled localStorage only costs the next page one storage read before the task shows.
      }
    },
  };
}
