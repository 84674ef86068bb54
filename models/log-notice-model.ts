import { createUndoNoticeModel, type UndoNoticeModel } from './undo-notice-model';
import type { SymptomLog } from '../domain/symptom-log';
import { logProblemOf, type LogProblem } from './log-problem';
import type { Timers } from '../domain/clock';

/** What just happened to the user's logs, with a way to take it back for a few seconds. */
export interface LogNotice {
  kind: 'saved' | 'deleted' | 'updated' | 'undone' | 'failed';
  logs: SymptomLog[];
  problem?: LogProblem;
  /** For 'undone': what was taken back. */
  undid?: 'saved' | 'deleted' | 'updated';
  undo?: () => Promise<void>;
}

export type LogNoticeModel = UndoNoticeModel<LogNotice>;

/** How long Undo stays offered. The logs stay editable and deletable after that. */
export const UNDO_MS = 10_000;

/** One notice line shared by the logger and the list of today's logs. */
export function createLogNoticeModel(timers: Timers): LogNoticeModel {
  return createUndoNoticeModel<LogNotice>(timers, UNDO_MS, {
    undone: (notice) => ({ kind: 'undone', logs: notice.logs, undid: notice.kind as 'saved' | 'deleted' | 'updated' }),
    failed: (notice, error) => ({ kind: 'failed', logs: notice.logs, problem: logProblemOf(error) }),
  });
}
