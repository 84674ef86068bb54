/**
 * The symptoms the guide names, the 0–4 severity scale and the red-flag rule. Plain data: names are
 * i18n keys looked up by the UI, so this file stays free of any browser or UI import.
 */

/** 0 none, 1 mild, 2 moderate, 3 severe, 4 very severe. */
export type Severity = 0 | 1 | 2 | 3 | 4;

export const SEVERITIES: readonly Severity[] = [0, 1, 2, 3, 4];

/** The highest severity. */
export const VERY_SEVERE: Severity = 4;
/** "Severe", the guide's own word: from this level up any symptom brings the guide's red-flag advice. */
export const SEVERE: Severity = 3;

export interface BuiltInSymptom {
  /** Stable id stored in every log; never changes, even when the user renames the symptom. */
  id: string;
  /** The guide says to see a healthcare provider promptly when this appears. */
  redFlag: boolean;
}

/**
 * In the guide's order: the everyday symptoms it names ("brain fog, low mood, skin issues, or unexplained
 * fatigue", joint pain, bloating, IBS and eczema with "less itching"), then the two red flags it lists.
 */
export const BUILT_IN_SYMPTOMS: readonly BuiltInSymptom[] = [
  { id: 'fatigue', redFlag: false },
  { id: 'joint-pain', redFlag: false },
  { id: 'brain-fog', redFlag: false },
  { id: 'low-mood', redFlag: false },
  { id: 'bloating', redFlag: false },
  { id: 'digestive-discomfort', redFlag: false },
  { id: 'skin-issues', redFlag: false },
  { id: 'itching', redFlag: false },
  { id: 'blood-in-stool', redFlag: true },
  { id: 'unexplained-weight-loss', redFlag: true },
];

const BUILT_IN_IDS = new Set(BUILT_IN_SYMPTOMS.map((symptom) => symptom.id));
const RED_FLAG_IDS = new Set(BUILT_IN_SYMPTOMS.filter((symptom) => symptom.redFlag).map((symptom) => symptom.id));

/** Whether `id` is one of the two symptoms the guide names as red flags (blood in stool, unexplained weight loss). */
export function isRedFlagSymptom(id: string): boolean {
  return RED_FLAG_IDS.has(id);
}

/** Custom symptom ids start with this, so they can never collide with a built-in one. */
export const CUSTOM_ID_PREFIX = 'custom-';

/** Whether `id` names one of the built-in symptoms. */
export function isBuiltInSymptom(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}

/** Whether `id` is shaped like a symptom id (built-in, or custom with its prefix). */
export function isSymptomId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  return BUILT_IN_IDS.has(value) || /^custom-[A-Za-z0-9-]{1,64}$/.test(value);
}

/** Whether `value` is a whole number from 0 to 4. */
export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}

/**
 * The guide: "If you have severe or sudden symptoms, unexplained weight loss, or blood in stool, please see
 * a healthcare provider promptly." A log is a red flag when its symptom is one of those two, or when any
 * symptom is logged at severe or very severe. Logged at 0 ("none"), a red-flag symptom is not a red flag.
 */
export function isRedFlag(log: { symptomId: string; severity: Severity }): boolean {
  if (log.severity >= SEVERE) return true;
  return RED_FLAG_IDS.has(log.symptomId) && log.severity > 0;
}
