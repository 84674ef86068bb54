import { i18n } from '#i18n';
import type { PlanCaution } from '../../domain/plan-types';
import type { PlanModel } from '../../models/plan-model';
import { SyncProblem } from '../today/SyncProblem';

/**
 * Today's plan task in one line with a done control (and, under it, the guide's caution when the task names
 * medicines): a checkbox labelled with the task, so ticking it marks
 * the day done and unticking undoes it. In "keep going" it is the next habit not yet done. Nothing shows
 * without an active plan (or while it or the habits are paused): the popup stays quiet.
 */
export function TodayTaskLine({ plan }: { plan: PlanModel }) {
  if (!plan.loaded.value) return null;
  const snapshot = plan.snapshot.value;
  let label: string;
  let checked: boolean;
  let toggle: (done: boolean) => void;
  let caution: PlanCaution | undefined;
  if (snapshot.kind === 'active' && !snapshot.paused) {
    const { day } = snapshot;
    const planDay = plan.content.days.find((d) => d.day === day);
    caution = planDay?.caution;
    label = i18n.t('plan.popup.line', [day, planDay?.task ?? '']);
    checked = snapshot.mark === 'done';
    toggle = (done) => void (done ? plan.mark(day, 'done') : plan.undo(day));
  } else if (snapshot.kind === 'habits' && !snapshot.paused && snapshot.habits.length > 0) {
    const next = snapshot.habits.find((id) => !snapshot.doneToday.includes(id));
    if (!next) {
      return (
        <p class="popup-plan" role="status" data-testid="popup-plan">
          {i18n.t('plan.habits.allDone')}
        </p>
      );
    }
    const habit = plan.content.habits.find((h) => h.id === next);
    caution = habit?.caution;
    label = i18n.t('plan.popup.habitLine', [habit?.text ?? '']);
    checked = false;
    toggle = (done) => void plan.setHabitDone(next, done);
  } else {
    return null;
  }
  return (
    <section class="popup-plan" aria-label={i18n.t('plan.popup.label')} data-testid="popup-plan">
      <label class="popup-plan-line" title={label}>
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={caution ? 'popup-plan-caution' : undefined}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        <span class="popup-plan-text">{label}</span>
      </label>
      {/* The line has room for the guide's caution only in short; the side panel shows it whole. */}
      {caution && (
        <p id="popup-plan-caution" class="popup-plan-caution">
          {i18n.t('plan.cautionShort', [caution.short])}
        </p>
      )}
      <SyncProblem code={plan.problem.value} />
    </section>
  );
}
