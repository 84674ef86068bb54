import { i18n } from '#i18n';
import type { Factor } from '../../domain/insights/factors';
import type { LinkAnalysis } from '../../domain/insights/links';
import type { PlanLink } from '../../domain/plan-types';
import { formatRoute } from '../../domain/panel-route';
import { certaintySentence, factorName, linkSentence, type LinkNames } from './link-words';

interface Props {
  analysis: LinkAnalysis;
  names: LinkNames;
  /** The guide section that discusses a factor, where there is one. */
  guideLinkOf: (factor: Factor) => PlanLink | undefined;
  onOpenGuide: (link: PlanLink) => void;
}

/** Possible links, each in one plain sentence with how sure it is; otherwise why none is shown yet. */
export function LinkList({ analysis, names, guideLinkOf, onOpenGuide }: Props) {
  const byId = new Map(analysis.pairs.map((pair) => [pair.factor.id, pair.factor]));
  const waiting = analysis.pairs.filter((pair) => pair.status === 'not-enough-data').length;
  return (
    <section class="insights-section" aria-labelledby="insights-links">
      <h3 id="insights-links">{i18n.t('insights.links.heading')}</h3>
      <p class="muted">{i18n.t('insights.links.intro')}</p>
      {analysis.links.length > 0 ? (
        <>
          <p>{i18n.t('insights.links.found', analysis.links.length, [String(analysis.links.length), String(analysis.tested)])}</p>
          <ul class="insights-links">
            {analysis.links.map((pair) => {
              const guide = guideLinkOf(pair.factor);
              return (
                <li key={`${pair.factor.id}|${pair.outcome.id}|${pair.lag}`} class="insights-link">
                  <p class="insights-link-sentence">{linkSentence(pair, names)}</p>
                  <p>{certaintySentence(pair)}</p>
                  {pair.overlaps.map((id) => {
                    const other = byId.get(id);
                    return other ? (
                      <p key={id} class="insights-overlap">
                        {i18n.t('insights.links.overlapWith', [factorName(pair.factor, names), factorName(other, names)])}
                      </p>
                    ) : null;
                  })}
                  <p class="muted">{i18n.t('insights.links.provider')}</p>
                  {guide && (
                    <p>
                      <a
                        href={formatRoute({
                          view: 'guide',
                          sectionId: guide.sectionId,
                          ...(guide.anchor ? { anchor: guide.anchor } : {}),
                        })}
                        onClick={(event) => {
                          event.preventDefault();
                          onOpenGuide(guide);
                        }}
                      >
                        {i18n.t('insights.links.guide', [guide.label])}
                      </a>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : analysis.tested > 0 ? (
        <p class="insights-status">{i18n.t('insights.links.noClearLink', [String(analysis.tested)])}</p>
      ) : (
        <p class="insights-status">
          {analysis.moreDaysNeeded === null
            ? i18n.t('insights.links.notEnoughUnknown')
            : i18n.t('insights.links.notEnough', analysis.moreDaysNeeded, [String(analysis.moreDaysNeeded)])}
        </p>
      )}
      {analysis.tested > 0 && waiting > 0 && (
        <p class="muted">{i18n.t('insights.links.someWaiting', waiting, [String(waiting)])}</p>
      )}
      {analysis.overlaps.length > 0 && (
        <>
          <h4>{i18n.t('insights.links.overlapHeading')}</h4>
          <ul>
            {analysis.overlaps.map(({ a, b, both, either }) => (
              <li key={`${a.id}|${b.id}`}>
                {i18n.t('insights.links.overlap', [factorName(a, names), factorName(b, names), String(both), String(either)])}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="callout callout-caution" role="note">
        {i18n.t('insights.links.redFlags')}
      </p>
    </section>
  );
}
