import { i18n } from '#i18n';
import { SEVERITIES, type Severity } from '../../domain/symptoms';
import { severityWord } from './symptom-names';

interface Props {
  symptomId: string;
  name: string;
  chosen: Severity | null;
  onPick: (severity: Severity) => void;
}

/** 0–4 with words for one picked symptom. The digit shown on each button is also its key. */
export function SeverityPicker({ symptomId, name, chosen, onPick }: Props) {
  return (
    <fieldset class="severity-picker" data-severity-for={symptomId}>
      <legend>{i18n.t('log.severity.legend', [name])}</legend>
      <div class="severity-options">
        {SEVERITIES.map((severity) => (
          <button
            key={severity}
            type="button"
            class={`severity-option severity-${severity}`}
            aria-pressed={chosen === severity}
            onClick={() => onPick(severity)}
          >
            <span class="severity-digit">{severity}</span> {severityWord(severity)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
