/**
 * Turns the 7-day plan (content/plan/day-N.md and habits.md) into typed data at build time. Each "why"
 * (`section-id` or `section-id#heading-anchor`) is resolved against the compiled guide, so a link to a
 * section or heading that does not exist fails the build instead of shipping a dead link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Guide } from '../domain/guide-types';
import {
  PLAN_LENGTH,
  type GuideFoodList,
  type PlanCaution,
  type PlanContent,
  type PlanDay,
  type PlanHabit,
  type PlanLink,
} from '../domain/plan-types';
import { htmlToText } from './guide-compiler';

/** Every "why" reference that points nowhere in `guide`, as readable problems (empty when all resolve). */
export function findBrokenLinks(refs: { where: string; why: string }[], guide: Guide): string[] {
  const problems: string[] = [];
  for (const { where, why } of refs) {
    const [sectionId = '', anchor] = why.split('#');
    const section = guide.sections.find((s) => s.id === sectionId);
    if (!section) problems.push(`${where}: no guide section "${sectionId}"`);
    else if (anchor !== undefined && !section.anchors.includes(anchor))
      problems.push(`${where}: section "${sectionId}" has no heading "${anchor}"`);
  }
  return problems;
}

/** The link for `why`, labelled with the heading text (without its "1." numbering) or the section title. */
export function resolveLink(why: string, guide: Guide): PlanLink {
  const [sectionId = '', anchor] = why.split('#');
  const section = guide.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`no guide section "${sectionId}"`);
  if (anchor === undefined) return { sectionId, label: section.title };
  const heading = new RegExp(`<h\\d id="${sectionId}--${anchor}">(.*?)</h\\d>`).exec(section.html);
  if (!heading) throw new Error(`section "${sectionId}" has no heading "${anchor}"`);
  return { sectionId, anchor, label: htmlToText(heading[1] as string).replace(/^\d+\.\s*/, '') };
}

/** Days 1..PLAN_LENGTH exactly once each, habit ids unique. */
function checkShape(days: { day: number }[], habits: { id: string }[]): string[] {
  const problems: string[] = [];
  const numbers = days.map((d) => d.day).sort((a, b) => a - b);
  const expected = Array.from({ length: PLAN_LENGTH }, (_, i) => i + 1);
  if (numbers.join() !== expected.join())
    problems.push(`days must be 1..${PLAN_LENGTH} once each, found ${numbers.join(', ') || 'none'}`);
  const ids = habits.map((h) => h.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`habit id "${id}" is used twice`);
  return problems;
}

function requireText(data: Record<string, unknown>, key: string, where: string): string {
  const value = data[key];
  if (typeof value !== 'string' || !value.trim()) throw new Error(`${where}: "${key}" must be a non-empty string`);
  return value.trim();
}

const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * The caution of a day or habit (`caution`, and `cautionShort` its opening words), or undefined when it has
 * none. A caution must be the guide's own words: text found nowhere in the guide fails the build.
 */
export function readCaution(data: Record<string, unknown>, where: string, guide: Guide): PlanCaution | undefined {
  if (data.caution === undefined && data.cautionShort === undefined) return undefined;
  const full = requireText(data, 'caution', where);
  const short = requireText(data, 'cautionShort', where);
  const guideText = plain(guide.sections.map((s) => s.text).join(' '));
  if (!guideText.includes(plain(full))) throw new Error(`${where}: the caution "${full}" is not the guide's words`);
  if (!plain(full).startsWith(plain(short)) || short.length >= full.length)
    throw new Error(`${where}: "cautionShort" must be the caution's opening words`);
  return { full, short };
}

/** Reads the plan's day files and habits under `dir`; throws on a malformed file or a dead "why". */
export function compilePlan(dir: string, guide: Guide): PlanContent {
  const rawDays: { day: number; task: string; why: string; where: string; caution?: PlanCaution }[] = [];
  let rawHabits: { id: string; text: string; why: string; where: string; caution?: PlanCaution }[] = [];
  let foods: GuideFoodList[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const { data } = matter(readFileSync(join(dir, file), 'utf8'));
    if (file === 'guide-foods.md') {
      foods = readFoods(data, file, guide);
      continue;
    }
    if (file === 'habits.md') {
      if (!Array.isArray(data.habits)) throw new Error(`${file}: "habits" must be a list`);
      rawHabits = (data.habits as Record<string, unknown>[]).map((habit, i) => {
        const where = `${file} habit ${i + 1}`;
        const caution = readCaution(habit, where, guide);
        return {
          id: requireText(habit, 'id', where),
          text: requireText(habit, 'text', where),
          why: requireText(habit, 'why', where),
          where,
          ...(caution ? { caution } : {}),
        };
      });
      continue;
    }
    if (typeof data.day !== 'number' || !Number.isInteger(data.day)) throw new Error(`${file}: "day" must be a whole number`);
    const caution = readCaution(data, file, guide);
    rawDays.push({
      day: data.day,
      task: requireText(data, 'task', file),
      why: requireText(data, 'why', file),
      where: file,
      ...(caution ? { caution } : {}),
    });
  }
  const problems = [...checkShape(rawDays, rawHabits), ...findBrokenLinks([...rawDays, ...rawHabits], guide)];
  if (problems.length) throw new Error(`content/plan is not whole:\n- ${problems.join('\n- ')}`);
  const days: PlanDay[] = rawDays
    .sort((a, b) => a.day - b.day)
    .map(({ day, task, why, caution }) => ({ day, task, why: resolveLink(why, guide), ...(caution ? { caution } : {}) }));
  const habits: PlanHabit[] = rawHabits.map(({ id, text, why, caution }) => ({
    id,
    text,
    why: resolveLink(why, guide),
    ...(caution ? { caution } : {}),
  }));
  return { days, habits, foods };
}

/** The guide's food lists; a food the guide does not name fails the build. */
function readFoods(data: Record<string, unknown>, file: string, guide: Guide): GuideFoodList[] {
  if (!Array.isArray(data.foods)) throw new Error(`${file}: "foods" must be a list`);
  const guideText = guide.sections
    .map((s) => s.text)
    .join(' ')
    .toLowerCase();
  return (data.foods as Record<string, unknown>[]).map((entry, i) => {
    const list = requireText(entry, 'list', `${file} list ${i + 1}`);
    if (!Array.isArray(entry.names) || !entry.names.every((name) => typeof name === 'string' && name.trim()))
      throw new Error(`${file} ${list}: "names" must be a list of foods`);
    const names = (entry.names as string[]).map((name) => name.trim());
    const unknown = names.filter((name) => !guideText.includes(name.toLowerCase()));
    if (unknown.length) throw new Error(`${file} ${list}: the guide names no ${unknown.join(', ')}`);
    return { list, names };
  });
}
