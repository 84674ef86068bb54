import { i18n } from '#i18n';
import { TREND_PERIODS, type TrendPeriod } from '../../domain/insights/trends';

interface Props {
  period: TrendPeriod;
  onChange: (period: TrendPeriod) => void;
}

const LABELS: Record<TrendPeriod, string> = {
  7: 'insights.period.d7',
  30: 'insights.period.d30',
  90: 'insights.period.d90',
  365: 'insights.period.d365',
};

/** One control for the period every trend covers: radio buttons, so arrow keys move between them. */
export function PeriodPicker({ period, onChange }: Props) {
  return (
    <fieldset class="insights-period">
      <legend>{i18n.t('insights.period.legend')}</legend>
      {TREND_PERIODS.map((days) => (
        <label key={days}>
          <input type="radio" name="insights-period" value={days} checked={days === period} onChange={() => onChange(days)} />
          {i18n.t(LABELS[days] as 'insights.period.d7')}
        </label>
      ))}
    </fieldset>
  );
}
