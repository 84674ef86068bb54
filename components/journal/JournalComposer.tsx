import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import { ENTRY_KINDS } from '../../domain/journal-entry';
import type { TagUse } from '../../domain/journal-tags';
import type { ComposerModel } from '../../models/journal-composer-model';
import { EntryFields } from './EntryFields';
import { focusFirstField } from './focus-first-field';
import { journalProblemText, kindLabel } from './journal-words';

interface Props {
  composer: ComposerModel;
  suggest: (typed: string, chosen: readonly string[]) => TagUse[];
  defaultAt: () => { date: string; time: string };
  /** Bumped to move focus to the form's first field (opened from the plan's day 4). */
  focusRequest?: number;
}

/** "Write in your journal": pick a kind, fill it in, save. What is typed is kept as a draft until saved. */
export function JournalComposer({ composer, suggest, defaultAt, focusRequest = 0 }: Props) {
  const form = composer.form.value;
  const problem = composer.problem.value;
  const kinds = useRef<HTMLFieldSetElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusKinds = () => queueMicrotask(() => kinds.current?.querySelector('input')?.focus());
  useEffect(() => {
    if (focusRequest) focusFirstField(formRef.current);
  }, [focusRequest]);
  return (
    <section class="journal-compose" aria-labelledby="journal-compose-heading">
      <h3 id="journal-compose-heading">{i18n.t('journal.compose.heading')}</h3>
      <fieldset class="journal-kinds" ref={kinds}>
        <legend>{i18n.t('journal.compose.kindLegend')}</legend>
        <div class="chips">
          {ENTRY_KINDS.map((kind) => (
            <label key={kind} class={`chip${form?.kind === kind ? ' chip-on' : ''}`}>
              <input
                type="radio"
                name="journal-kind"
                value={kind}
                checked={form?.kind === kind}
                onChange={() => composer.open(kind)}
              />
              {kindLabel(kind)}
            </label>
          ))}
        </div>
      </fieldset>
      {form && composer.restored.value && <p class="journal-restored">{i18n.t('journal.compose.restored')}</p>}
      {form && (
        <form
          ref={formRef}
          class="journal-form"
          aria-labelledby="journal-compose-heading"
          onSubmit={(event) => {
            event.preventDefault();
            void composer.save().then((saved) => saved && focusKinds());
          }}
        >
          <EntryFields idPrefix="compose" form={form} onChange={composer.change} suggest={suggest} defaultAt={defaultAt} />
          {problem && (
            <p class="log-problem" role="alert">
              {journalProblemText(problem)}
            </p>
          )}
          <div class="journal-actions">
            <button type="submit" class="primary" disabled={composer.saving.value}>
              {i18n.t('journal.compose.save')}
            </button>
            <button
              type="button"
              aria-label={i18n.t('journal.compose.discardLabel')}
              onClick={() => {
                void composer.discard();
                focusKinds();
              }}
            >
              {i18n.t('journal.compose.discard')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
