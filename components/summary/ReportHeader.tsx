import { i18n } from '#i18n';
import type { SummaryPeriod } from '../../domain/summary/period';
import { longDate, madeOn } from './summary-format';

interface Props {
  period: SummaryPeriod;
  madeAt: number;
  /** The name to print; empty for none. */
  name: string;
  timeZone?: string;
}

/** The report's top: the period, when it was made, the name if given, and what these records are and are not. */
export function ReportHeader({ period, madeAt, name, timeZone }: Props) {
  return (
    <header class="summary-report-header">
      <h2 id="summary-report-title">{i18n.t('summary.report.heading')}</h2>
      {name.trim() && <p class="summary-name">{i18n.t('summary.report.name', [name.trim()])}</p>}
      <p class="summary-period">
        {i18n.t('summary.report.period', [longDate(period.first), longDate(period.last), String(period.length)])}
      </p>
      <p class="muted">{i18n.t('summary.report.made', [madeOn(madeAt, timeZone)])}</p>
      <p class="summary-disclaimer">{i18n.t('summary.report.disclaimer')}</p>
    </header>
  );
}
