import type { Clock } from '../domain/log-time';
import type { SymptomSettings, SymptomUsage } from '../domain/symptom-settings';
import type { SymptomLogStore } from '../storage/symptom-log-store';
import { createLogNoticeModel, type LogNoticeModel, type Timers } from './log-notice-model';
import { createQuickLogModel, type QuickLogModel } from './quick-log-model';
import { createSymptomListModel, type StoredValue, type SymptomListModel } from './symptom-list-model';
import { createTodayLogsModel, type TodayLogsModel } from './today-logs-model';

export interface LoggingDeps {
  store: SymptomLogStore;
  settings: StoredValue<SymptomSettings>;
  usage: StoredValue<SymptomUsage>;
  clock: Clock;
  timers: Timers;
  builtInName: (id: string) => string;
}

export interface LoggingModels {
  symptoms: SymptomListModel;
  notices: LogNoticeModel;
  log: QuickLogModel;
  today: TodayLogsModel;
  /** Reads the symptom list and today's logs; the symptom list resolves first (it is what the popup shows first). */
  start(): Promise<void>;
}

/** Everything quick logging needs, wired once per page (popup or side panel). */
export function createLoggingModels(deps: LoggingDeps): LoggingModels {
  const notices = createLogNoticeModel(deps.timers);
  const symptoms = createSymptomListModel({ settings: deps.settings, usage: deps.usage, builtInName: deps.builtInName });
  const log = createQuickLogModel({ store: deps.store, clock: deps.clock, notices });
  const today = createTodayLogsModel({ store: deps.store, clock: deps.clock, notices, timers: deps.timers });
  return {
    symptoms,
    notices,
    log,
    today,
    start: async () => void (await Promise.all([symptoms.load(), today.start()])),
  };
}
