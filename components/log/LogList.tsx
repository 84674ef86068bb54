import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { SymptomLog } from '../../domain/symptom-log';
import type { SymptomListModel } from '../../models/symptom-list-model';
import type { TodayLogsModel } from '../../models/today-logs-model';
import { LogItem } from './LogItem';

interface Props {
  /** Today's logs, newest first (null while loading), and their edits and deletes. */
  today: TodayLogsModel;
  /** The symptoms' names, and the symptoms an edit may switch to. */
  symptoms: SymptomListModel;
  headingId: string;
  /** Beside the heading (the side panel's "Log a symptom" button). */
  actions?: ComponentChildren;
  /** Between the heading and the logs (the side panel's logger, when open). */
  children?: ComponentChildren;
}

/** Today's logs, each editable and deletable. */
export function LogList({ today, symptoms, headingId, actions, children }: Props) {
  const logs = today.logs.value;
  const choices = symptoms.all.value;
  const onRemove = (entry: SymptomLog) => void today.remove(entry);
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
              <LogItem
                key={log.id}
                log={log}
                nameOf={symptoms.nameOf}
                choices={choices}
                onUpdate={today.update}
                onRemove={onRemove}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
