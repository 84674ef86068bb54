/** The plan's words for places outside the panel (toolbar title, notification) and readable dates. */
import { i18n } from '#i18n';
import type { LocalDate } from '../domain/local-date';
import type { PlanSnapshot } from '../domain/plan-progress';
import { badgeFace } from '../domain/plan-badge-and-reminder';
import { PLAN_LENGTH, type PlanContent } from '../domain/plan-types';

/** "Sunday, 8 March" style, in the browser's language; the date is a wall-calendar date, so no zone shift. */
export function formatLocalDate(date: LocalDate, locale?: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

/** The task text of plan day `day`. */
export function taskOf(content: PlanContent, day: number): string {
  return content.days.find((d) => d.day === day)?.task ?? '';
}

/** The plan day `day`, or undefined outside 1..7. */
const dayOf = (content: PlanContent, day: number) => content.days.find((d) => d.day === day);

/** The toolbar button's tooltip, which says in words what the badge shows (with the guide's caution, short). */
export function badgeTitle(snapshot: PlanSnapshot, content: PlanContent): string {
  const face = badgeFace(snapshot);
  if (snapshot.kind === 'active' && face.kind === 'done') return i18n.t('plan.badge.done', [snapshot.day, PLAN_LENGTH]);
  if (snapshot.kind === 'active' && face.kind === 'day') {
    const caution = dayOf(content, snapshot.day)?.caution;
    const task = taskOf(content, snapshot.day);
    return caution
      ? i18n.t('plan.badge.dayCaution', [snapshot.day, PLAN_LENGTH, task, caution.short])
      : i18n.t('plan.badge.day', [snapshot.day, PLAN_LENGTH, task]);
  }
  if (face.kind === 'habits-done') return i18n.t('plan.badge.habitsDone');
  return i18n.t('plan.badge.none');
}

/**
 * The reminder notification's title and message for a snapshot that has something due. A task naming medicines
 * carries the guide's caution: in full for the day's one task, short beside each of several habits.
 */
export function reminderText(snapshot: PlanSnapshot, content: PlanContent): { title: string; message: string } {
  if (snapshot.kind === 'habits') {
    const left = snapshot.habits.filter((id) => !snapshot.doneToday.includes(id));
    const texts = left
      .map((id) => content.habits.find((h) => h.id === id))
      .filter((habit) => habit !== undefined)
      .map((habit) => (habit.caution ? `${habit.text} ${i18n.t('plan.cautionShort', [habit.caution.short])}` : habit.text));
    return {
      title: `${i18n.t('plan.reminder.habitsNotificationTitle')}: ${i18n.t('plan.reminder.habitsLeft', left.length)}`,
      message: texts.join('\n'),
    };
  }
  const day = snapshot.kind === 'active' ? snapshot.day : 1;
  const caution = dayOf(content, day)?.caution;
  const message = caution ? `${taskOf(content, day)}\n${i18n.t('plan.caution', [caution.full])}` : taskOf(content, day);
  return { title: i18n.t('plan.reminder.notificationTitle', [day, PLAN_LENGTH]), message };
}
