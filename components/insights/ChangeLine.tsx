import { i18n } from '#i18n';
import type { Trend } from '../../domain/insights/trends';
import { decimal, signedDecimal } from './format';

interface Props {
  trend: Trend;
  period: number;
}

/** The change against the period before, in words and numbers, with how sure it is. */
export function ChangeLine({ trend, period }: Props) {
  const { change, previous } = trend;
  if (!change || previous.average === null) return <p class="insights-change muted">{i18n.t('insights.trends.tooFew')}</p>;
  const key =
    change.direction === 'higher'
      ? 'insights.trends.higher'
      : change.direction === 'lower'
        ? 'insights.trends.lower'
        : 'insights.trends.unclear';
  const amount = change.direction === 'unclear' ? signedDecimal(change.difference) : decimal(Math.abs(change.difference));
  return (
    <p class={`insights-change is-${change.direction}`}>
      {i18n.t(key, [String(period), decimal(previous.average), amount, signedDecimal(change.low), signedDecimal(change.high)])}
    </p>
  );
}
