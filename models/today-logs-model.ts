import { signal, type ReadonlySignal } from '@preact/signals';
import { msUntilNextDay, today } from '../domain/log-time';
import { undoChanges, type LogChanges, type SymptomLog } from '../domain/symptom-log';
import { LogStoreError } from '../storage/log-store-error';
import type { SymptomLogStore } from '../storage/symptom-log-store';
import { logProblemOf, type LogProblem } from './log-problem';
import type { LogNoticeModel } from './log-notice-model';
import type { Clock, Timers } from '../domain/clock';

export interface TodayLogsModel {
  /** Today's local date; turns at local midnight. */
  day: ReadonlySignal<string>;
  /** Today's logs, newest first; null until first read. */
  logs: ReadonlySignal<SymptomLog[] | null>;
  /** Reads today and follows every change from any context; also follows midnight. */
  start(): Promise<void>;
  stop(): void;
  /** Saves an edit; returns the problem when it was refused (nothing changed then). */
  update: (log: SymptomLog, changes: LogChanges) => Promise<LogProblem | undefined>;
  /** Deletes, with Undo offered in the notice line. */
  remove(log: SymptomLog): Promise<LogProblem | undefined>;
}

export interface TodayLogsDeps {
  store: SymptomLogStore;
  clock: Clock;
  notices: LogNoticeModel;
  timers: Timers;
}

/** Today's symptom logs, live: the popup and the side panel both show them and stay in step. */
export function createTodayLogsModel({ store, clock, notices, timers }: TodayLogsDeps): TodayLogsModel {
  const day = signal(today(clock));
  const logs = signal<SymptomLog[] | null>(null);
  let unwatch = () => {};
  let midnight: unknown;
  const show = (list: SymptomLog[]) => {
    logs.value = [...list].reverse();
  };

  async function follow() {
    unwatch();
    const current = day.value;
    unwatch = store.watchDay(current, (list) => {
      if (day.value === current) show(list);
    });
    const list = await store.listDay(current);
    if (day.value === current) show(list);
  }

  function scheduleMidnight() {
    midnight = timers.setTimeout(() => {
      day.value = today(clock);
      void follow();
      scheduleMidnight();
    }, msUntilNextDay(clock));
  }

  return {
    day,
    logs,
    async start() {
      scheduleMidnight();
      await follow();
    },
    stop() {
      unwatch();
      timers.clearTimeout(midnight);
    },
    async update(log, changes) {
      try {
        const saved = await store.update(log, changes);
        // Undo takes back only this edit's fields, and never over a change made elsewhere since.
        notices.show({
          kind: 'updated',
          logs: [saved],
          undo: async () => void (await store.update(saved, undoChanges(log, changes), { ifUnchanged: true })),
        });
        return undefined;
      } catch (error) {
        return logProblemOf(error);
      }
    },
    async remove(log) {
      try {
        // Undo puts back the copy that was removed (perhaps edited elsewhere since this page read it), never an older one.
        const removed = await store.remove(log);
        if (!removed) throw new LogStoreError('notFound', log.id);
        notices.show({ kind: 'deleted', logs: [removed], undo: () => store.restore([removed]) });
        return undefined;
      } catch (error) {
        const problem = logProblemOf(error);
        notices.show({ kind: 'failed', logs: [log], problem });
        return problem;
      }
    },
  };
}
