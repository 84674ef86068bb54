import { i18n } from '#i18n';
import type { BodyMeasure, Trends } from '../../domain/insights/trends';
import { ChangeLine } from './ChangeLine';
import { decimal, percent } from './format';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';

interface Props {
  trends: Trends;
}

const SCALES: Record<Exclude<BodyMeasure, 'bristol-outside'>, { label: string; min: number; max: number }> = {
  'sleep-hours': { label: 'insights.body.sleepHours', min: 0, max: 12 },
  'sleep-quality': { label: 'insights.body.sleepQuality', min: 1, max: 5 },
  stress: { label: 'insights.body.stress', min: 0, max: 4 },
};

/** Sleep, stress and Bristol types over the same period, the same way as symptoms. */
export function BodyTrends({ trends }: Props) {
  const bristol = trends.body['bristol-outside'];
  return (
    <section class="insights-section" aria-labelledby="insights-body">
      <h3 id="insights-body">{i18n.t('insights.body.heading')}</h3>
      {(Object.keys(SCALES) as (keyof typeof SCALES)[]).map((measure) => {
        const trend = trends.body[measure];
        const { label, min, max } = SCALES[measure];
        const name = i18n.t(label as 'insights.body.stress');
        return (
          <section key={measure} class="insights-card" aria-label={name}>
            <h4>{name}</h4>
            {trend.average === null ? (
              <p class="muted">{i18n.t('insights.body.notWritten')}</p>
            ) : (
              <>
                <p>
                  {i18n.t('insights.body.summary', [
                    String(trend.days),
                    String(trends.period),
                    decimal(trend.average),
                    decimal(trend.highest as number),
                  ])}
                </p>
                <TrendChart points={trend.points} min={min} max={max} />
                <TrendTable
                  caption={name}
                  points={trend.points}
                  step={trends.step}
                  valueLabel={i18n.t('insights.body.valueLabel')}
                />
              </>
            )}
            <ChangeLine trend={trend} period={trends.period} />
          </section>
        );
      })}
      <section class="insights-card" aria-label={i18n.t('insights.body.bristolOutside')}>
        <h4>{i18n.t('insights.body.bristolOutside')}</h4>
        {bristol.average === null ? (
          <p class="muted">{i18n.t('insights.body.notWritten')}</p>
        ) : (
          <>
            <p>
              {i18n.t('insights.body.bristolSummary', [
                String(bristol.days),
                String(trends.period),
                String(Math.round(bristol.average * bristol.days)),
                percent(bristol.average),
              ])}
            </p>
            <table class="figures-table insights-table">
              <caption>{i18n.t('insights.body.bristolCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('insights.body.bristolType')}</th>
                  <th scope="col">{i18n.t('insights.body.bristolDays')}</th>
                </tr>
              </thead>
              <tbody>
                {trends.bristolCounts.map((count, i) => (
                  <tr key={i}>
                    <th scope="row">{i + 1}</th>
                    <td>{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </section>
  );
}
