import { describe, expect, it } from 'vitest';
import plan from 'virtual:plan';
import { JOURNAL_PLAN_DAY } from '../../domain/journal-plan';

describe("the plan's journal day", () => {
  it("is the one day whose task is keeping a journal, so the Today card's journal link sits on the right day", () => {
    const journalDays = plan.days.filter((day) => /\bjournal\b/i.test(day.task)).map((day) => day.day);
    expect(journalDays).toEqual([JOURNAL_PLAN_DAY]);
  });
});
