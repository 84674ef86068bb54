/**
 * The daily reminder setting. Turning it on asks the browser for the notifications permission from the
 * click itself (browsers only ask inside a user gesture); turning it off gives the permission back.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { parseTimeOfDay } from '../domain/local-date';
import { DEFAULT_REMINDER, type ReminderSettings } from '../domain/plan-reminder';
import type { PermissionPort } from '../platform/notifications';
import { syncWriteProblemOf } from './sync-write-problem';
import type { SyncWriteProblem } from '../domain/write-problems';
import type { StoredValue } from '../storage/stored-value';

export interface ReminderModel {
  settings: ReadonlySignal<ReminderSettings>;
  /** On and allowed: the reminder will actually show. */
  active: ReadonlySignal<boolean>;
  /** Set when the browser refused the permission. */
  denied: ReadonlySignal<boolean>;
  /** Why the last change was refused (the setting syncs); nothing was changed then. */
  problem: ReadonlySignal<SyncWriteProblem | undefined>;
  load(): Promise<void>;
  /** Call synchronously from the checkbox's change handler. */
  setEnabled(on: boolean): Promise<void>;
  setTime(time: string): Promise<void>;
}

/** Creates the reminder model on its stored settings and the notifications permission. */
export function createReminderModel(store: StoredValue<ReminderSettings>, permission: PermissionPort): ReminderModel {
  const settings = signal<ReminderSettings>(DEFAULT_REMINDER);
  const permitted = signal(false);
  const denied = signal(false);
  const problem = signal<SyncWriteProblem | undefined>(undefined);
  const save = async (change: (s: ReminderSettings) => ReminderSettings): Promise<boolean> => {
    try {
      settings.value = await store.update(change);
      problem.value = undefined;
      return true;
    } catch (error) {
      problem.value = syncWriteProblemOf(error);
      return false;
    }
  };
  store.watch((value) => (settings.value = value));
  return {
    settings,
    active: computed(() => settings.value.enabled && permitted.value),
    denied,
    problem,
    async load() {
      const [stored, allowed] = await Promise.all([store.get(), permission.has()]);
      settings.value = stored;
      permitted.value = allowed;
    },
    async setEnabled(on) {
      denied.value = false;
      if (on) {
        // First thing in the handler: any await before it would lose the user gesture.
        const granted = await permission.request().catch(() => false);
        permitted.value = granted;
        if (!granted) {
          denied.value = true;
          return;
        }
      }
      if (!(await save((s) => ({ ...s, enabled: on })))) {
        // Not saved: give back a permission asked for a moment ago, so nothing changed at all.
        if (on) permitted.value = !(await permission.remove());
        return;
      }
      if (!on) permitted.value = !(await permission.remove());
    },
    async setTime(time) {
      if (!parseTimeOfDay(time)) return;
      await save((s) => ({ ...s, time }));
    },
  };
}
