import { signal, type Signal } from '@preact/signals';
import type { Timers } from '../domain/clock';

/** Any notice that may offer Undo. */
export interface UndoableNotice {
  undo?: () => Promise<void>;
}

export interface UndoNoticeModel<N> {
  current: Signal<N | null>;
  show(notice: N): void;
  /** Runs the notice's undo once; the notice then says it was undone, or why it could not be. */
  undo(): Promise<void>;
  dismiss(): void;
  /** Keeps the notice while the user is on it (focus or pointer), so Undo never vanishes under them. */
  hold(held: boolean): void;
}

/** What the notice says after its undo ran, or failed. */
export interface UndoOutcomes<N> {
  undone(notice: N): N;
  failed(notice: N, error: unknown): N;
}

/**
 * One notice line with Undo for `ms` milliseconds (symptom logs and journal entries alike). It stays while
 * the user holds it with focus or pointer, and leaves as soon as they let go after its time is up.
 */
export function createUndoNoticeModel<N extends UndoableNotice>(
  timers: Timers,
  ms: number,
  outcomes: UndoOutcomes<N>,
): UndoNoticeModel<N> {
  const current = signal<N | null>(null);
  let timer: unknown;
  let held = false;
  let expired = false;
  const arm = () => {
    timers.clearTimeout(timer);
    expired = false;
    timer = timers.setTimeout(() => {
      expired = true;
      if (!held) current.value = null;
    }, ms);
  };
  return {
    current,
    show(notice) {
      current.value = notice;
      arm();
    },
    async undo() {
      const notice = current.value;
      if (!notice?.undo) return;
      current.value = { ...notice, undo: undefined };
      try {
        await notice.undo();
        current.value = outcomes.undone(notice);
      } catch (error) {
        current.value = outcomes.failed(notice, error);
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
