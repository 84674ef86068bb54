import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { logMoment, type LogChanges, type SymptomLog } from '../../domain/symptom-log';
import { atLocalTime, parseTime } from '../../domain/log-time';
import { SEVERITIES, type Severity } from '../../domain/symptoms';
import type { SymptomChoice } from '../../domain/symptom-settings';
import type { LogProblem } from '../../models/log-problem';
import { logClock, severityWord } from './symptom-names';
import { problemMessage } from './ProblemText';

interface Props {
  log: SymptomLog;
  name: string;
  choices: SymptomChoice[];
  nameOf: (id: string) => string;
  /** Resolves to the problem when refused (the form stays open with the message). */
  onSave: (changes: LogChanges) => Promise<LogProblem | undefined>;
  onCancel: () => void;
}

/** Edit symptom, severity, time (on the same day) and note of one log. */
export function LogEditForm({ log, name, choices, nameOf, onSave, onCancel }: Props) {
  const [symptomId, setSymptomId] = useState(log.symptomId);
  const [severity, setSeverity] = useState<Severity>(log.severity);
  const [time, setTime] = useState(logClock(log));
  const [note, setNote] = useState(log.note);
  const [problem, setProblem] = useState<LogProblem | undefined>();
  const first = useRef<HTMLSelectElement>(null);
  const id = `edit-${log.id}`;
  useEffect(() => first.current?.focus(), []);
  // A hidden symptom stays selectable here when it is the log's own.
  const options = choices.filter((c) => !c.hidden || c.id === log.symptomId);

  const submit = async (event: Event) => {
    event.preventDefault();
    const minutes = parseTime(time);
    if (minutes === undefined) return setProblem('badTime');
    const moment = time === logClock(log) ? logMoment(log) : atLocalTime(log, minutes);
    setProblem(await onSave({ symptomId, severity, note, moment }));
  };

  return (
    <form
      class="log-edit"
      aria-labelledby={`${id}-legend`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p id={`${id}-legend`} class="log-edit-legend">
        {i18n.t('log.edit.legend', [name, logClock(log)])}
      </p>
      <label>
        {i18n.t('log.edit.symptom')}
        <select ref={first} value={symptomId} onChange={(e) => setSymptomId(e.currentTarget.value)}>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {nameOf(c.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {i18n.t('log.edit.severity')}
        <select value={severity} onChange={(e) => setSeverity(Number(e.currentTarget.value) as Severity)}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>{`${s} ${severityWord(s)}`}</option>
          ))}
        </select>
      </label>
      <label>
        {i18n.t('log.edit.time')}
        <input type="time" required value={time} onInput={(e) => setTime(e.currentTarget.value)} />
      </label>
      <label>
        {i18n.t('log.edit.note')}
        <input type="text" maxLength={280} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {problem && (
        <p class="log-problem" role="alert">
          {problemMessage(problem)}
        </p>
      )}
      <div class="log-edit-actions">
        <button type="submit" class="primary">
          {i18n.t('log.edit.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('log.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
