/** Journal entries and symptom logs for tests: built with the domain's own constructors, on a Berlin clock. */
import { createEntry, type EntryDetails, type JournalEntry } from '../../domain/journal-entry';
import { createLog, type SymptomLog } from '../../domain/symptom-log';
import type { Severity } from '../../domain/symptoms';
import { zoneOffset } from './zone-clock';

let counter = 0;

/** An entry at a Berlin wall time ("2026-11-26T12:30"), created at that moment. */
export function entryAt(wall: string, details: EntryDetails, note = '', id = `e-${++counter}`): JournalEntry {
  const epochMs = berlin(wall);
  return createEntry({ details, moment: { epochMs, offsetMin: zoneOffset('Europe/Berlin', epochMs) }, note }, id, epochMs);
}

/** A symptom log at a Berlin wall time, created at that moment. */
export function logAt(wall: string, symptomId: string, severity: Severity, note = '', id = `l-${++counter}`): SymptomLog {
  const epochMs = berlin(wall);
  return createLog(
    { symptomId, severity, moment: { epochMs, offsetMin: zoneOffset('Europe/Berlin', epochMs) }, note },
    id,
    epochMs,
  );
}

/** The instant of a Berlin wall time (winter or summer offset found by trying both). */
export function berlin(wall: string): number {
  for (const offset of [60, 120]) {
    const epochMs = Date.parse(`${wall}:00Z`) - offset * 60_000;
    if (zoneOffset('Europe/Berlin', epochMs) === offset) return epochMs;
  }
  throw new Error(`no such Berlin time: ${wall}`);
}

export const food = (...tags: string[]): EntryDetails => ({ kind: 'food', tags });
