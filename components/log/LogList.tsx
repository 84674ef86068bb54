import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { SymptomLog, LogChanges } from '../../domain/symptom-log';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { LogProblem } from '../../models/log-problem';
import { LogItem } from './LogItem';

interface Props {
  /** Newest first; null while loading. */
  logs: SymptomLog[] | null;
  nameOf: (id: string) => string;
  /** Symptoms an edit may switch to. */
  choices: SymptomChoice[];
  onUpdate: (log: SymptomLog, changes: LogChanges) => Promise<LogProblem | undefined>;
  onRemove: (log: SymptomLog) => void;
  headingId: string;
  /** Beside the heading (the side panel's "Log a symptom" button). */
  actions?: ComponentChildren;
  /** Between the heading and the logs (the side panel's logger, when open). */
  children?: ComponentChildren;
}

/** Today's logs, each editable and deletable. */
export function LogList({ logs, nameOf, choices, onUpdate, onRemove, headingId, actions, children }: Props) {
  return (
    <section class="log-list" aria-labelledby={headingId}>
      <div class="log-list-head">
        <h2 id={headingId} class="log-list-heading">
          {i18n.t('log.today.heading')}
        </h2>
        {actions}
      </div>
      {children}
      {logs === null ? (
        <p class="muted">{i18n.t('log.today.loading')}</p>
      ) : logs.length === 0 ? (
        <p class="muted">{i18n.t('log.today.empty')}</p>
      ) : (
        <>
          <p class="muted log-count">{i18n.t('log.today.count', logs.length)}</p>
          <ul class="log-items">
            {logs.map((log) => (
              <LogItem key={log.id} log={log} nameOf={nameOf} choices={choices} onUpdate={onUpdate} onRemove={onRemove} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
