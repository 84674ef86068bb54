import { i18n } from '#i18n';
import type { WhenChoice } from '../../domain/journal-form';

interface Props {
  idPrefix: string;
  when: WhenChoice;
  onChange: (when: WhenChoice) => void;
  /** The date and time to start from when the user picks "another day or time" (now). */
  defaultAt: () => { date: string; time: string };
  /** Editing an entry: always a day and time, no "now". */
  fixed?: boolean;
}

/** When it happened: now, or a typed date and time (any earlier day). */
export function WhenFields({ idPrefix, when, onChange, defaultAt, fixed }: Props) {
  const at = when.mode === 'at' ? when : undefined;
  return (
    <fieldset class="journal-when">
      <legend>{i18n.t('journal.when.legend')}</legend>
      {!fixed && (
        <div class="chips">
          <label class={`chip${!at ? ' chip-on' : ''}`}>
            <input type="radio" name={`${idPrefix}-when`} checked={!at} onChange={() => onChange({ mode: 'now' })} />
            {i18n.t('journal.when.now')}
          </label>
          <label class={`chip${at ? ' chip-on' : ''}`}>
            <input
              type="radio"
              name={`${idPrefix}-when`}
              checked={!!at}
              onChange={() => onChange({ mode: 'at', ...defaultAt() })}
            />
            {i18n.t('journal.when.other')}
          </label>
        </div>
      )}
      {at && (
        <div class="journal-when-at">
          <label>
            {i18n.t('journal.when.date')}
            <input type="date" required value={at.date} onInput={(e) => onChange({ ...at, date: e.currentTarget.value })} />
          </label>
          <label>
            {i18n.t('journal.when.time')}
            <input type="time" required value={at.time} onInput={(e) => onChange({ ...at, time: e.currentTarget.value })} />
          </label>
        </div>
      )}
    </fieldset>
  );
}
