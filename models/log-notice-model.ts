import { signal, type Signal } from '@preact/signals';
import type { SymptomLog } from '../domain/symptom-log';
import { problemOf, type LogProblem } from './log-problem';

/** What just happened to the user's logs, with a way to take it back for a few seconds. */
export interface LogNotice {
  kind: 'saved' | 'deleted' | 'updated' | 'undone' | 'failed';
  logs: SymptomLog[];
  problem?: LogProblem;
  /** For 'undone': what was taken back. */
  undid?: 'saved' | 'deleted' | 'updated';
  undo?: () => Promise<void>;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
};

export interface LogNoticeModel {
  current: Signal<LogNotice | null>;
  show(notice: LogNotice): void;
  /** Runs the notice's undo once; the notice then says it was undone, or why it could not be. */
  undo(): Promise<void>;
  dismiss(): void;
  /** Keeps the notice while the user is on it (focus or pointer), so Undo never vanishes under them. */
  hold(held: boolean): void;
}

/** How long Undo stays offered. The logs stay editable and deletable after that. */
export const UNDO_MS = 10_000;

/** One notice line shared by the logger and the list of today's logs. */
export function createLogNoticeModel(timers: Timers = browserTimers): LogNoticeModel {
  const current = signal<LogNotice | null>(null);
  let timer: unknown;
  let held = false;
  let expired = false;
  const arm = () => {
    timers.clearTimeout(timer);
    expired = false;
    timer = timers.setTimeout(() => {
      expired = true;
      if (!held) current.value = null;
    }, UNDO_MS);
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
        current.value = { kind: 'undone', logs: notice.logs, undid: notice.kind as 'saved' | 'deleted' | 'updated' };
      } catch (error) {
        current.value = { kind: 'failed', logs: notice.logs, problem: problemOf(error) };
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
