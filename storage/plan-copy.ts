/**
 * A page copy of the plan state in the extension's localStorage, shared by the popup and the side
 * panel, so today's task shows in their first frame (no line popping in above the popup's symptom buttons
 * a moment later). storage (planItem) stays the source of truth and is read right after; every write goes
 * through it under its lock, so a stale copy can only show old state for a moment, never store it.
 * "Delete all my data" must clear this key too.
 */
import { validatePlanState, type PlanState } from '../domain/plan-state';
import { PLAN_COPY_KEY } from './keys';
import { pageCopy, type PageCopy } from './page-copy';

export { PLAN_COPY_KEY };

export type PlanCopy = PageCopy<PlanState>;

/** The copy in a Web Storage (the page's localStorage by default; tests pass their own). */
export function planCopy(store: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): PlanCopy {
  return pageCopy(PLAN_COPY_KEY, validatePlanState, store);
}
