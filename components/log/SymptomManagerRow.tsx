import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SymptomChoice, SymptomNameError } from '../../domain/symptom-settings';
import type { SymptomListModel } from '../../models/symptom-list-model';
import { nameErrorMessage } from './SymptomManager';

interface Props {
  choice: SymptomChoice;
  name: string;
  first: boolean;
  last: boolean;
  symptoms: SymptomListModel;
}

/** One symptom in the manager: rename in place, hide or show, move up or down. */
export function SymptomManagerRow({ choice, name, first, last, symptoms }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<SymptomNameError | undefined>();
  const renameButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (renaming) input.current?.select();
  }, [renaming]);
  const errorId = `rename-error-${choice.id}`;

  const finish = () => {
    setRenaming(false);
    setError(undefined);
    queueMicrotask(() => renameButton.current?.focus());
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const problem = await symptoms.rename(choice.id, draft);
    // Refused by storage: the manager says why; the new name stays in the field for another try.
    if (problem === 'notSaved') return;
    if (problem) setError(problem);
    else finish();
  };
  const move = (step: -1 | 1) => (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const row = button.closest('li');
    // The row moves in the DOM; keep focus on its arrow (or the other one once it reaches an end).
    void symptoms.move(choice.id, step).then(() => {
      const arrows = [...(row?.querySelectorAll<HTMLButtonElement>('button.icon') ?? [])];
      (button.disabled ? arrows.find((b) => !b.disabled) : button)?.focus();
    });
  };

  if (renaming) {
    return (
      <li class="symptom-row">
        <form class="symptom-rename" onSubmit={(event) => void save(event)} onKeyDown={(e) => e.key === 'Escape' && finish()}>
          <label>
            {i18n.t('log.manage.newName', [name])}
            <input
              type="text"
              value={draft}
              maxLength={60}
              ref={input}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="primary">
            {i18n.t('log.manage.saveName')}
          </button>
          <button type="button" onClick={finish}>
            {i18n.t('log.manage.cancel')}
          </button>
          {choice.builtIn && choice.customName && (
            <button type="button" class="link" onClick={() => void symptoms.resetName(choice.id).then(finish)}>
              {i18n.t('log.manage.resetName', [name])}
            </button>
          )}
          {error && (
            <p id={errorId} class="log-problem" role="alert">
              {nameErrorMessage(error)}
            </p>
          )}
        </form>
      </li>
    );
  }

  return (
    <li class={`symptom-row${choice.hidden ? ' symptom-row-hidden' : ''}`}>
      <span class="symptom-row-name">
        {name}
        {choice.hidden && <span class="muted"> ({i18n.t('log.manage.hiddenMark')})</span>}
      </span>
      <span class="symptom-row-actions">
        <button
          type="button"
          ref={renameButton}
          aria-label={i18n.t('log.manage.renameLabel', [name])}
          onClick={() => (setDraft(name), setRenaming(true))}
        >
          {i18n.t('log.manage.rename')}
        </button>
        <button
          type="button"
          aria-label={choice.hidden ? i18n.t('log.manage.show', [name]) : i18n.t('log.manage.hide', [name])}
          onClick={() => void symptoms.setHidden(choice.id, !choice.hidden)}
        >
          {choice.hidden ? i18n.t('log.manage.showShort') : i18n.t('log.manage.hideShort')}
        </button>
        <button type="button" class="icon" aria-label={i18n.t('log.manage.up', [name])} disabled={first} onClick={move(-1)}>
          ↑
        </button>
        <button type="button" class="icon" aria-label={i18n.t('log.manage.down', [name])} disabled={last} onClick={move(1)}>
          ↓
        </button>
      </span>
    </li>
  );
}
