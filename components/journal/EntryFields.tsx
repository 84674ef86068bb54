import { i18n } from '#i18n';
import type { EntryForm } from '../../domain/journal-form';
import { ACTIVITY_MAX, ENTRY_NOTE_MAX } from '../../domain/journal-entry';
import { BRISTOL_TYPES, SLEEP_QUALITIES, STRESS_LEVELS } from '../../domain/journal-scales';
import type { TagUse } from '../../domain/journal-tags';
import { bristolWord, sleepWord, stressWord } from './journal-words';
import { ScaleRadios } from './ScaleRadios';
import { TagInput } from './TagInput';
import { WhenFields } from './WhenFields';

interface Props {
  idPrefix: string;
  form: EntryForm;
  onChange: (patch: Partial<EntryForm>) => void;
  suggest: (typed: string, chosen: readonly string[]) => TagUse[];
  defaultAt: () => { date: string; time: string };
  /** Editing: the time is always a day and time. */
  editing?: boolean;
}

/** The fields of one kind of entry, then when it happened and a note. Values are shown as typed, as text. */
export function EntryFields({ idPrefix, form, onChange, suggest, defaultAt, editing }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div class="journal-fields">
      {form.kind === 'food' && (
        <TagInput idPrefix={idPrefix} tags={form.tags} text={form.tagText} onChange={onChange} suggest={suggest} />
      )}
      {form.kind === 'stress' && (
        <ScaleRadios
          legend={i18n.t('journal.stress.legend')}
          name={id('stress')}
          value={form.level}
          options={STRESS_LEVELS.map((level) => ({ value: String(level), label: `${level} ${stressWord(level)}` }))}
          onChange={(level) => onChange({ level })}
        />
      )}
      {form.kind === 'sleep' && (
        <>
          <label class="journal-field">
            {i18n.t('journal.sleep.hours')}
            <input
              type="text"
              inputMode="decimal"
              aria-describedby={id('hours-hint')}
              value={form.hours}
              maxLength={5}
              onInput={(e) => onChange({ hours: e.currentTarget.value })}
            />
            <span id={id('hours-hint')} class="journal-hint">
              {i18n.t('journal.sleep.hoursHint')}
            </span>
          </label>
          <ScaleRadios
            legend={i18n.t('journal.sleep.qualityLegend')}
            name={id('quality')}
            value={form.quality}
            options={SLEEP_QUALITIES.map((quality) => ({ value: String(quality), label: sleepWord(quality) }))}
            onChange={(quality) => onChange({ quality })}
          />
        </>
      )}
      {form.kind === 'movement' && (
        <div class="journal-row">
          <label class="journal-field">
            {i18n.t('journal.movement.activity')}
            <input
              type="text"
              maxLength={ACTIVITY_MAX}
              placeholder={i18n.t('journal.movement.activityPlaceholder')}
              value={form.activity}
              onInput={(e) => onChange({ activity: e.currentTarget.value })}
            />
          </label>
          <label class="journal-field journal-field-short">
            {i18n.t('journal.movement.minutes')}
            <input
              type="text"
              inputMode="numeric"
              maxLength={4}
              value={form.minutes}
              onInput={(e) => onChange({ minutes: e.currentTarget.value })}
            />
          </label>
        </div>
      )}
      {form.kind === 'bowel' && (
        <ScaleRadios
          legend={i18n.t('journal.bowel.legend')}
          name={id('bristol')}
          hint={i18n.t('journal.bowel.hint')}
          layout="list"
          value={form.bristol}
          options={BRISTOL_TYPES.map((type) => ({
            value: String(type),
            label: i18n.t('journal.bowel.type', [type]),
            detail: bristolWord(type),
          }))}
          onChange={(bristol) => onChange({ bristol })}
        />
      )}
      <WhenFields
        idPrefix={idPrefix}
        when={form.when}
        onChange={(when) => onChange({ when })}
        defaultAt={defaultAt}
        fixed={editing}
      />
      <label class="journal-field">
        {form.kind === 'note' ? i18n.t('journal.note.required') : i18n.t('journal.note.label')}
        <textarea
          rows={form.kind === 'note' ? 4 : 2}
          maxLength={ENTRY_NOTE_MAX}
          value={form.note}
          onInput={(e) => onChange({ note: e.currentTarget.value })}
        />
      </label>
    </div>
  );
}
