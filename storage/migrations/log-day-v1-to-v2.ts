/**
 * Symptom log days, version 1 to 2 (fixture: tests/integration/storage/migrations/fixtures/log-day-v1.json).
 *
 * v1: a bare array of `{ id, symptom, severity, time }`, time in epoch ms, no offset, note optional, no
 * created/updated times. v2: `{ v: 2, logs: SymptomLog[] }` (domain/symptom-log.ts). The offset v1 lacked is
 * the one the time zone had at that instant. An entry that is not a v1 log is carried over untouched.
 */
import type { MigrationStep } from './migration';

export const logDayV1ToV2: MigrationStep = (old, context) => ({
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
});
