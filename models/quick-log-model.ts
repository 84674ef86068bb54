import { batch, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { resolveMoment, type TimeChoice } from '../domain/log-time';
import { logDay, NOTE_MAX, type SymptomLog } from '../domain/symptom-log';
import { isRedFlag, type Severity } from '../domain/symptoms';
import type { SymptomLogStore } from '../storage/symptom-log-store';
import { logProblemOf, type LogProblem } from './log-problem';
import type { LogNoticeModel } from './log-notice-model';
import type { Clock } from '../domain/clock';

export interface Selection {
  symptomId: string;
  severity: Severity | null;
}

export interface QuickLogModel {
  /** Symptoms picked, in the order picked, each with its severity once chosen. */
  selected: ReadonlySignal<Selection[]>;
  time: Signal<TimeChoice>;
  note: Signal<string>;
  /** Why the last save was refused; the picks are kept so one click retries. */
  problem: ReadonlySignal<LogProblem | null>;
  /**
   * The guide's red-flag advice is showing (after a red-flag log; the log itself is saved). It comes once per
   * symptom per day: a symptom that already had a red-flag log that day does not bring it again.
   */
  advice: ReadonlySignal<boolean>;
  /** The symptom ids of the most recent save, to return focus to. */
  lastSaved: ReadonlySignal<string[]>;
  isSelected: (symptomId: string) => boolean;
  /** Picks or unpicks a symptom. */
  toggle: (symptomId: string) => void;
  /** Sets a picked symptom's severity (picking it first if needed); saves once every pick has one. */
  pick(symptomId: string, severity: Severity): Promise<void>;
  /** Digit keys: the severity for the latest pick still waiting for one. */
  pickForPending(severity: Severity): Promise<void>;
  /** Tries again after a refused save (e.g. once the time is fixed). */
  save(): Promise<void>;
  dismissAdvice: () => void;
}

export interface QuickLogDeps {
  store: SymptomLogStore;
  clock: Clock;
  notices: LogNoticeModel;
  /** Told about every save (the symptom list counts it for "most used first"). */
  onSaved?: (logs: SymptomLog[]) => void;
}

/**
 * The quick logger: a symptom, then its severity, and it is saved; several symptoms picked together are
 * saved together once each has a severity. Time (now or back-dated) and note apply to the whole save.
 */
export function createQuickLogModel({ store, clock, notices, onSaved }: QuickLogDeps): QuickLogModel {
  const selected = signal<Selection[]>([]);
  const time = signal<TimeChoice>({ kind: 'now' });
  const note = signal('');
  const problem = signal<LogProblem | null>(null);
  const advice = signal(false);
  const lastSaved = signal<string[]>([]);

  async function saveIfComplete() {
    const picks = selected.value;
    if (picks.length === 0 || picks.some((p) => p.severity === null)) return;
    const resolved = resolveMoment(time.value, clock);
    if (!resolved.ok) {
      problem.value = resolved.error;
      return;
    }
    if (note.value.length > NOTE_MAX) {
      problem.value = 'noteTooLong';
      return;
    }
    const noteText = note.value;
    // Cleared before the write: the next symptom can be picked while this one is being saved.
    batch(() => {
      selected.value = [];
      problem.value = null;
    });
    let saved: SymptomLog[];
    try {
      saved = await store.add(
        picks.map((p) => ({ symptomId: p.symptomId, severity: p.severity!, moment: resolved.moment, note: noteText })),
      );
    } catch (error) {
      batch(() => {
        selected.value = [...picks, ...selected.value.filter((s) => !picks.some((p) => p.symptomId === s.symptomId))];
        problem.value = logProblemOf(error);
      });
      return;
    }
    batch(() => {
      time.value = { kind: 'now' };
      if (note.value === noteText) note.value = '';
      lastSaved.value = saved.map((log) => log.symptomId);
    });
    onSaved?.(saved);
    notices.show({
      kind: 'saved',
      logs: saved,
      undo: async () => void (await Promise.all(saved.map((log) => store.remove(log)))),
    });
    if (await adviceIsNew(saved)) advice.value = true;
  }

  /**
   * Whether a save brings the advice: a red-flag log whose symptom had no other red-flag log that day. Read
   * from the store, not from memory, so a popup opened again during a long flare does not repeat it; when the
   * day cannot be read, the advice shows (showing it once too often is the safe side).
   */
  async function adviceIsNew(saved: SymptomLog[]): Promise<boolean> {
    for (const log of saved.filter(isRedFlag)) {
      const sameDay = await store.listDay(logDay(log)).catch(() => []);
      if (!sameDay.some((other) => other.id !== log.id && other.symptomId === log.symptomId && isRedFlag(other))) return true;
    }
    return false;
  }

  const setSeverity = (symptomId: string, severity: Severity) => {
    const picks = selected.value;
    selected.value = picks.some((p) => p.symptomId === symptomId)
      ? picks.map((p) => (p.symptomId === symptomId ? { ...p, severity } : p))
      : [...picks, { symptomId, severity }];
    return saveIfComplete();
  };

  return {
    selected,
    time,
    note,
    problem,
    advice,
    lastSaved,
    isSelected: (id) => selected.value.some((p) => p.symptomId === id),
    toggle(symptomId) {
      problem.value = null;
      const picks = selected.value;
      selected.value = picks.some((p) => p.symptomId === symptomId)
        ? picks.filter((p) => p.symptomId !== symptomId)
        : [...picks, { symptomId, severity: null }];
    },
    pick: setSeverity,
    async pickForPending(severity) {
      const pending = [...selected.value].reverse().find((p) => p.severity === null);
      if (pending) await setSeverity(pending.symptomId, severity);
    },
    save: saveIfComplete,
    dismissAdvice() {
      advice.value = false;
    },
  };
}
