/**
 * The gentle reminder to export: removing the extension erases everything it stored, so after a period the
 * user chooses (off, 2, 4 or 8 weeks) without an export, Gutwise offers one. Never during the first period
 * after install, never when there is nothing to keep, and "Not now" waits a week.
 */

export const BACKUP_PERIODS = [0, 2, 4, 8] as const;
export type BackupWeeks = (typeof BACKUP_PERIODS)[number];

/** The user's choice; synced, like every setting. */
export interface BackupSettings {
  /** 0: off. */
  weeks: BackupWeeks;
}

/** This browser's exports (its data is local, so this is too). ISO instants. */
export interface BackupState {
  lastExportAt: string | null;
  /** When the reminder first looked: the period counts from here until the first export. */
  since: string | null;
  snoozedUntil: string | null;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { weeks: 4 };
export const EMPTY_BACKUP_STATE: BackupState = { lastExportAt: null, since: null, snoozedUntil: null };
export const SNOOZE_DAYS = 7;
const DAY_MS = 86_400_000;

const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Accepts stored settings of the right shape; otherwise undefined (the item falls back to 4 weeks). */
export function validateBackupSettings(value: unknown): BackupSettings | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { weeks } = value as { weeks?: unknown };
  return BACKUP_PERIODS.includes(weeks as BackupWeeks) ? { weeks: weeks as BackupWeeks } : undefined;
}

/** Accepts a stored state of the right shape; otherwise undefined. */
export function validateBackupState(value: unknown): BackupState | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const ok = (x: unknown) => x === null || isInstant(x);
  if (!ok(v.lastExportAt) || !ok(v.since) || !ok(v.snoozedUntil)) return undefined;
  return {
    lastExportAt: v.lastExportAt,
    since: v.since,
    snoozedUntil: v.snoozedUntil,
  };
}

/** Whether to show the reminder now. */
export function backupDue(settings: BackupSettings, state: BackupState, nowMs: number, hasData: boolean): boolean {
  if (settings.weeks === 0 || !hasData) return false;
  if (state.snoozedUntil && nowMs < Date.parse(state.snoozedUntil)) return false;
  const from = state.lastExportAt ?? state.since;
  return from !== null && nowMs - Date.parse(from) >= settings.weeks * 7 * DAY_MS;
}

/** The state after the reminder first looks: starts the count if it has not started. */
export function startCounting(state: BackupState, nowMs: number): BackupState {
  return state.since ? state : { ...state, since: new Date(nowMs).toISOString() };
}

/** The state after an export. */
export function exported(state: BackupState, nowMs: number): BackupState {
  return { ...state, lastExportAt: new Date(nowMs).toISOString(), snoozedUntil: null };
}

/** The state after "Not now". */
export function snoozed(state: BackupState, nowMs: number): BackupState {
  return { ...state, snoozedUntil: new Date(nowMs + SNOOZE_DAYS * DAY_MS).toISOString() };
}
