import { signal, type Signal } from '@preact/signals';
import type { TimelineItem } from '../domain/journal-timeline';
import type { Timers } from './log-notice-model';
import { timelineProblemOf, type TimelineProblem } from './journal-problem';

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

export interface JournalNoticeModel {
  current: Signal<JournalNotice | null>;
  show(notice: JournalNotice): void;
  /** Runs the notice's undo once; the notice then says it was undone, or why it could not be. */
  undo(): Promise<void>;
  dismiss(): void;
  /** Keeps the notice while the user is on it (focus or pointer), so Undo never vanishes under them. */
  hold(held: boolean): void;
}

/** How long Undo stays offered (as for symptom logs). */
export const JOURNAL_UNDO_MS = 10_000;

/** The journal's one notice line: saved, edited, deleted, each with Undo. */
export function createJournalNoticeModel(timers: Timers): JournalNoticeModel {
  const current = signal<JournalNotice | null>(null);
  let timer: unknown;
  let held = false;
  let expired = false;
  const arm = () => {
    timers.clearTimeout(timer);
    expired = false;
    timer = timers.setTimeout(() => {
      expired = true;
      if (!held) current.value = null;
    }, JOURNAL_UNDO_MS);
  };
  return {
    current,
    show(notice) {
      current.value = notice;
      arm();
    },
    async undo() {
      const notice = current.value;
      if (!notice?.undo || notice.kind === 'undone' || notice.kind === 'failed') return;
      current.value = { ...notice, undo: undefined };
      try {
        await notice.undo();
        current.value = { kind: 'undone', item: notice.item, undid: notice.kind };
      } catch (error) {
        current.value = { kind: 'failed', item: notice.item, problem: timelineProblemOf(error) };
      }
      arm();
    },
    dismiss() {
      timers.clearTimeout(timer);
      current.value = null;
    },
    hold(next) {
      held = next;
      if (!held && expired) current.value = null;
    },
  };
}
