import { i18n } from '#i18n';
import type { StripDay } from '../../domain/plan-progress';

interface Props {
  days: StripDay[];
  /** The day shown in the card when it is not today. */
  selected?: number;
  /** Picks a day that has begun, to mark it late or undo it. */
  onSelect: (day: number) => void;
}

const WORD_KEYS = {
  done: 'plan.status.done',
  skipped: 'plan.status.skipped',
  missed: 'plan.status.missed',
  today: 'plan.status.today',
  ahead: 'plan.status.ahead',
} as const;

/** The cycle at a glance: each day says its status in words; days that have begun are buttons. */
export function PlanStrip({ days, selected, onSelect }: Props) {
  return (
    <ol class="plan-strip" aria-label={i18n.t('plan.stripLabel')} data-testid="plan-strip">
      {days.map(({ day, status, isToday }) => {
        const inner = (
          <>
            <span class="strip-num">
              <span class="visually-hidden">{i18n.t('plan.dayOf', [day, days.length])}: </span>
              <span aria-hidden="true">{day}</span>
            </span>
            <span class="strip-word">{i18n.t(WORD_KEYS[status])}</span>
          </>
        );
        return (
          <li key={day} class={`strip-${status}`} data-status={status}>
            {status === 'ahead' ? (
              <span aria-current={isToday ? 'date' : undefined}>{inner}</span>
            ) : (
              <button
                type="button"
                aria-current={isToday ? 'date' : undefined}
                aria-pressed={selected === day}
                onClick={() => onSelect(day)}
              >
                {inner}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
