import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { Severity } from '../../domain/symptoms';
import { SymptomGrid } from './SymptomGrid';

interface Props {
  /** The red-flag symptoms the user hid from the buttons. */
  choices: SymptomChoice[];
  nameOf: (id: string) => string;
  isSelected: (id: string) => boolean;
  onToggle: (id: string) => void;
  onDigit: (id: string, severity: Severity) => void;
  idPrefix: string;
}

/** Hiding a symptom must never hide the guide's warning signs: hidden, the two red flags wait one click away. */
export function HiddenRedFlags({ choices, nameOf, isSelected, onToggle, onDigit, idPrefix }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" class="link" aria-expanded={open} aria-controls={`${idPrefix}-more`} onClick={() => setOpen(!open)}>
        {i18n.t('log.more')}
      </button>
      <div id={`${idPrefix}-more`}>
        {open && (
          <SymptomGrid
            label={i18n.t('log.more')}
            choices={choices}
            nameOf={nameOf}
            isSelected={isSelected}
            onToggle={onToggle}
            onDigit={onDigit}
          />
        )}
      </div>
    </div>
  );
}
