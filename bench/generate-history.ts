/**
 * Five years of plausible symptom logs in the stored shape the extension reads (storage/symptom-log-days.ts),
 * for benches that compare a full store with an empty one. Deterministic: the same seed gives the same store.
 */
import { localDay } from '../domain/log-time';
import { createLog, type SymptomLog } from '../domain/symptom-log';
import { BUILT_IN_SYMPTOMS, type Severity } from '../domain/symptoms';
import { logDayKey, logDayValue } from '../storage/symptom-log-days';
import { random } from './random';

const DAY_MS = 86_400_000;
const NOTES = ['after lunch', 'woke up with it', 'after coffee', 'stressful meeting', 'better after a walk', 'slept badly', ''];

/**
 * `count` logs spread over the `years` of local days before today (today itself left empty, so a bench that
 * compares with an empty store changes only the history, not today's list), as storage.local items by day key.
 */
export function generateHistory(
  nowMs: number,
  count = 20_000,
  years = 5,
  seed = 42,
): { items: Record<string, unknown>; logs: number } {
  const rand = random(seed);
  const offsetAt = (ms: number) => 0 - new Date(ms).getTimezoneOffset();
  // Built-in symptoms only, the two red flags rarely: the user's own symptoms live in another (synced) item.
  const symptoms = BUILT_IN_SYMPTOMS.map((s) => s.id);
  const days = Math.round(years * 365.25);
  const byDay = new Map<string, SymptomLog[]>();
  for (let i = 0; i < count; i++) {
    const todayStart = new Date(nowMs).setHours(0, 0, 0, 0);
    const dayStart = todayStart - (days - Math.floor((i * days) / count)) * DAY_MS;
    const epochMs = dayStart + Math.floor(rand() * (DAY_MS - 3_600_000)); // before 23:00, so never today
    const symptomId = symptoms[Math.floor(rand() * (symptoms.length - 1.7))] ?? 'fatigue';
    const severity = Math.min(4, Math.floor(rand() * 4.4)) as Severity;
    const note = NOTES[Math.floor(rand() * NOTES.length)] ?? '';
    const log = createLog({ symptomId, severity, moment: { epochMs, offsetMin: offsetAt(epochMs) }, note }, `gen-${i}`, epochMs);
    const day = localDay(epochMs, log.offsetMin);
    byDay.set(day, [...(byDay.get(day) ?? []), log]);
  }
  const items: Record<string, unknown> = {};
  for (const [day, logs] of byDay) items[logDayKey(day)] = logDayValue(logs);
  return { items, logs: count };
}
