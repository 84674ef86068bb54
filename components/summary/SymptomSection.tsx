import { i18n } from '#i18n';
import type { RangeTrends } from '../../domain/insights/trends';
import { weeklyRows } from '../../domain/summary/weekly-rows';
import { ChangeLine } from '../insights/ChangeLine';
import { decimal } from '../insights/format';
import { TrendChart } from '../insights/TrendChart';
import { tableDate } from './summary-format';

interface Props {
  trends: RangeTrends;
  nameOf: (symptomId: string) => string;
}

/** Each symptom logged in the period: days, average and highest, the change in one line, a chart and a weekly table. */
export function SymptomSection({ trends, nameOf }: Props) {
  const logged = trends.symptoms.filter((trend) => trend.days > 0);
  if (logged.length === 0) return null;
  return (
    <section class="summary-section" aria-labelledby="summary-symptoms">
      <h3 id="summary-symptoms">{i18n.t('summary.symptoms.heading')}</h3>
      <p class="muted">{i18n.t('summary.symptoms.intro')}</p>
      {logged.map((trend) => {
        const name = nameOf(trend.id);
        return (
          <section key={trend.id} class="summary-card" aria-label={name}>
            <h4>{name}</h4>
            <p>
              {i18n.t('summary.symptoms.summary', [
                String(trend.days),
                String(trends.length),
                decimal(trend.average as number),
                String(trend.highest),
              ])}
            </p>
            <ChangeLine trend={trend} period={trends.length} />
            <TrendChart points={trend.points} max={4} />
            <table class="figures-table summary-table">
              <caption>{i18n.t('summary.symptoms.caption', [name])}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('summary.symptoms.week')}</th>
                  <th scope="col">{i18n.t('summary.symptoms.days')}</th>
                  <th scope="col">{i18n.t('summary.symptoms.average')}</th>
                  <th scope="col">{i18n.t('summary.symptoms.highest')}</th>
                </tr>
              </thead>
              <tbody>
                {weeklyRows(trend.points).map((row) => (
                  <tr key={row.from}>
                    <th scope="row">
                      {row.from === row.to ? tableDate(row.from) : `${tableDate(row.from)} – ${tableDate(row.to)}`}
                    </th>
                    <td>{row.days}</td>
                    <td>{row.average === null ? i18n.t('summary.symptoms.notLogged') : decimal(row.average)}</td>
                    <td>{row.highest === null ? i18n.t('summary.symptoms.notLogged') : String(row.highest)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </section>
  );
}
