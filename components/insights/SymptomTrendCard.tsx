import { i18n } from '#i18n';
import type { Trend, TrendPeriod } from '../../domain/insights/trends';
import { VERY_SEVERE } from '../../domain/symptoms';
import { ChangeLine } from './ChangeLine';
import { decimal } from './format';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';

interface Props {
  trend: Trend;
  name: string;
  period: TrendPeriod;
  step: 'day' | 'week';
}

/** One symptom over the period: days logged, average and highest, the change, a chart and its table. */
export function SymptomTrendCard({ trend, name, period, step }: Props) {
  const caption = i18n.t(step === 'week' ? 'insights.trends.captionWeekly' : 'insights.trends.caption', [name]);
  return (
    <section class="insights-card" aria-label={name}>
      <h4>{name}</h4>
      {trend.redFlag && (
        <p class="callout callout-caution" role="note">
          {i18n.t('insights.trends.redFlag')}
        </p>
      )}
      {trend.average === null ? (
        <p class="muted">{i18n.t('insights.trends.notLogged')}</p>
      ) : (
        <>
          <p>
            {i18n.t('insights.trends.summary', [
              String(trend.days),
              String(period),
              decimal(trend.average),
              String(trend.highest),
            ])}
          </p>
          {!trend.redFlag && (trend.highest ?? 0) >= VERY_SEVERE && (
            <p class="callout callout-caution" role="note">
              {i18n.t('insights.trends.veryStrong')}
            </p>
          )}
          <TrendChart points={trend.points} max={4} />
          <TrendTable caption={caption} points={trend.points} step={step} valueLabel={i18n.t('insights.trends.value')} />
        </>
      )}
      <ChangeLine trend={trend} period={period} />
    </section>
  );
}
