import { i18n } from '#i18n';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { Severity } from '../../domain/symptoms';

/** What a set of symptom buttons shows and does; HiddenRedFlags passes the same on to its own grid. */
export interface SymptomButtons {
  choices: SymptomChoice[];
  nameOf: (id: string) => string;
  isSelected: (id: string) => boolean;
  onToggle: (id: string) => void;
  /** A digit pressed on a symptom button: that symptom at that severity. */
  onDigit: (id: string, severity: Severity) => void;
}

interface Props extends SymptomButtons {
  /** The group's name; "Symptoms" unless given. */
  label?: string;
}

/** The symptom buttons: toggles, so several can be logged together. */
export function SymptomGrid({ choices, nameOf, isSelected, onToggle, onDigit, label = i18n.t('log.symptomsLabel') }: Props) {
  return (
    <div class="symptom-grid" role="group" aria-label={label}>
      {choices.map((choice) => (
        <button
          key={choice.id}
          type="button"
          class="symptom-choice"
          data-symptom={choice.id}
          aria-pressed={isSelected(choice.id)}
          onClick={() => onToggle(choice.id)}
          onKeyDown={(event) => {
            if (/^[0-4]$/.test(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
              event.preventDefault();
              event.stopPropagation();
              onDigit(choice.id, Number(event.key) as Severity);
            }
          }}
        >
          {nameOf(choice.id)}
        </button>
      ))}
    </div>
  );
}
