import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { SymptomGrid, type SymptomButtons } from './SymptomGrid';

/** `choices`: the red-flag symptoms the user hid from the buttons. */
interface Props extends SymptomButtons {
  idPrefix: string;
}

/** Hiding a symptom must never hide the guide's warning signs: hidden, the two red flags wait one click away. */
export function HiddenRedFlags({ idPrefix, ...buttons }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" class="link" aria-expanded={open} aria-controls={`${idPrefix}-more`} onClick={() => setOpen(!open)}>
        {i18n.t('log.more')}
      </button>
      <div id={`${idPrefix}-more`}>{open && <SymptomGrid label={i18n.t('log.more')} {...buttons} />}</div>
    </div>
  );
}
