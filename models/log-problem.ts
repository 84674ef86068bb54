import type { MomentError } from '../domain/log-time';
import type { LogError } from '../domain/symptom-log';
import { LogStoreError } from '../storage/log-store-error';

/** Everything that can stop a log from being saved, each with its own message in locales (log.errors.*). */
export type LogProblem =
  MomentError | 'noteTooLong' | 'invalid' | 'notFound' | 'changed' | 'unreadableDay' | 'newerDay' | 'writeFailed';

const INPUT_PROBLEMS: Partial<Record<LogError, LogProblem>> = { future: 'future', noteTooLong: 'noteTooLong', moment: 'badTime' };

/** The problem behind a failed store call (anything unexpected counts as a failed write). */
export function logProblemOf(error: unknown): LogProblem {
  if (!(error instanceof LogStoreError)) return 'writeFailed';
  if (error.code === 'invalid') return INPUT_PROBLEMS[error.detail as LogError] ?? 'invalid';
  return error.code;
}
