import { i18n } from '#i18n';
import type { CycleComparison, WindowAverage } from '../../domain/insights/plan-before-after';
import { decimal } from './format';

interface Props {
  cycles: readonly CycleComparison[];
  nameOf: (symptomId: string) => string;
}

const cell = (window: WindowAverage | null) =>
  window === null
    ? i18n.t('insights.plan.notYet')
    : window.average === null
      ? i18n.t('insights.plan.notLogged')
      : i18n.t('insights.plan.cell', [decimal(window.average), String(window.days)]);

/** Each plan cycle: symptoms before, during and after, side by side, with the reflection; never a verdict. */
export function PlanBeforeAfter({ cycles, nameOf }: Props) {
  return (
    <section class="insights-section" aria-labelledby="insights-plan">
      <h3 id="insights-plan">{i18n.t('insights.plan.heading')}</h3>
      {cycles.length === 0 ? (
        <p class="muted">{i18n.t('insights.plan.none')}</p>
      ) : (
        <>
          <p class="muted">{i18n.t('insights.plan.intro')}</p>
          {cycles.map(({ cycle, during, symptoms }) => {
            const title = cycle.ended
              ? i18n.t('insights.plan.cycle', [String(cycle.number), cycle.start, during[1]])
              : i18n.t('insights.plan.ongoing', [String(cycle.number), cycle.start]);
            return (
              <section key={cycle.number} class="insights-card" aria-label={title}>
                <h4>{title}</h4>
                {symptoms.length > 0 && (
                  <table class="figures-table insights-table">
                    <caption class="visually-hidden">{title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{i18n.t('insights.plan.symptom')}</th>
                        <th scope="col">{i18n.t('insights.plan.before')}</th>
                        <th scope="col">{i18n.t('insights.plan.during')}</th>
                        <th scope="col">{i18n.t('insights.plan.after')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {symptoms.map((row) => (
                        <tr key={row.symptomId}>
                          <th scope="row">{nameOf(row.symptomId)}</th>
                          <td>{cell(row.before)}</td>
                          <td>{cell(row.during)}</td>
                          <td>{cell(row.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {cycle.reflection && <p>{i18n.t('insights.plan.reflection', [cycle.reflection])}</p>}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
