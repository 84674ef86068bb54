/** Translated names for built-in symptoms and severities (ids in storage never change; words may). */
import { i18n } from '#i18n';
import type { Severity } from '../../domain/symptoms';
import { localTime } from '../../domain/log-time';
import type { SymptomLog } from '../../domain/symptom-log';

/** The guide's name of a built-in symptom, or a neutral phrase for an id it does not know. */
export function builtInSymptomName(id: string): string {
  switch (id) {
    case 'fatigue':
      return i18n.t('log.symptom.fatigue');
    case 'joint-pain':
      return i18n.t('log.symptom.jointPain');
    case 'brain-fog':
      return i18n.t('log.symptom.brainFog');
    case 'low-mood':
      return i18n.t('log.symptom.lowMood');
    case 'bloating':
      return i18n.t('log.symptom.bloating');
    case 'digestive-discomfort':
      return i18n.t('log.symptom.digestiveDiscomfort');
    case 'skin-issues':
      return i18n.t('log.symptom.skinIssues');
    case 'itching':
      return i18n.t('log.symptom.itching');
    case 'blood-in-stool':
      return i18n.t('log.symptom.bloodInStool');
    case 'unexplained-weight-loss':
      return i18n.t('log.symptom.unexplainedWeightLoss');
    default:
      return i18n.t('log.symptom.unknown');
  }
}

/** The word for a severity: none, mild, moderate, severe, very severe. */
export function severityWord(severity: Severity): string {
  switch (severity) {
    case 0:
      return i18n.t('log.severity.none');
    case 1:
      return i18n.t('log.severity.mild');
    case 2:
      return i18n.t('log.severity.moderate');
    case 3:
      return i18n.t('log.severity.severe');
    default:
      return i18n.t('log.severity.verySevere');
  }
}

/** "Fatigue (moderate) at 14:05", in the wall-clock time the log was made at. */
export function describeLog(log: SymptomLog, nameOf: (id: string) => string): string {
  return i18n.t('log.notice.item', [nameOf(log.symptomId), severityWord(log.severity), logClock(log)]);
}

/** The log's wall-clock time ("14:05") in the offset it was made in. */
export function logClock(log: Pick<SymptomLog, 'at' | 'offsetMin'>): string {
  return localTime(Date.parse(log.at), log.offsetMin);
}
