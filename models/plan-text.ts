/** The plan's words for places outside the panel (toolbar title, notification) and readable dates. */
import { i18n } from '#i18n';
import type { LocalDate } from '../domain/local-date';
import type { PlanSnapshot } from '../domain/plan-progress';
import { badgeFace } from '../domain/plan-signals';
import { PLAN_LENGTH, type PlanContent } from '../domain/plan-types';

/** "Sunday, 8 March" style, in the browser's language; the date is a wall-calendar date, so no zone shift. */
export function formatLocalDate(date: LocalDate, locale?: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** The task text of plan day `day`. */
export function taskOf(content: PlanContent, day: number): string {
  return content.days.find((d) => d.day === day)?.task ?? '';
}

/** The toolbar button's tooltip, which says in words what the badge shows. */
export function badgeTitle(snapshot: PlanSnapshot, content: PlanContent): string {
  const face = badgeFace(snapshot);
  if (snapshot.kind === 'active' && face.kind === 'done') return i18n.t('plan.badge.done', [snapshot.day, PLAN_LENGTH]);
  if (snapshot.kind === 'active' && face.kind === 'day') return i18n.t('plan.badge.day', [snapshot.day, PLAN_LENGTH, taskOf(content, snapshot.day)]);
  if (face.kind === 'habits-done') return i18n.t('plan.badge.habitsDone');
  return i18n.t('plan.badge.none');
}

/** The reminder notification's title and message for a snapshot that has something due. */
export function reminderText(snapshot: PlanSnapshot, content: PlanContent): { title: string; message: string } {
  if (snapshot.kind === 'habits') {
    const left = snapshot.habits.filter((id) => !snapshot.doneToday.includes(id));
    const texts = left.map((id) => content.habits.find((h) => h.id === id)?.text ?? '').filter(Boolean);
    return { title: `${i18n.t('plan.reminder.habitsNotificationTitle')}: ${i18n.t('plan.reminder.habitsLeft', left.length)}`, message: texts.join('\n') };
  }
  const day = snapshot.kind === 'active' ? snapshot.day : 1;
  return { title: i18n.t('plan.reminder.notificationTitle', [day, PLAN_LENGTH]), message: taskOf(content, day) };
}
