import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { LogNoticeModel } from '../../models/log-notice-model';
import type { QuickLogModel } from '../../models/quick-log-model';
import type { SymptomListModel } from '../../models/symptom-list-model';
import type { TodayLogsModel } from '../../models/today-logs-model';
import { LogList } from '../log/LogList';
import { LogNotice } from '../log/LogNotice';
import { QuickLogger } from '../log/QuickLogger';
import type { Clock } from '../../domain/clock';

interface Props {
  today: TodayLogsModel;
  symptoms: SymptomListModel;
  log: QuickLogModel;
  notices: LogNoticeModel;
  clock: Clock;
}

/** Under the Today card: today's symptom logs, live, with the popup's quick logger one button away. */
export function TodayLogs({ today, symptoms, log, notices, clock }: Props) {
  const [logging, setLogging] = useState(false);
  const notice = <LogNotice notices={notices} nameOf={symptoms.nameOf} />;
  return (
    <div class="today-logs">
      <LogList
        today={today}
        symptoms={symptoms}
        headingId="panel-today-logs"
        actions={
          <button
            type="button"
            class={logging ? undefined : 'primary'}
            aria-expanded={logging}
            aria-controls="today-logger"
            onClick={() => setLogging(!logging)}
          >
            {logging ? i18n.t('log.today.hideLogger') : i18n.t('log.today.logSymptom')}
          </button>
        }
      >
        <div id="today-logger">
          {logging ? <QuickLogger log={log} symptoms={symptoms} clock={clock} idPrefix="panel-log" notice={notice} /> : notice}
        </div>
      </LogList>
    </div>
  );
}
