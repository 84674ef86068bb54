import { i18n } from '#i18n';
import type { ReminderModel } from '../../models/reminder-model';
import { SyncProblem } from './SyncProblem';

/** The optional daily reminder: off by default; turning it on asks for the notifications permission. */
export function ReminderSettings({ model }: { model: ReminderModel }) {
  const { time } = model.settings.value;
  return (
    <details class="today-more">
      <summary>{i18n.t('plan.reminder.title')}</summary>
      <div class="today-row">
        <label>
          <input
            type="checkbox"
            checked={model.active.value}
            aria-describedby="plan-reminder-hint"
            onChange={(event) => void model.setEnabled(event.currentTarget.checked)}
          />{' '}
          {i18n.t('plan.reminder.toggle')}
        </label>
      </div>
      <div class="today-row">
        <label for="plan-reminder-time">{i18n.t('plan.reminder.time')}</label>
        <input
          id="plan-reminder-time"
          type="time"
          value={time}
          required
          onChange={(event) => void model.setTime(event.currentTarget.value)}
        />
      </div>
      <p id="plan-reminder-hint" class="today-hint">
        {i18n.t('plan.reminder.hint')}
      </p>
      <SyncProblem code={model.problem.value} />
      {model.denied.value && (
        <p class="today-error" role="alert">
          {i18n.t('plan.reminder.denied')}
        </p>
      )}
    </details>
  );
}
