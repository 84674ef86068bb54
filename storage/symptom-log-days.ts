/**
 * How symptom logs are stored: one key per local calendar day, `logs:2026-11-26` (storage/keys.ts), holding
 * `{ v: 2, logs: SymptomLog[] }` (domain/symptom-log.ts), read and written as every day of records is
 * (storage/day-records.ts).
 *
 * Versions: v1, a bare array of logs without offsets, upgraded by storage/migrations/log-day-v1-to-v2.ts;
 * v2, the current one.
 */
import { byMoment, logDay, validateSymptomLog, type SymptomLog } from '../domain/symptom-log';
import { dayValue, readDay, type DayFormat, type DayProblem, type MigrationContext } from './day-records';
import { dayOfLogKey, LOG_DAY_VERSION, logDayKey } from './keys';
import { logDayV1ToV2 } from './migrations/log-day-v1-to-v2';

export { LOG_DAY_VERSION, logDayKey } from './keys';
export type { MigrationContext };

export const LOG_DAYS: DayFormat<SymptomLog> = {
  version: LOG_DAY_VERSION,
  list: 'logs',
  keyOf: logDayKey,
  dayOf: dayOfLogKey,
  dayOfRecord: logDay,
  steps: { 2: logDayV1ToV2 },
  // v1 stored the bare array.
  versionOfUnmarked: (raw) => (Array.isArray(raw) ? 1 : undefined),
  validate: validateSymptomLog,
  order: byMoment,
};

/** A day in the current shape. Entries that fail validation are kept as they are, never dropped. */
export interface LogDay {
  v: typeof LOG_DAY_VERSION;
  logs: unknown[];
}

/** Reads a stored day value in the current shape (storage/day-records.ts `readDay`). */
export function readLogDay(
  raw: unknown,
  context: MigrationContext,
): { ok: true; day: LogDay } | { ok: false; problem: DayProblem } {
  const read = readDay(LOG_DAYS, raw, context);
  return read.ok ? { ok: true, day: logDayValue(read.stored) } : read;
}

/** Builds a stored day value from logs (benches and import use it to write days in the current shape). */
export const logDayValue = (logs: readonly unknown[]): LogDay => dayValue(LOG_DAYS, logs) as unknown as LogDay;
