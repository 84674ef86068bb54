import { i18n } from '#i18n';
import type { NoteChoice } from '../../domain/summary/notes';
import type { PeriodChoice, PeriodProblem, SummaryPeriod } from '../../domain/summary/period';
import { SUMMARY_NAME_MAX } from '../../domain/summary/summary';
import { SUMMARY_SECTIONS, type SummarySection } from '../../models/summary-model';
import { NoteChoices } from './NoteChoices';

interface Props {
  choice: PeriodChoice;
  /** The period shown now (the dates a switch to "between two dates" starts from). */
  period: SummaryPeriod | null;
  problem: PeriodProblem | null;
  include: Record<SummarySection, boolean>;
  name: string;
  remember: boolean;
  notes: readonly NoteChoice[];
  ticked: ReadonlySet<string>;
  noteLabel: (note: NoteChoice) => string;
  onChoose: (choice: PeriodChoice) => void;
  onInclude: (section: SummarySection, included: boolean) => void;
  onName: (name: string) => void;
  onRemember: (remember: boolean) => void;
  onToggleNote: (key: string) => void;
}

function problemText(problem: PeriodProblem): string {
  switch (problem) {
    case 'date':
      return i18n.t('summary.options.problem.date');
    case 'order':
      return i18n.t('summary.options.problem.order');
    case 'future':
      return i18n.t('summary.options.problem.future');
    case 'tooLong':
      return i18n.t('summary.options.problem.tooLong');
  }
}

/** The choices before printing: the period, the sections, an optional name, and which notes to add. */
export function SummaryOptions(props: Props) {
  const { choice, period, problem, include, name, remember, notes, ticked, noteLabel } = props;
  const between =
    choice.kind === 'between' ? choice : { kind: 'between' as const, from: period?.first ?? '', to: period?.last ?? '' };
  return (
    <section class="summary-options" aria-labelledby="summary-options-title">
      <h2 id="summary-options-title">{i18n.t('summary.options.heading')}</h2>
      <fieldset>
        <legend>{i18n.t('summary.options.period')}</legend>
        {([30, 90] as const).map((days) => (
          <label key={days} class="summary-choice">
            <input
              type="radio"
              name="summary-period"
              checked={choice.kind === 'last' && choice.days === days}
              onChange={() => props.onChoose({ kind: 'last', days })}
            />
            {i18n.t(days === 30 ? 'summary.options.last30' : 'summary.options.last90')}
          </label>
        ))}
        <label class="summary-choice">
          <input
            type="radio"
            name="summary-period"
            checked={choice.kind === 'between'}
            onChange={() => props.onChoose(between)}
          />
          {i18n.t('summary.options.between')}
        </label>
        {choice.kind === 'between' && (
          <div class="summary-dates">
            <label>
              {i18n.t('summary.options.from')}
              <input
                type="date"
                value={choice.from}
                onChange={(e) => props.onChoose({ ...choice, from: e.currentTarget.value })}
                aria-describedby="summary-period-problem"
              />
            </label>
            <label>
              {i18n.t('summary.options.to')}
              <input
                type="date"
                value={choice.to}
                onChange={(e) => props.onChoose({ ...choice, to: e.currentTarget.value })}
                aria-describedby="summary-period-problem"
              />
            </label>
          </div>
        )}
        <p id="summary-period-problem" class="summary-problem" role="status">
          {problem ? problemText(problem) : ''}
        </p>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('summary.options.sections')}</legend>
        {SUMMARY_SECTIONS.map((section) => (
          <label key={section} class="summary-choice">
            <input
              type="checkbox"
              checked={include[section]}
              onChange={(e) => props.onInclude(section, e.currentTarget.checked)}
            />
            {i18n.t(`summary.sections.${section}` as 'summary.sections.symptoms')}
          </label>
        ))}
      </fieldset>
      <div class="summary-name-field">
        <label for="summary-name">{i18n.t('summary.options.name')}</label>
        <input
          id="summary-name"
          type="text"
          autocomplete="name"
          maxLength={SUMMARY_NAME_MAX}
          value={name}
          onInput={(e) => props.onName(e.currentTarget.value)}
        />
        <label class="summary-choice">
          <input type="checkbox" checked={remember} onChange={(e) => props.onRemember(e.currentTarget.checked)} />
          {i18n.t('summary.options.remember')}
        </label>
      </div>
      <NoteChoices notes={notes} ticked={ticked} noteLabel={noteLabel} onToggleNote={props.onToggleNote} />
    </section>
  );
}
