/**
 * What the toolbar badge and the daily reminder say, derived from the plan snapshot. Plain data: the
 * background turns it into badge text, a title and a notification through the platform adapters.
 */
import type { PlanSnapshot } from './plan-progress';

export type BadgeKind = 'none' | 'day' | 'done' | 'habits-done';

export interface BadgeFace {
  /** The badge text: the plan day, a check mark once today's task is done, or empty. */
  text: string;
  kind: BadgeKind;
}

export const CHECK_MARK = '✓';

/**
 * The badge for a snapshot. Only an active, unpaused plan shows anything: its day, or a check mark when
 * today's task is done. A paused, finished or not-yet-started plan leaves the toolbar quiet, and so do
 * habits until all of today's are ticked (then a check mark), and paused habits.
 */
export function badgeFace(snapshot: PlanSnapshot): BadgeFace {
  if (snapshot.kind === 'active' && !snapshot.paused) {
    return snapshot.mark === 'done' ? { text: CHECK_MARK, kind: 'done' } : { text: String(snapshot.day), kind: 'day' };
  }
  if (
    snapshot.kind === 'habits' &&
    !snapshot.paused &&
    snapshot.habits.length > 0 &&
    snapshot.doneToday.length === snapshot.habits.length
  ) {
    return { text: CHECK_MARK, kind: 'habits-done' };
  }
  return { text: '', kind: 'none' };
}

/** True when a reminder has something to remind of: today's task still open, or habits left today. */
export function reminderDue(snapshot: PlanSnapshot): boolean {
  if (snapshot.kind === 'active') return !snapshot.paused && snapshot.mark === undefined;
  if (snapshot.kind === 'habits') return !snapshot.paused && snapshot.doneToday.length < snapshot.habits.length;
  return false;
}
