import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGuide } from '../../build/guide-compiler';
import { compilePlan, findBrokenLinks } from '../../build/plan-compiler';
import plan from 'virtual:plan';

const PLAN_DIR = resolve(import.meta.dirname, '../../content/plan');
const guide = compileGuide(resolve(import.meta.dirname, '../../content/guide'));
const seven = guide.sections.find((s) => s.id === 'seven-day-plan')!;

/** A copy of content/plan with one file's text replaced, to show the checks catch a broken edit. */
function planWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gutwise-plan-'));
  cpSync(PLAN_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('the 7-day plan in content/plan', () => {
  it('has days 1 to 7, each worded as the guide words it', () => {
    expect(plan.days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const day of plan.days) expect(seven.text, `day ${day.day}`).toContain(day.task.replace(/\s+/g, ' '));
  });

  it('links every day and habit to a guide section and heading that exist', () => {
    const refs = [...plan.days, ...plan.habits].map((item) => ({
      where: 'day' in item ? `day ${item.day}` : item.id,
      why: item.why.anchor ? `${item.why.sectionId}#${item.why.anchor}` : item.why.sectionId,
    }));
    expect(findBrokenLinks(refs, guide)).toEqual([]);
    expect(plan.days.map((d) => d.why.sectionId)).toEqual([
      'five-steps',
      'five-steps',
      'five-steps',
      'habits-and-tools',
      'five-steps',
      'five-steps',
      'closing',
    ]);
    // Day 2's fermented foods are listed under "Repopulate with Healthy Microbes"; day 7's reflection is
    // explained by the closing words on small consistent changes, not by the plan it belongs to.
    expect(plan.days[1]?.why).toEqual({
      sectionId: 'five-steps',
      anchor: 'repopulate-with-healthy-microbes',
      label: 'Repopulate with Healthy Microbes',
    });
    expect(plan.days.every((d) => d.why.sectionId !== 'seven-day-plan')).toBe(true);
    expect(plan.days[0]?.why).toEqual({ sectionId: 'five-steps', anchor: 'remove-gut-irritants', label: 'Remove Gut Irritants' });
  });

  it('offers the daily habits the guide names beyond the plan, each linked to its section', () => {
    const byId = new Map(plan.habits.map((h) => [h.id, h]));
    expect(byId.get('sleep-hours')?.why).toMatchObject({ sectionId: 'five-steps', anchor: 'rebalance-with-lifestyle-supports' });
    expect(byId.get('probiotic-foods')?.why).toMatchObject({
      sectionId: 'five-steps',
      anchor: 'repopulate-with-healthy-microbes',
    });
    expect(byId.get('whole-foods-first')?.why).toMatchObject({ sectionId: 'five-steps', anchor: 'replace-what-s-missing' });
    expect(byId.get('gentle-exercise')?.text).toMatch(/swimming/);
  });

  it("names the guide's own food lists for the journal's suggestions, each food in the guide's words", () => {
    expect(plan.foods.map((list) => list.list)).toEqual(['irritants', 'repair', 'probiotic', 'polyphenol', 'fibre']);
    const guideText = guide.sections
      .map((s) => s.text)
      .join(' ')
      .toLowerCase();
    for (const food of plan.foods.flatMap((list) => list.names)) expect(guideText, food).toContain(food.toLowerCase());
    expect(plan.foods.find((list) => list.list === 'probiotic')?.names).toContain('sauerkraut');
  });

  it("offers habits with unique ids, each in the guide's words", () => {
    const ids = plan.habits.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    const guideText = guide.sections.map((s) => s.text).join(' ');
    // A habit may start with a capital where the guide's words run on mid-sentence ("…—aim for whole foods first").
    const capitalised = guideText.replace(
      /(^|[—:.] ?)([a-z])/g,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
    for (const habit of plan.habits) expect(`${guideText} ${capitalised}`, habit.id).toContain(habit.text.replace(/\.$/, ''));
  });

  it('fails on a link to a section or a heading that does not exist', () => {
    expect(findBrokenLinks([{ where: 'day 1', why: 'no-such-section' }], guide)).toEqual([
      'day 1: no guide section "no-such-section"',
    ]);
    expect(findBrokenLinks([{ where: 'day 1', why: 'five-steps#no-such-heading' }], guide)).toEqual([
      'day 1: section "five-steps" has no heading "no-such-heading"',
    ]);
    const broken = planWith('day-3.md', (text) =>
      text.replace('five-steps#repair-your-gut-lining', 'five-steps#repair-the-lining'),
    );
    expect(() => compilePlan(broken, guide)).toThrow('day-3.md: section "five-steps" has no heading "repair-the-lining"');
    const badHabit = planWith('habits.md', (text) =>
      text.replace('why: five-steps#repopulate-with-healthy-microbes', 'why: expert-tip'),
    );
    expect(() => compilePlan(badHabit, guide)).toThrow('no guide section "expert-tip"');
  });

  it('fails when a day is missing or doubled', () => {
    const doubled = planWith('day-4.md', (text) => text.replace('day: 4', 'day: 5'));
    expect(() => compilePlan(doubled, guide)).toThrow('days must be 1..7 once each, found 1, 2, 3, 5, 5, 6, 7');
  });
});
