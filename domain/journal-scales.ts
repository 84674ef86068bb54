/**
 * The journal's scales. Plain numbers here; their words live in locales (journal.stress.*, journal.sleep.*,
 * journal.bristol.*), so the stored value never changes when the wording does.
 */

/** Stress: 0 none, 1 low, 2 moderate, 3 high, 4 very high (the same 0–4 span as symptom severity). */
export type StressLevel = 0 | 1 | 2 | 3 | 4;
export const STRESS_LEVELS: readonly StressLevel[] = [0, 1, 2, 3, 4];

/** Sleep quality: 1 very poor, 2 poor, 3 fair, 4 good, 5 very good. */
export type SleepQuality = 1 | 2 | 3 | 4 | 5;
export const SLEEP_QUALITIES: readonly SleepQuality[] = [1, 2, 3, 4, 5];

/**
 * The Bristol stool scale, types 1 (separate hard lumps) to 7 (entirely liquid). The UI describes each
 * type's picture in words; it never says what a type means for the user's health.
 */
export type BristolType = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const BRISTOL_TYPES: readonly BristolType[] = [1, 2, 3, 4, 5, 6, 7];

const wholeIn = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Whether `value` is a stress level 0–4. */
export const isStressLevel = (value: unknown): value is StressLevel => wholeIn(value, 0, 4);
/** Whether `value` is a sleep quality 1–5. */
export const isSleepQuality = (value: unknown): value is SleepQuality => wholeIn(value, 1, 5);
/** Whether `value` is a Bristol type 1–7. */
export const isBristolType = (value: unknown): value is BristolType => wholeIn(value, 1, 7);
