import { i18n } from '#i18n';
import type { DataModel } from '../../models/data-model';
import { importProblemText, writeProblemText } from './data-text';
import { ImportPreview } from './ImportPreview';

/** Import: pick a file, see what it holds, then merge or replace; a bad file gets one message and changes nothing. */
export function ImportSection({ model }: { model: DataModel }) {
  const state = model.importState.value;
  return (
    <section aria-labelledby="data-import" class="data-section">
      <h3 id="data-import">{i18n.t('data.import.heading')}</h3>
      <p class="data-row">
        <label for="data-import-file" class="data-file-label">
          {state.stage === 'problem' ? i18n.t('data.import.tryAnother') : i18n.t('data.import.choose')}
        </label>
        <input
          id="data-import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="data-import-hint"
          disabled={model.busy.value}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) is noticed.
            input.value = '';
            if (file) void model.chooseFile(file);
          }}
        />
      </p>
      <p id="data-import-hint" class="muted">
        {i18n.t('data.import.hint')}
      </p>
      {state.stage === 'reading' && (
        <div class="data-reading">
          <p role="status" id="data-import-reading">
            {i18n.t('data.import.reading', [state.fileName])}
          </p>
          {/* A large file takes seconds to check; nothing is written until Merge or Replace, so Cancel is always safe here. */}
          <p class="data-row">
            <progress aria-labelledby="data-import-reading" max={1} value={state.progress} />
            <button type="button" onClick={() => model.cancelImport()}>
              {i18n.t('data.import.cancel')}
            </button>
          </p>
        </div>
      )}
      {state.stage === 'problem' && (
        <div role="alert" class="callout callout-caution" data-testid="import-problem">
          <p>
            <strong>{i18n.t('data.import.problemTitle', [state.fileName])}</strong>
          </p>
          <p>{importProblemText(state.problem)}</p>
        </div>
      )}
      {(state.stage === 'preview' || state.stage === 'confirmReplace') && (
        <ImportPreview model={model} preview={state} confirming={state.stage === 'confirmReplace' ? state.unsaved : undefined} />
      )}
      {state.stage === 'writing' && <p role="status">{i18n.t('data.import.writing')}</p>}
      {state.stage === 'done' && (
        <p role="status" class="callout" data-testid="import-done">
          {state.mode === 'merge'
            ? i18n.t('data.import.doneMerge', [state.changes.logs.added, state.changes.journal.added])
            : i18n.t('data.import.doneReplace', [state.changes.logs.added, state.changes.journal.added])}
        </p>
      )}
      {state.stage === 'failed' && (
        <div role="alert" class="callout callout-caution">
          <p>{writeProblemText(state.code)}</p>
          {!state.restored && <p>{i18n.t('data.import.notRestored')}</p>}
        </div>
      )}
    </section>
  );
}
