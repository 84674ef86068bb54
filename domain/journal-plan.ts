/**
 * The 7-day plan's journal day: content/plan/day-4.md, "Keep a simple food/symptom journal." On that day the
 * Today card offers to open the journal ready to write. tests/data/journal-plan.test.ts fails if the plan's
 * wording moves the journal to another day, so this number cannot silently go stale.
 */
export const JOURNAL_PLAN_DAY = 4;
