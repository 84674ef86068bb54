import { i18n } from '#i18n';
import type { ChartPoint } from '../../domain/insights/trends';
import { decimal } from './format';

interface Props {
  caption: string;
  points: readonly ChartPoint[];
  step: 'day' | 'week';
  valueLabel: string;
}

/** The chart's numbers as a table, for screen readers (visually hidden: the chart shows the same). */
export function TrendTable({ caption, points, step, valueLabel }: Props) {
  return (
    <table class="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t(step === 'week' ? 'insights.trends.week' : 'insights.trends.day')}</th>
          <th scope="col">{valueLabel}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.day}>
            <th scope="row">{point.day}</th>
            <td>{point.value === null ? i18n.t('insights.trends.empty') : decimal(point.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
