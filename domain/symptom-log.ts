/**
 * A symptom log and the rules for a valid one. Stored values and user input pass through the same checks,
 * so nothing malformed is ever written and nothing malformed that is read reaches the UI.
 */
import { localDay, timeProblem, type Moment } from './log-time';
import { isSeverity, isSymptomId, type Severity } from './symptoms';

export interface SymptomLog {
  id: string;
  symptomId: string;
  severity: Severity;
  /** The instant, ISO 8601 in UTC ("2026-11-26T13:05:00.000Z"). */
  at: string;
  /** The user's UTC offset in minutes east of UTC at that instant. */
  offsetMin: number;
  /** Optional short note; empty when none. */
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** What the user gives to log one symptom. */
export interface NewLog {
  symptomId: string;
  severity: Severity;
  moment: Moment;
  note: string;
}

/** What an edit may change. */
export type LogChanges = Partial<Pick<NewLog, 'symptomId' | 'severity' | 'moment' | 'note'>>;

export const NOTE_MAX = 280;
/** Real offsets run from UTC-12 to UTC+14. */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

export type LogError = 'symptom' | 'severity' | 'moment' | 'future' | 'offset' | 'note' | 'noteTooLong';

const isIsoInstant = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

const isOffset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= MIN_OFFSET && value <= MAX_OFFSET;

/** Why `input` cannot be logged at `nowMs`, or undefined when it can. */
export function checkNewLog(input: NewLog, nowMs: number): LogError | undefined {
  if (!isSymptomId(input.symptomId)) return 'symptom';
  if (!isSeverity(input.severity)) return 'severity';
  const { epochMs, offsetMin } = input.moment ?? {};
  const time = timeProblem(epochMs, nowMs);
  if (time) return time;
  if (!isOffset(offsetMin)) return 'offset';
  if (typeof input.note !== 'string') return 'note';
  if (input.note.length > NOTE_MAX) return 'noteTooLong';
  return undefined;
}

/** Builds the stored record of a checked input. */
export function createLog(input: NewLog, id: string, nowMs: number): SymptomLog {
  const stamp = new Date(nowMs).toISOString();
  return {
    id,
    symptomId: input.symptomId,
    severity: input.severity,
    at: new Date(input.moment.epochMs).toISOString(),
    offsetMin: input.moment.offsetMin,
    note: input.note.trim(),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Checks every input, then builds their records (ids from `newId`); the first problem instead when any is bad. */
export function createLogs(
  inputs: readonly NewLog[],
  newId: () => string,
  nowMs: number,
): { ok: true; logs: SymptomLog[] } | { ok: false; error: LogError } {
  for (const input of inputs) {
    const error = checkNewLog(input, nowMs);
    if (error) return { ok: false, error };
  }
  return { ok: true, logs: inputs.map((input) => createLog(input, newId(), nowMs)) };
}

/** The log's current values as an input, to check an edit with the same rules as a new log. */
export function asNewLog(log: SymptomLog): NewLog {
  return { symptomId: log.symptomId, severity: log.severity, moment: logMoment(log), note: log.note };
}

/**
 * What an Undo of `changes` to `log` writes back: only the fields `changes` changed, to their values in `log`,
 * so a change another context made to another field meanwhile stays.
 */
export function undoChanges(log: SymptomLog, changes: LogChanges): LogChanges {
  const undo: LogChanges = {};
  if (changes.symptomId !== undefined && changes.symptomId !== log.symptomId) undo.symptomId = log.symptomId;
  if (changes.severity !== undefined && changes.severity !== log.severity) undo.severity = log.severity;
  if (changes.note !== undefined && changes.note.trim() !== log.note) undo.note = log.note;
  const moment = logMoment(log);
  if (changes.moment && (changes.moment.epochMs !== moment.epochMs || changes.moment.offsetMin !== moment.offsetMin))
    undo.moment = moment;
  return undo;
}

/** Applies checked changes and stamps the update time. */
export function applyChanges(log: SymptomLog, changes: LogChanges, nowMs: number): SymptomLog {
  const moment = changes.moment;
  return {
    ...log,
    symptomId: changes.symptomId ?? log.symptomId,
    severity: changes.severity ?? log.severity,
    at: moment ? new Date(moment.epochMs).toISOString() : log.at,
    offsetMin: moment ? moment.offsetMin : log.offsetMin,
    note: changes.note !== undefined ? changes.note.trim() : log.note,
    updatedAt: new Date(nowMs).toISOString(),
  };
}

/** Accepts a stored log only in the current shape; otherwise undefined. */
export function validateSymptomLog(value: unknown): SymptomLog | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !v.id || v.id.length > 100) return undefined;
  if (!isSymptomId(v.symptomId) || !isSeverity(v.severity)) return undefined;
  if (!isIsoInstant(v.at) || !isOffset(v.offsetMin)) return undefined;
  if (typeof v.note !== 'string' || v.note.length > NOTE_MAX) return undefined;
  if (!isIsoInstant(v.createdAt) || !isIsoInstant(v.updatedAt)) return undefined;
  const { id, symptomId, severity, at, offsetMin, note, createdAt, updatedAt } = v as unknown as SymptomLog;
  return { id, symptomId, severity, at, offsetMin, note, createdAt, updatedAt };
}

/** The instant and offset of a log. */
export function logMoment(log: SymptomLog): Moment {
  return { epochMs: Date.parse(log.at), offsetMin: log.offsetMin };
}

/** The local calendar day a log belongs to (in the offset it was made in). */
export function logDay(log: Pick<SymptomLog, 'at' | 'offsetMin'>): string {
  return localDay(Date.parse(log.at), log.offsetMin);
}

/** Oldest first; ties by creation, then id, so every context shows the same order. */
export function byMoment(a: SymptomLog, b: SymptomLog): number {
  return Date.parse(a.at) - Date.parse(b.at) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
