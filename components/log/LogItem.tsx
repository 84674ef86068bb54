import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { isRedFlag } from '../../domain/symptoms';
import type { LogChanges, SymptomLog } from '../../domain/symptom-log';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { LogProblem } from '../../models/log-problem';
import { logClock, severityWord } from './symptom-names';
import { lazy } from './lazy';
import { RedFlagAdvice } from './RedFlagAdvice';

const LogEditForm = lazy(() => import('./LogEditForm').then((m) => m.LogEditForm));

interface Props {
  log: SymptomLog;
  nameOf: (id: string) => string;
  choices: SymptomChoice[];
  onUpdate: (log: SymptomLog, changes: LogChanges) => Promise<LogProblem | undefined>;
  onRemove: (log: SymptomLog) => void;
}

/**
 * One log: time, symptom, severity and note as text (never markup), with Edit and Delete. A red-flag log says
 * so in words (a colour alone reaches neither screen readers nor everyone's eyes), and its mark opens the
 * guide's advice; an edit that makes a log a red flag opens it by itself, as logging one does.
 */
export function LogItem({ log, nameOf, choices, onUpdate, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const [advice, setAdvice] = useState(false);
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
              const after = { symptomId: changes.symptomId ?? log.symptomId, severity: changes.severity ?? log.severity };
              if (isRedFlag(after) && !isRedFlag(log)) setAdvice(true);
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

  const flagged = isRedFlag(log);
  const adviceId = `flag-${log.id}`;
  return (
    <li class={`log-item${flagged ? ' log-item-flag' : ''}`} data-log-id={log.id}>
      <div class="log-item-text">
        <span class="log-time">{time}</span> <span class="log-name">{name}</span>{' '}
        <span class={`log-severity severity-${log.severity}`}>
          {i18n.t('log.severity.described', [log.severity, severityWord(log.severity)])}
        </span>
        {flagged && (
          <>
            {' '}
            <button
              type="button"
              class="log-flag"
              aria-expanded={advice}
              aria-controls={adviceId}
              aria-label={i18n.t('log.flag.label', [name, time])}
              onClick={() => setAdvice(!advice)}
            >
              {i18n.t('log.flag.mark')}
            </button>
          </>
        )}
        {log.note && <p class="log-note-text">{log.note}</p>}
        <div id={adviceId} aria-live="polite">
          {advice && flagged && <RedFlagAdvice id={`${adviceId}-title`} titleAs="p" onDismiss={() => setAdvice(false)} />}
        </div>
      </div>
      <div class="log-item-actions">
        <button
          type="button"
          ref={editButton}
          aria-label={i18n.t('log.today.editLabel', [name, time])}
          onClick={() => setEditing(true)}
        >
          {i18n.t('log.today.edit')}
        </button>
        <button type="button" aria-label={i18n.t('log.today.deleteLabel', [name, time])} onClick={() => onRemove(log)}>
          {i18n.t('log.today.delete')}
        </button>
      </div>
    </li>
  );
}
