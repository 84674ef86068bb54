/**
 * How symptom logs are stored: one storage key per local calendar day ("logs:2026-11-26"), so adding a
 * log or reading today touches one small value however long the history is.
 *
 * The day value carries its own version, `{ v: 2, logs: [...] }`, so a day copied verbatim (export,
 * import, backup) still says which shape it has. Days upgrade lazily: when read, and for good on their next
 * write, so an upgrade never has to rewrite five years at once.
 *
 * Versions:
 * - v1 (tests/integration/storage/fixtures/log-day-v1.json): a bare array of
 *   `{ id, symptom, severity, time }`, time in epoch ms, no offset, note optional, no created/updated times.
 * - v2 (current): `{ v: 2, logs: SymptomLog[] }`, see domain/symptom-log.ts.
 *
 * No browser import here: benches and tests build stored values with the same code the extension reads.
 */
import { validateSymptomLog, type SymptomLog } from '../domain/symptom-log';
import { dayOfLogKey, LOG_DAY_PREFIX, LOG_DAY_VERSION, logDayKey } from './keys';

export { LOG_DAY_PREFIX, LOG_DAY_VERSION, logDayKey };

/** What a migration may need besides the old value: the time zone, to recover v1's missing offsets. */
export interface MigrationContext {
  offsetAt(epochMs: number): number;
}

/** A day in the current shape. Entries that fail validation are kept as they are, never dropped. */
export interface LogDay {
  v: typeof LOG_DAY_VERSION;
  logs: unknown[];
}

export type DayReadProblem = 'unreadable' | 'newer';

/** The day of a log-day key, or undefined for any other key. */
export const dayOfKey = dayOfLogKey;

/** One step per version: `migrations[n]` turns a version n-1 value into version n. */
export const logDayMigrations: Record<number, (old: unknown, context: MigrationContext) => unknown> = {
  2: (old, context) => ({
    v: 2,
    logs: (old as unknown[]).map((entry) => {
      const e = entry as Record<string, unknown> | null;
      if (!e || typeof e !== 'object' || typeof e.time !== 'number' || !Number.isFinite(e.time)) return entry;
      const at = new Date(e.time).toISOString();
      return {
        id: e.id,
        symptomId: e.symptom,
        severity: e.severity,
        at,
        offsetMin: context.offsetAt(e.time),
        note: typeof e.note === 'string' ? e.note : '',
        createdAt: at,
        updatedAt: at,
      };
    }),
  }),
};

function versionOf(raw: unknown): number | undefined {
  if (Array.isArray(raw)) return 1;
  if (raw && typeof raw === 'object' && Number.isInteger((raw as { v?: unknown }).v)) return (raw as { v: number }).v;
  return undefined;
}

/**
 * Reads a stored day value: missing means empty; older versions are upgraded step by step; a value of no
 * known shape, or from a newer version of Gutwise, is reported so that nobody writes over it.
 */
export function readLogDay(
  raw: unknown,
  context: MigrationContext,
): { ok: true; day: LogDay } | { ok: false; problem: DayReadProblem } {
  if (raw === undefined || raw === null) return { ok: true, day: { v: LOG_DAY_VERSION, logs: [] } };
  let version = versionOf(raw);
  if (version === undefined || version < 1) return { ok: false, problem: 'unreadable' };
  if (version > LOG_DAY_VERSION) return { ok: false, problem: 'newer' };
  let value: unknown = raw;
  while (version < LOG_DAY_VERSION) {
    version += 1;
    value = logDayMigrations[version]!(value, context);
  }
  const logs = (value as { logs?: unknown }).logs;
  if (!Array.isArray(logs)) return { ok: false, problem: 'unreadable' };
  return { ok: true, day: { v: LOG_DAY_VERSION, logs } };
}

/** The valid logs of a day; anything else in it is left out of the UI (and left alone in storage). */
export function validLogs(day: LogDay): SymptomLog[] {
  const logs: SymptomLog[] = [];
  for (const entry of day.logs) {
    const log = validateSymptomLog(entry);
    if (log) logs.push(log);
  }
  return logs;
}

/** Builds a stored day value from logs (benches and import use it to write days in the current shape). */
export function logDayValue(logs: readonly unknown[]): LogDay {
  return { v: LOG_DAY_VERSION, logs: [...logs] };
}
