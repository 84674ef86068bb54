import { i18n } from '#i18n';
import type { BodyMeasure, RangeTrends } from '../../domain/insights/trends';
import { ChangeLine } from '../insights/ChangeLine';
import { decimal, percent } from '../insights/format';

interface Props {
  trends: RangeTrends;
}

const MEASURES: {
  measure: Exclude<BodyMeasure, 'bristol-outside'>;
  label: 'insights.body.sleepHours' | 'insights.body.sleepQuality' | 'insights.body.stress';
}[] = [
  { measure: 'sleep-hours', label: 'insights.body.sleepHours' },
  { measure: 'sleep-quality', label: 'insights.body.sleepQuality' },
  { measure: 'stress', label: 'insights.body.stress' },
];

/** Bristol types, sleep and stress in brief: one line each with its change, and the Bristol counts. */
export function BodySection({ trends }: Props) {
  const bristol = trends.body['bristol-outside'];
  const written = MEASURES.filter(({ measure }) => trends.body[measure].days > 0);
  if (written.length === 0 && bristol.days === 0) return null;
  return (
    <section class="summary-section" aria-labelledby="summary-body">
      <h3 id="summary-body">{i18n.t('summary.body.heading')}</h3>
      {bristol.days > 0 && (
        <div class="summary-card">
          <h4>{i18n.t('insights.body.bristolOutside')}</h4>
          <p>
            {i18n.t('insights.body.bristolSummary', [
              String(bristol.days),
              String(trends.length),
              String(Math.round((bristol.average as number) * bristol.days)),
              percent(bristol.average as number),
            ])}
          </p>
          <table class="figures-table summary-table">
            <caption>{i18n.t('insights.body.bristolCaption')}</caption>
            <thead>
              <tr>
                <th scope="row">{i18n.t('insights.body.bristolType')}</th>
                {trends.bristolCounts.map((_, i) => (
                  <th key={i} scope="col">
                    {i + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{i18n.t('insights.body.bristolDays')}</th>
                {trends.bristolCounts.map((count, i) => (
                  <td key={i}>{count}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {written.map(({ measure, label }) => {
        const trend = trends.body[measure];
        return (
          <div key={measure} class="summary-card">
            <h4>{i18n.t(label)}</h4>
            <p>
              {i18n.t('insights.body.summary', [
                String(trend.days),
                String(trends.length),
                decimal(trend.average as number),
                decimal(trend.highest as number),
              ])}
            </p>
            <ChangeLine trend={trend} period={trends.length} />
          </div>
        );
      })}
    </section>
  );
}
