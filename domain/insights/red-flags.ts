/**
 * The guide's red flags as Insights sees them: symptoms it says to see a healthcare provider about promptly.
 * Insights never looks for a food or habit that "goes with" them, and shows the guide's advice beside them.
 */
import { BUILT_IN_SYMPTOMS } from '../symptoms';

const RED_FLAGS = new Set(BUILT_IN_SYMPTOMS.filter((s) => s.redFlag).map((s) => s.id));

/** Whether the guide says to see a provider promptly about this symptom. */
export const isRedFlagSymptom = (symptomId: string): boolean => RED_FLAGS.has(symptomId);
