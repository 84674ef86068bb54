import { i18n } from '#i18n';
import type { CycleRecord } from '../../domain/summary/plan-cycles';
import { longDate } from './summary-format';

interface Props {
  cycles: readonly CycleRecord[];
}

/** The plan's cycles in the period: days done, skipped, missed and paused, and the user's reflection. */
export function PlanSection({ cycles }: Props) {
  if (cycles.length === 0) return null;
  return (
    <section class="summary-section" aria-labelledby="summary-plan">
      <h3 id="summary-plan">{i18n.t('summary.plan.heading')}</h3>
      {cycles.map((cycle) => (
        <div key={cycle.number} class="summary-card">
          <h4>
            {cycle.ended
              ? i18n.t('summary.plan.cycle', [String(cycle.number), longDate(cycle.start), longDate(cycle.ended)])
              : i18n.t('summary.plan.ongoing', [String(cycle.number), longDate(cycle.start)])}
          </h4>
          <p>
            {i18n.t('summary.plan.counts', [
              String(cycle.done),
              String(cycle.skipped),
              String(cycle.missed),
              String(cycle.paused),
            ])}
          </p>
          {cycle.reflection && <p>{i18n.t('summary.plan.reflection', [cycle.reflection])}</p>}
        </div>
      ))}
    </section>
  );
}
