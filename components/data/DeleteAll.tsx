import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Counts } from '../../domain/data-contents';
import type { DataModel } from '../../models/data-model';
import type { UnsavedCounts } from '../../domain/data-contents';
import { alsoGoes, writeProblemText } from './data-text';

/** The lines of the confirmation: exactly what goes, kind by kind (kinds with nothing stored are left out). */
function whatGoes(counts: Counts, unsaved: UnsavedCounts): string[] {
  const lines: string[] = [];
  if (counts.logs) lines.push(i18n.t('data.delete.logs', counts.logs));
  if (counts.journal) lines.push(i18n.t('data.delete.journal', counts.journal));
  if (counts.planCycles) lines.push(i18n.t('data.delete.planCycles', counts.planCycles));
  if (counts.customSymptoms) lines.push(i18n.t('data.delete.customSymptoms', counts.customSymptoms));
  lines.push(counts.readMarks ? i18n.t('data.delete.readMarks', counts.readMarks) : i18n.t('data.delete.readPlace'));
  lines.push(...alsoGoes(counts, unsaved));
  lines.push(i18n.t('data.delete.settings'));
  return lines;
}

/** "Delete all my data": asks once, listing what goes, with an export offered first. */
export function DeleteAll({ model }: { model: DataModel }) {
  const state = model.deleteState.value;
  // Focus lands on the safe choice, so a stray Enter never deletes anything.
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const previous = useRef(state.stage);
  useEffect(() => {
    if (state.stage === 'confirm') keep.current?.focus();
    // Back from the question: focus returns to where the user was.
    else if (previous.current === 'confirm' && state.stage === 'idle') start.current?.focus();
    previous.current = state.stage;
  }, [state.stage]);
  return (
    <section aria-labelledby="data-delete" class="data-section">
      <h3 id="data-delete">{i18n.t('data.delete.heading')}</h3>
      <p>{i18n.t('data.delete.intro')}</p>
      {state.stage === 'confirm' ? (
        <div
          role="group"
          aria-labelledby="data-delete-title"
          class="callout callout-caution data-confirm"
          data-testid="delete-confirm"
        >
          <p id="data-delete-title">
            <strong>{i18n.t('data.delete.title')}</strong>
          </p>
          <p>{i18n.t('data.delete.listIntro')}</p>
          <ul>
            {whatGoes(state.counts, state.unsaved).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>{i18n.t('data.delete.synced')}</p>
          <p class="data-row">
            <button type="button" disabled={model.busy.value} onClick={() => void model.exportAll()}>
              {i18n.t('data.delete.exportFirst')}
            </button>
            <button type="button" class="danger" onClick={() => void model.confirmDelete()}>
              {i18n.t('data.delete.confirm')}
            </button>
            <button type="button" class="primary" ref={keep} onClick={() => model.cancelDelete()}>
              {i18n.t('data.delete.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button
            type="button"
            class="danger-outline"
            ref={start}
            disabled={state.stage === 'deleting'}
            onClick={() => void model.askDelete()}
          >
            {i18n.t('data.delete.start')}
          </button>
        </p>
      )}
      {state.stage === 'deleting' && <p role="status">{i18n.t('data.delete.deleting')}</p>}
      {state.stage === 'done' && (
        <p role="status" class="callout" data-testid="delete-done">
          {i18n.t('data.delete.done')}
        </p>
      )}
      {state.stage === 'failed' && (
        <div role="alert" class="callout callout-caution">
          <p>{i18n.t('data.delete.failed')}</p>
          {!state.restored && (
            <p>
              {writeProblemText('writeFailed')} {i18n.t('data.import.notRestored')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
