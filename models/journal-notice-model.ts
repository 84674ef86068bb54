import type { TimelineItem } from '../domain/journal-timeline';
import { createUndoNoticeModel, type UndoNoticeModel } from './undo-notice-model';
import { timelineProblemOf, type TimelineProblem } from './journal-problem';
import type { Timers } from '../domain/clock';

/** What just happened in the journal, with a way to take it back for a few seconds. */
export interface JournalNotice {
  kind: 'saved' | 'updated' | 'deleted' | 'undone' | 'failed';
  item: TimelineItem;
  /** For 'undone': what was taken back. */
  undid?: 'saved' | 'updated' | 'deleted';
  /** For 'failed': why. */
  problem?: TimelineProblem;
  undo?: () => Promise<void>;
}

export type JournalNoticeModel = UndoNoticeModel<JournalNotice>;

/** How long Undo stays offered (as for symptom logs). */
export const JOURNAL_UNDO_MS = 10_000;

/** The journal's one notice line: saved, edited, deleted, each with Undo. */
export function createJournalNoticeModel(timers: Timers): JournalNoticeModel {
  return createUndoNoticeModel<JournalNotice>(timers, JOURNAL_UNDO_MS, {
    undone: (notice) => ({ kind: 'undone', item: notice.item, undid: notice.kind as 'saved' | 'updated' | 'deleted' }),
    failed: (notice, error) => ({ kind: 'failed', item: notice.item, problem: timelineProblemOf(error) }),
  });
}
