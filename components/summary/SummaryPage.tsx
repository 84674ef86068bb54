import { i18n } from '#i18n';
import type { NoteChoice } from '../../domain/summary/notes';
import type { SummaryModel } from '../../models/summary-model';
import type { LinkNames } from '../insights/link-words';
import { kindLabel } from '../journal/journal-words';
import { BodySection } from './BodySection';
import { LinksSection } from './LinksSection';
import { NotesSection } from './NotesSection';
import { PageMarginStyle } from './PageMarginStyle';
import { PlanSection } from './PlanSection';
import { RedFlagSection } from './RedFlagSection';
import { ReportHeader } from './ReportHeader';
import { SummaryOptions } from './SummaryOptions';
import { SymptomSection } from './SymptomSection';

export interface SummaryPageProps {
  model: SummaryModel;
  names: LinkNames;
  /** Opens the browser's print dialog. */
  onPrint: () => void;
  /** The time zone "made on" is written in; the computer's own when absent. */
  timeZone?: string;
}

/** The summary for the user's doctor: the choices and a Print button on screen, the report on screen and paper. */
export function SummaryPage({ model, names, onPrint, timeZone }: SummaryPageProps) {
  const state = model.state.value;
  const summary = model.summary.value;
  const include = model.include.value;
  const noteLabel = (note: NoteChoice) =>
    note.on.kind === 'log' ? names.symptom(note.on.symptomId) : kindLabel(note.on.entryKind);
  const ticked = summary ? summary.notes.filter((note) => model.ticked.value.has(note.key)) : [];
  return (
    <main class="summary-page" aria-busy={state === 'loading'}>
      <div class="summary-controls">
        <h1>{i18n.t('summary.title')}</h1>
        <p>{i18n.t('summary.intro')}</p>
        <SummaryOptions
          choice={model.choice.value}
          period={summary?.period ?? null}
          problem={model.problem.value}
          include={include}
          name={model.name.value}
          remember={model.remember.value}
          notes={summary?.notes ?? []}
          ticked={model.ticked.value}
          noteLabel={noteLabel}
          onChoose={(choice) => void model.choose(choice)}
          onInclude={model.setIncluded}
          onName={model.setName}
          onRemember={model.setRemember}
          onToggleNote={model.toggleNote}
        />
        <button type="button" class="primary summary-print" onClick={onPrint} disabled={!summary || model.problem.value !== null}>
          {i18n.t('summary.print')}
        </button>
      </div>
      {state === 'failed' && (
        <p class="summary-problem" role="alert">
          {i18n.t('summary.failed')}
        </p>
      )}
      {state === 'loading' && <p role="status">{i18n.t('summary.loading')}</p>}
      {summary && model.problem.value === null && (
        <article class="summary-report" aria-labelledby="summary-report-title" data-ready="true">
          <PageMarginStyle period={summary.period} />
          <ReportHeader period={summary.period} madeAt={model.madeAt.value} name={model.name.value} timeZone={timeZone} />
          {!summary.hasRecords ? (
            <p class="summary-empty">{i18n.t('summary.report.empty')}</p>
          ) : (
            <>
              {include.symptoms && <SymptomSection trends={summary.trends} nameOf={names.symptom} />}
              {include.redFlags && <RedFlagSection logs={summary.redFlags} nameOf={names.symptom} />}
              {include.body && <BodySection trends={summary.trends} />}
              {include.links && <LinksSection analysis={summary.links} names={names} />}
              {include.plan && <PlanSection cycles={summary.cycles} />}
              <NotesSection notes={ticked} labelOf={noteLabel} />
            </>
          )}
        </article>
      )}
    </main>
  );
}
