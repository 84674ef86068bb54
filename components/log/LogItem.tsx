import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { isRedFlag } from '../../domain/symptoms';
import type { LogChanges, SymptomLog } from '../../domain/symptom-log';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { LogProblem } from '../../models/log-problem';
import { logClock, severityWord } from './symptom-names';
import { lazy } from './lazy';

const LogEditForm = lazy(() => import('./LogEditForm').then((m) => m.LogEditForm));

interface Props {
  log: SymptomLog;
  nameOf: (id: string) => string;
  choices: SymptomChoice[];
  onUpdate: (log: SymptomLog, changes: LogChanges) => Promise<LogProblem | undefined>;
  onRemove: (log: SymptomLog) => void;
}

/** One log: time, symptom, severity and note as text (never markup), with Edit and Delete. */
export function LogItem({ log, nameOf, choices, onUpdate, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const name = nameOf(log.symptomId);
  const time = logClock(log);

  if (editing) {
    return (
      <li class="log-item log-item-editing">
        <LogEditForm
          log={log}
          name={name}
          choices={choices}
          nameOf={nameOf}
          onSave={async (changes) => {
            const problem = await onUpdate(log, changes);
            if (!problem) {
              setEditing(false);
              // Back to the log's Edit button, as after Cancel, so the keyboard user stays in place.
              queueMicrotask(() => editButton.current?.focus());
            }
            return problem;
          }}
          onCancel={() => {
            setEditing(false);
            queueMicrotask(() => editButton.current?.focus());
          }}
        />
      </li>
    );
  }

  return (
    <li class={`log-item${isRedFlag(log) ? ' log-item-flag' : ''}`} data-log-id={log.id}>
      <div class="log-item-text">
        <span class="log-time">{time}</span> <span class="log-name">{name}</span>{' '}
        <span class={`log-severity severity-${log.severity}`}>{i18n.t('log.severity.described', [log.severity, severityWord(log.severity)])}</span>
        {log.note && <p class="log-note-text">{log.note}</p>}
      </div>
      <div class="log-item-actions">
        <button type="button" ref={editButton} aria-label={i18n.t('log.today.editLabel', [name, time])} onClick={() => setEditing(true)}>
          {i18n.t('log.today.edit')}
        </button>
        <button type="button" aria-label={i18n.t('log.today.deleteLabel', [name, time])} onClick={() => onRemove(log)}>
          {i18n.t('log.today.delete')}
        </button>
      </div>
    </li>
  );
}
