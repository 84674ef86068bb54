import type { ComponentChildren } from 'preact';
import type { LogNoticeModel } from '../../models/log-notice-model';
import type { QuickLogModel } from '../../models/quick-log-model';
import type { SymptomListModel } from '../../models/symptom-list-model';
import type { TodayLogsModel } from '../../models/today-logs-model';
import { QuickLogger } from '../log/QuickLogger';
import { LogNotice } from '../log/LogNotice';
import { lazy } from '../log/lazy';
import type { Clock } from '../../domain/clock';

// Below the logger and waiting for its data anyway: its code loads beside that read, not before the first frame.
const LogList = lazy(() => import('../log/LogList').then((m) => m.LogList));

interface Props {
  log: QuickLogModel;
  symptoms: SymptomListModel;
  notices: LogNoticeModel;
  today: TodayLogsModel;
  clock: Clock;
  /** Between the logger and today's logs: today's plan task (app/plan-line.tsx). */
  afterLogger?: ComponentChildren;
}

/** The popup's logging: the quick logger, the confirmation with Undo, and today's logs below (after `afterLogger`). */
export function PopupLogging({ log, symptoms, notices, today, clock, afterLogger }: Props) {
  return (
    <>
      <QuickLogger
        log={log}
        symptoms={symptoms}
        clock={clock}
        idPrefix="popup-log"
        notice={<LogNotice notices={notices} nameOf={symptoms.nameOf} />}
      />
      {afterLogger}
      <LogList today={today} symptoms={symptoms} headingId="popup-today-logs" />
    </>
  );
}
