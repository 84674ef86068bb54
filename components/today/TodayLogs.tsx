import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { Clock } from '../../domain/log-time';
import type { LogNoticeModel } from '../../models/log-notice-model';
import type { QuickLogModel } from '../../models/quick-log-model';
import type { SymptomListModel } from '../../models/symptom-list-model';
import type { TodayLogsModel } from '../../models/today-logs-model';
import { LogList } from '../log/LogList';
import { LogNotice } from '../log/LogNotice';
import { QuickLogger } from '../log/QuickLogger';

interface Props {
  today: TodayLogsModel;
  symptoms: SymptomListModel;
  log: QuickLogModel;
  notices: LogNoticeModel;
  clock: Clock;
}

/** Under the Today card: today's symptom logs, live, and the same quick logger as the popup behind a button. */
export function TodayLogs({ today, symptoms, log, notices, clock }: Props) {
  const [logging, setLogging] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div class="today-logs">
      <button
        type="button"
        ref={toggle}
        class={logging ? undefined : 'primary'}
        aria-expanded={logging}
        aria-controls="today-logger"
        onClick={() => setLogging(!logging)}
      >
        {logging ? i18n.t('log.today.hideLogger') : i18n.t('log.today.logSymptom')}
      </button>
      <div id="today-logger">{logging && <QuickLogger log={log} symptoms={symptoms} clock={clock} idPrefix="panel-log" />}</div>
      <LogNotice notices={notices} nameOf={symptoms.nameOf} />
      <LogList
        logs={today.logs.value}
        nameOf={symptoms.nameOf}
        choices={symptoms.all.value}
        onUpdate={today.update}
        onRemove={(entry) => void today.remove(entry)}
        headingId="panel-today-logs"
      />
    </div>
  );
}
