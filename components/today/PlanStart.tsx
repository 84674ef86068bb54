import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { StartProblem } from '../../domain/plan-actions';

interface Props {
  today: string;
  /** Starts today (no argument) or on the typed date; returns the problem with a bad date. */
  onStart: (dateText?: string) => StartProblem | undefined;
}

const PROBLEM_KEYS = { 'not-a-date': 'plan.notADate', 'too-far': 'plan.tooFar' } as const;

/** No plan yet: what it is, "Start today", or a chosen date. A bad date gets a message and changes nothing. */
export function PlanStart({ today, onStart }: Props) {
  const [problem, setProblem] = useState<StartProblem | undefined>();
  return (
    <>
      <h2 id="today-card-title">{i18n.t('plan.title')}</h2>
      <p>{i18n.t('plan.intro')}</p>
      <div class="today-actions">
        <button type="button" class="primary" onClick={() => onStart()}>
          {i18n.t('plan.startToday')}
        </button>
      </div>
      <form
        class="today-start"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const input = event.currentTarget.elements.namedItem('plan-start') as HTMLInputElement;
          // A half-typed or impossible date leaves the value empty and flags badInput: both are "not a date".
          setProblem(input.validity?.badInput ? 'not-a-date' : onStart(input.value));
        }}
      >
        <label for="plan-start-date">{i18n.t('plan.startOnLabel')}</label>
        <div class="today-row">
          <input
            id="plan-start-date"
            name="plan-start"
            type="date"
            defaultValue={today}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'plan-start-problem' : undefined}
            onInput={() => setProblem(undefined)}
          />
          <button type="submit">{i18n.t('plan.startOn')}</button>
        </div>
        {problem && (
          <p id="plan-start-problem" class="today-error" role="alert">
            {i18n.t(PROBLEM_KEYS[problem])}
          </p>
        )}
      </form>
    </>
  );
}
