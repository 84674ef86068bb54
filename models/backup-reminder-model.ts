/**
 * The gentle export reminder: shown when the user's chosen period has passed since the last export (or
 * since Gutwise first looked), never when there is nothing to keep. Small and free of the data view's code,
 * so the Today view can show it without loading export or import.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  backupDue,
  DEFAULT_BACKUP_SETTINGS,
  EMPTY_BACKUP_STATE,
  exported,
  snoozed,
  startCounting,
  type BackupSettings,
  type BackupState,
  type BackupWeeks,
} from '../domain/backup-reminder';
import type { Clock } from '../domain/clock';
import type { StoredValue } from '../storage/stored-value';

export interface BackupReminderDeps {
  settings: StoredValue<BackupSettings>;
  state: StoredValue<BackupState>;
  /** Whether there is anything worth exporting (any log or journal day). */
  hasData: () => Promise<boolean>;
  clock: Clock;
}

export interface BackupReminderModel {
  settings: ReadonlySignal<BackupSettings>;
  state: ReadonlySignal<BackupState>;
  due: ReadonlySignal<boolean>;
  load(): Promise<void>;
  setWeeks(weeks: BackupWeeks): Promise<void>;
  /** "Not now": quiet for a week. */
  snooze(): Promise<void>;
  /** Call after every export the user made. */
  markExported(): Promise<void>;
}

/** Creates the model; call `load()` before showing it. */
export function createBackupReminderModel(deps: BackupReminderDeps): BackupReminderModel {
  const settings = signal<BackupSettings>(DEFAULT_BACKUP_SETTINGS);
  const state = signal<BackupState>(EMPTY_BACKUP_STATE);
  const hasData = signal(false);
  const checkedAt = signal(deps.clock.now());
  deps.settings.watch((value) => (settings.value = value));
  deps.state.watch((value) => (state.value = value));
  return {
    settings,
    state,
    due: computed(() => backupDue(settings.value, state.value, checkedAt.value, hasData.value)),
    async load() {
      const [stored, data] = await Promise.all([deps.settings.get(), deps.hasData()]);
      settings.value = stored;
      hasData.value = data;
      checkedAt.value = deps.clock.now();
      state.value = await deps.state.update((s) => startCounting(s, deps.clock.now()));
    },
    async setWeeks(weeks) {
      settings.value = await deps.settings.update((s) => ({ ...s, weeks }));
    },
    async snooze() {
      state.value = await deps.state.update((s) => snoozed(s, deps.clock.now()));
    },
    async markExported() {
      state.value = await deps.state.update((s) => exported(s, deps.clock.now()));
    },
  };
}
