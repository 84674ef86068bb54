import { i18n } from '#i18n';
import type { PastCycle } from '../../domain/plan-state';
import { formatLocalDate } from '../../models/plan-text';

/** Past cycles, newest first, each with what was done and the note the user wrote after day 7. */
export function PlanHistory({ cycles }: { cycles: PastCycle[] }) {
  if (cycles.length === 0) return null;
  return (
    <details class="today-more">
      <summary>{i18n.t('plan.history.title')}</summary>
      <ul class="today-history" data-testid="plan-history">
        {[...cycles].reverse().map((cycle) => {
          const done = Object.values(cycle.marks).filter((m) => m === 'done').length;
          return (
            <li key={`${cycle.number}-${cycle.start}`}>
              {i18n.t('plan.history.entry', [cycle.number, formatLocalDate(cycle.start), done])}
              {cycle.reflection && <div class="today-hint">{i18n.t('plan.history.reflection', [cycle.reflection])}</div>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
