import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { SymptomNameError } from '../../domain/symptom-settings';
import type { SymptomListModel } from '../../models/symptom-list-model';
import { SyncProblem } from '../today/SyncProblem';
import { SymptomManagerRow } from './SymptomManagerRow';

interface Props {
  symptoms: SymptomListModel;
  headingId: string;
  onClose: () => void;
}

/** The name error's message. */
export function nameErrorMessage(error: SymptomNameError): string {
  if (error === 'empty') return i18n.t('log.manage.errors.empty');
  if (error === 'tooLong') return i18n.t('log.manage.errors.tooLong');
  return i18n.t('log.manage.errors.duplicate');
}

/** Add, rename, hide and reorder symptoms. Renames keep the id, so history stays with the symptom. */
export function SymptomManager({ symptoms, headingId, onClose }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<SymptomNameError | undefined>();
  const [status, setStatus] = useState('');
  const all = symptoms.all.value;

  const add = async (event: Event) => {
    event.preventDefault();
    const typed = name;
    const problem = await symptoms.add(typed);
    // Refused by storage: the message above the list says why; the name stays for another try.
    if (problem === 'notSaved') return;
    setError(problem);
    if (!problem) {
      setStatus(i18n.t('log.manage.added', [typed.trim()]));
      // Cleared only if it still holds the added name: typing may have gone on while it was saved.
      setName((current) => (current === typed ? '' : current));
    }
  };

  return (
    <div class="symptom-manager">
      <div class="symptom-manager-head">
        <h2 id={headingId}>{i18n.t('log.manage.heading')}</h2>
        <button type="button" class="primary" onClick={onClose}>
          {i18n.t('log.manage.close')}
        </button>
      </div>
      <p class="muted">{i18n.t('log.manage.hint')}</p>
      <SyncProblem code={symptoms.problem.value} />
      <p class="muted">
        {symptoms.customOrder.value ? i18n.t('log.manage.orderHint.custom') : i18n.t('log.manage.orderHint.used')}{' '}
        {symptoms.customOrder.value && (
          <button type="button" class="link" onClick={() => void symptoms.sortByUse()}>
            {i18n.t('log.manage.sortByUse')}
          </button>
        )}
      </p>
      <ul class="symptom-manager-list">
        {all.map((choice, index) => (
          <SymptomManagerRow
            key={choice.id}
            choice={choice}
            name={symptoms.nameOf(choice.id)}
            first={index === 0}
            last={index === all.length - 1}
            symptoms={symptoms}
          />
        ))}
      </ul>
      <form class="symptom-add" onSubmit={(event) => void add(event)}>
        <label>
          {i18n.t('log.manage.addLabel')}
          <input
            type="text"
            value={name}
            maxLength={60}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${headingId}-add-error` : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{i18n.t('log.manage.add')}</button>
        {error && (
          <p id={`${headingId}-add-error`} class="log-problem" role="alert">
            {nameErrorMessage(error)}
          </p>
        )}
      </form>
      <p role="status" class="muted">
        {status}
      </p>
    </div>
  );
}
