import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Factor } from '../../domain/insights/factors';
import type { PlanLink } from '../../domain/plan-types';
import type { InsightsModel } from '../../models/insights-model';
import { BodyTrends } from './BodyTrends';
import { LinkList } from './LinkList';
import type { LinkNames } from './link-words';
import { PeriodPicker } from './PeriodPicker';
import { PlanBeforeAfter } from './PlanBeforeAfter';
import { SymptomTrendCard } from './SymptomTrendCard';
import { SummaryLink } from '../summary/SummaryLink';

export interface InsightsViewProps {
  model: InsightsModel;
  names: LinkNames;
  guideLinkOf: (factor: Factor) => PlanLink | undefined;
  onOpenGuide: (link: PlanLink) => void;
}

/** Symptom cards drawn in the first frame; the rest (and sleep, stress, Bristol) follow in the next one. */
const FIRST_CARDS = 3;

/** What the user's own records say: trends, possible links and the plan's before and after. */
export function InsightsView({ model, names, guideLinkOf, onOpenGuide }: InsightsViewProps) {
  const state = model.state.value;
  const trends = model.trends.value;
  // A dozen cards, each a chart and a screen-reader table, cost more than the rest of the view: the first few
  // are drawn at once and the others a frame later, below them.
  const [everything, setEverything] = useState(false);
  const hasTrends = trends !== null;
  useEffect(() => {
    if (!hasTrends || everything) return undefined;
    const frame = requestAnimationFrame(() => setEverything(true));
    return () => cancelAnimationFrame(frame);
  }, [hasTrends, everything]);
  const links = model.links.value;
  const cycles = model.cycles.value;
  const reading = (
    <p role="status" class="muted">
      {i18n.t('insights.loading')}
    </p>
  );
  return (
    <section class="insights" aria-labelledby="insights-title" data-state={state} data-complete={String(links !== null)}>
      <h2 id="insights-title">{i18n.t('insights.title')}</h2>
      <p class="muted">{i18n.t('insights.intro')}</p>
      <SummaryLink />
      {state === 'failed' && (
        <p class="insights-problem" role="alert">
          {i18n.t('insights.failed')}
        </p>
      )}
      {state === 'loading' && <p role="status">{i18n.t('insights.loading')}</p>}
      {state === 'ready' && !model.hasRecords.value && <p>{i18n.t('insights.empty')}</p>}
      {state === 'ready' && model.hasRecords.value && (
        <>
          <PeriodPicker period={model.period.value} onChange={(period) => (model.period.value = period)} />
          <section class="insights-section" aria-labelledby="insights-symptoms">
            <h3 id="insights-symptoms">{i18n.t('insights.trends.heading')}</h3>
            {trends === null && reading}
            {trends?.symptoms.length === 0 && <p class="muted">{i18n.t('insights.trends.none')}</p>}
            {trends?.symptoms.slice(0, everything ? undefined : FIRST_CARDS).map((trend) => (
              <SymptomTrendCard
                key={trend.id}
                trend={trend}
                name={names.symptom(trend.id)}
                period={trends.period}
                step={trends.step}
              />
            ))}
          </section>
          {trends && everything && <BodyTrends trends={trends} />}
          <p class="muted insights-how-sure">{i18n.t('insights.howSure')}</p>
          {links ? <LinkList analysis={links} names={names} guideLinkOf={guideLinkOf} onOpenGuide={onOpenGuide} /> : reading}
          {cycles && <PlanBeforeAfter cycles={cycles} nameOf={names.symptom} />}
        </>
      )}
    </section>
  );
}
