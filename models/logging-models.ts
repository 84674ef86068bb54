import type { SymptomSettings } from '../domain/symptom-settings';
import type { SymptomListCopy } from '../storage/symptom-list-copy';
import type { SymptomLogStore } from '../storage/symptom-log-store';
import { createLogNoticeModel, type LogNoticeModel } from './log-notice-model';
import { createQuickLogModel, type QuickLogModel } from './quick-log-model';
import { createSymptomListModel, type SymptomListModel } from './symptom-list-model';
import { createTodayLogsModel, type TodayLogsModel } from './today-logs-model';
import type { Clock, Timers } from '../domain/clock';
import type { StoredValue } from '../storage/stored-value';

export interface LoggingDeps {
  store: SymptomLogStore;
  settings: StoredValue<SymptomSettings>;
  listCopy?: SymptomListCopy;
  clock: Clock;
  timers: Timers;
  builtInName: (id: string) => string;
  /** Runs a task once the page is idle (requestIdleCallback in pages). */
  whenIdle?: (task: () => void) => void;
}

export interface LoggingModels {
  symptoms: SymptomListModel;
  notices: LogNoticeModel;
  log: QuickLogModel;
  today: TodayLogsModel;
  /** Reads the symptom list and today's logs, then, when idle, recounts recent use for the next open. */
  start(): Promise<void>;
}

/** Everything quick logging needs, wired once per page (popup or side panel). */
export function createLoggingModels(deps: LoggingDeps): LoggingModels {
  const notices = createLogNoticeModel(deps.timers);
  const symptoms = createSymptomListModel({
    settings: deps.settings,
    recentLogs: deps.store.listRecent,
    builtInName: deps.builtInName,
    listCopy: deps.listCopy,
  });
  const log = createQuickLogModel({ store: deps.store, clock: deps.clock, notices, onSaved: symptoms.noteLogged });
  const today = createTodayLogsModel({ store: deps.store, clock: deps.clock, notices, timers: deps.timers });
  return {
    symptoms,
    notices,
    log,
    today,
    async start() {
      await Promise.all([symptoms.load(), today.start()]);
      (deps.whenIdle ?? ((task) => deps.timers.setTimeout(task, 0)))(() => void symptoms.refreshUsage());
    },
  };
}
