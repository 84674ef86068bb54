import { i18n } from '#i18n';
import { logDay, type SymptomLog } from '../../domain/symptom-log';
import { logClock, severityWord } from '../log/symptom-names';
import { tableDate } from './summary-format';

interface Props {
  logs: readonly SymptomLog[];
  nameOf: (symptomId: string) => string;
}

/** Every red-flag log of the period with its date, time and note, under the guide's own advice. */
export function RedFlagSection({ logs, nameOf }: Props) {
  if (logs.length === 0) return null;
  return (
    <section class="summary-section" aria-labelledby="summary-red-flags">
      <h3 id="summary-red-flags">{i18n.t('summary.redFlags.heading')}</h3>
      <p class="summary-caution">{i18n.t('summary.redFlags.intro')}</p>
      <table class="figures-table summary-table summary-wide">
        <thead>
          <tr>
            <th scope="col">{i18n.t('summary.redFlags.date')}</th>
            <th scope="col">{i18n.t('summary.redFlags.time')}</th>
            <th scope="col">{i18n.t('summary.redFlags.symptom')}</th>
            <th scope="col">{i18n.t('summary.redFlags.severity')}</th>
            <th scope="col">{i18n.t('summary.redFlags.note')}</th>
          </tr>
        </thead>
        <tbody>
          {logs.map((log) => (
            <tr key={log.id}>
              <td>{tableDate(logDay(log))}</td>
              <td>{logClock(log)}</td>
              <td>{nameOf(log.symptomId)}</td>
              <td>{severityWord(log.severity)}</td>
              <td>{log.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
