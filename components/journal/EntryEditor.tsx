import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JournalEntry } from '../../domain/journal-entry';
import { formFromEntry, type EntryForm } from '../../domain/journal-form';
import type { TagUse } from '../../domain/journal-tags';
import type { JournalProblem } from '../../models/journal-problem';
import { EntryFields } from './EntryFields';
import { focusFirstField } from './focus-first-field';
import { entryClock, journalProblemText, kindLabel } from './journal-words';

interface Props {
  entry: JournalEntry;
  suggest: (typed: string, chosen: readonly string[]) => TagUse[];
  /** Resolves to the problem when refused (the form stays open with its message). */
  onSave: (form: EntryForm) => Promise<JournalProblem | undefined>;
  onCancel: () => void;
  /** Changes typed earlier and not saved (the panel was closed mid-edit): the form starts from them. */
  draft?: EntryForm;
  /** Every change, as the whole form, so it can be kept as a draft. */
  onChange?: (form: EntryForm) => void;
}

/** Edits one entry in place: every field, its day and time, its note. Escape cancels. */
export function EntryEditor({ entry, suggest, onSave, onCancel, draft, onChange }: Props) {
  const [form, setForm] = useState<EntryForm>(() => draft ?? formFromEntry(entry));
  const [restored] = useState(draft !== undefined);
  const latest = useRef(form);
  const [problem, setProblem] = useState<JournalProblem | undefined>();
  const [saving, setSaving] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const id = `edit-${entry.id}`;
  useEffect(() => focusFirstField(ref.current), []);
  const legend = i18n.t('journal.entry.editLegend', [kindLabel(entry.kind), entryClock(entry)]);
  return (
    <form
      ref={ref}
      class="journal-form journal-edit"
      aria-label={legend}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        void onSave(form).then((problem) => {
          setProblem(problem);
          setSaving(false);
        });
      }}
    >
      <p class="log-edit-legend">{legend}</p>
      {restored && <p class="journal-restored">{i18n.t('journal.entry.restored')}</p>}
      <EntryFields
        idPrefix={id}
        form={form}
        editing
        onChange={(patch) => {
          // From the latest form, not this render's: two changes in one event must both count.
          const next = { ...latest.current, ...patch };
          latest.current = next;
          setForm(next);
          setProblem(undefined);
          onChange?.(next);
        }}
        suggest={suggest}
        defaultAt={() => ({ date: '', time: '' })}
      />
      {problem && (
        <p class="log-problem" role="alert">
          {journalProblemText(problem)}
        </p>
      )}
      <div class="journal-actions">
        <button type="submit" class="primary" disabled={saving}>
          {i18n.t('journal.entry.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('journal.entry.cancel')}
        </button>
      </div>
    </form>
  );
}
