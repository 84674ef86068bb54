import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { localTime } from '../../domain/log-time';
import { NOTE_MAX } from '../../domain/symptom-log';
import { isRedFlagSymptom, type Severity } from '../../domain/symptoms';
import type { QuickLogModel } from '../../models/quick-log-model';
import type { SymptomListModel } from '../../models/symptom-list-model';
import { SymptomGrid } from './SymptomGrid';
import { SeverityPicker } from './SeverityPicker';
import { WhenPicker } from './WhenPicker';
import { problemMessage } from './ProblemText';
import { lazy } from './lazy';
import type { Clock } from '../../domain/clock';

const SymptomManager = lazy(() => import('./SymptomManager').then((m) => m.SymptomManager));
// Shown only after a red-flag log, and the log is saved before it shows: it stays out of the first frame.
const RedFlagAdvice = lazy(() => import('./RedFlagAdvice').then((m) => m.RedFlagAdvice));
// Only for someone who hid a red-flag symptom: its code stays out of everyone else's first frame.
const HiddenRedFlags = lazy(() => import('./HiddenRedFlags').then((m) => m.HiddenRedFlags));

interface Props {
  log: QuickLogModel;
  symptoms: SymptomListModel;
  clock: Clock;
  /** Id prefix, so the popup and side panel can each hold one logger without id clashes. */
  idPrefix?: string;
  /** The confirmation line (LogNotice), shown right under the symptoms. */
  notice?: ComponentChildren;
}

/** Fields where a digit is text. Radio buttons are not: on "1 h ago", pressing 2 logs at that time. */
const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['TEXTAREA', 'SELECT'].includes(target.tagName) ||
    (target instanceof HTMLInputElement && target.type !== 'radio'));

/** Symptom, then severity: saved. Time, note, undo and the red-flag advice around it. */
export function QuickLogger({ log, symptoms, clock, idPrefix = 'log', notice }: Props) {
  const root = useRef<HTMLElement>(null);
  const [managing, setManaging] = useState(false);
  const manageButton = useRef<HTMLButtonElement>(null);
  const selected = log.selected.value;
  const lastSaved = log.lastSaved.value;

  useEffect(() => {
    // After a save the severity buttons go away: focus returns to the symptom just logged.
    const first = lastSaved[0];
    const active = document.activeElement;
    if (first && (!active || active === document.body || !root.current?.contains(active))) {
      root.current?.querySelector<HTMLElement>(`[data-symptom="${first}"]`)?.focus();
    }
  }, [lastSaved]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!/^[0-4]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) return;
    event.preventDefault();
    void log.pickForPending(Number(event.key) as Severity);
  };
  const nowTime = () => {
    const now = clock.now();
    return localTime(now, clock.offsetAt(now));
  };
  const problem = log.problem.value;
  const hiddenFlags = symptoms.loaded.value
    ? symptoms.all.value.filter((choice) => choice.hidden && isRedFlagSymptom(choice.id))
    : [];

  if (managing) {
    return (
      <section class="quick-logger" ref={root} aria-labelledby={`${idPrefix}-manage-heading`}>
        <SymptomManager
          symptoms={symptoms}
          headingId={`${idPrefix}-manage-heading`}
          onClose={() => {
            setManaging(false);
            queueMicrotask(() => manageButton.current?.focus());
          }}
        />
      </section>
    );
  }

  return (
    <section class="quick-logger" ref={root} aria-labelledby={`${idPrefix}-heading`} onKeyDown={onKeyDown}>
      <div class="quick-logger-head">
        <h2 id={`${idPrefix}-heading`} class="quick-logger-heading">
          {i18n.t('log.heading')}
        </h2>
        <button type="button" class="link" ref={manageButton} onClick={() => setManaging(true)}>
          {i18n.t('log.manage.open')}
        </button>
      </div>
      <p class="muted quick-logger-hint">{i18n.t('log.hint')}</p>
      {symptoms.loaded.value && (
        <SymptomGrid
          choices={symptoms.visible.value}
          nameOf={symptoms.nameOf}
          isSelected={log.isSelected}
          onToggle={log.toggle}
          onDigit={(id, severity) => void log.pick(id, severity)}
        />
      )}
      {hiddenFlags.length > 0 && (
        <HiddenRedFlags
          choices={hiddenFlags}
          nameOf={symptoms.nameOf}
          isSelected={log.isSelected}
          onToggle={log.toggle}
          onDigit={(id, severity) => void log.pick(id, severity)}
          idPrefix={idPrefix}
        />
      )}
      {selected.map((pick) => (
        <SeverityPicker
          key={pick.symptomId}
          symptomId={pick.symptomId}
          name={symptoms.nameOf(pick.symptomId)}
          chosen={pick.severity}
          onPick={(severity) => void log.pick(pick.symptomId, severity)}
        />
      ))}
      {problem && (
        <div class="log-problem-box" role="alert">
          <p>{problemMessage(problem)}</p>
          {selected.length > 0 && selected.every((p) => p.severity !== null) && (
            <button type="button" class="primary" onClick={() => void log.save()}>
              {i18n.t('log.retry')}
            </button>
          )}
        </div>
      )}
      {/* Where the severity buttons were: the confirmation and the advice appear where the eyes already are. */}
      {notice}
      <div aria-live="polite">{log.advice.value && <RedFlagAdvice onDismiss={log.dismissAdvice} />}</div>
      <WhenPicker time={log.time} defaultTime={nowTime} />
      <label class="log-note">
        {i18n.t('log.note.label')}
        <input
          type="text"
          maxLength={NOTE_MAX}
          placeholder={i18n.t('log.note.placeholder')}
          value={log.note.value}
          onInput={(e) => (log.note.value = e.currentTarget.value)}
        />
      </label>
    </section>
  );
}
