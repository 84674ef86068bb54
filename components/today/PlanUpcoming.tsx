import { i18n } from '#i18n';
import { formatLocalDate } from '../../models/plan-text';
import { StopPlan } from './StopPlan';

interface Props {
  start: string;
  daysUntil: number;
  onStartToday: () => void;
  onStop: () => void;
}

/** A plan that starts on a later date: when, start today instead, or stop. */
export function PlanUpcoming({ start, daysUntil, onStartToday, onStop }: Props) {
  return (
    <>
      <h2 id="today-card-title">{i18n.t('plan.title')}</h2>
      <p role="status">{i18n.t('plan.upcoming', daysUntil, [daysUntil, formatLocalDate(start)])}</p>
      <div class="today-row">
        <button type="button" class="primary" onClick={onStartToday}>
          {i18n.t('plan.startTodayInstead')}
        </button>
        <StopPlan label={i18n.t('plan.stop')} onStop={onStop} />
      </div>
    </>
  );
}
