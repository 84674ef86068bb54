import type { EntryError } from '../domain/journal-entry';
import type { FormError } from '../domain/journal-form';
import { JournalStoreError } from '../storage/journal-store';
import { LogStoreError } from '../storage/log-store-error';
import { logProblemOf, type LogProblem } from './log-problem';

/** Everything that can stop a journal entry from being saved; each has its own message (journal.errors.*). */
export type JournalProblem = FormError | 'notFound' | 'changed' | 'unreadableDay' | 'newerDay' | 'writeFailed';

/** The problem behind a failed journal store call (anything unexpected counts as a failed write). */
export function journalProblemOf(error: unknown): JournalProblem {
  if (!(error instanceof JournalStoreError)) return 'writeFailed';
  if (error.code === 'invalid') return (error.detail as EntryError | undefined) ?? 'kind';
  return error.code;
}

/** A problem from either store: journal entries, or symptom logs shown in the journal. */
export type TimelineProblem = { journal: JournalProblem } | { log: LogProblem };

/** The problem behind a failed call to either store. */
export function timelineProblemOf(error: unknown): TimelineProblem {
  return error instanceof LogStoreError ? { log: logProblemOf(error) } : { journal: journalProblemOf(error) };
}
