import { i18n } from '#i18n';
import type { LinkAnalysis } from '../../domain/insights/links';
import { certaintySentence, factorName, linkSentence, type LinkNames } from '../insights/link-words';

interface Props {
  analysis: LinkAnalysis;
  names: LinkNames;
}

/**
 * The possible links of the period in Insights' own sentences, with how sure each is and its caveats. Shown
 * only when the period had enough days to compare anything; then "none stood out" is itself worth printing.
 */
export function LinksSection({ analysis, names }: Props) {
  if (analysis.tested === 0) return null;
  const byId = new Map(analysis.pairs.map((pair) => [pair.factor.id, pair.factor]));
  return (
    <section class="summary-section" aria-labelledby="summary-links">
      <h3 id="summary-links">{i18n.t('summary.links.heading')}</h3>
      <p class="muted">{i18n.t('summary.links.intro')}</p>
      {analysis.links.length === 0 ? (
        <p>{i18n.t('summary.links.none')}</p>
      ) : (
        <>
          <p>{i18n.t('insights.links.found', analysis.links.length, [String(analysis.links.length), String(analysis.tested)])}</p>
          <ul class="summary-links">
            {analysis.links.map((pair) => (
              <li key={`${pair.factor.id}|${pair.outcome.id}|${pair.lag}`}>
                <p class="summary-link-sentence">{linkSentence(pair, names)}</p>
                <p>{certaintySentence(pair)}</p>
                {pair.overlaps.map((id) => {
                  const other = byId.get(id);
                  return other ? (
                    <p key={id}>
                      {i18n.t('insights.links.overlapWith', [factorName(pair.factor, names), factorName(other, names)])}
                    </p>
                  ) : null;
                })}
              </li>
            ))}
          </ul>
          <p class="muted">{i18n.t('insights.links.provider')}</p>
        </>
      )}
      <p class="muted">{i18n.t('insights.howSure')}</p>
      <p class="muted">{i18n.t('insights.links.redFlags')}</p>
    </section>
  );
}
