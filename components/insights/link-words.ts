/** The words for factors and links: what the user did, in the phrases the link sentences use. */
import { i18n } from '#i18n';
import type { Factor } from '../../domain/insights/factors';
import type { PairResult } from '../../domain/insights/links';
import { decimal, percent, signedDecimal } from './format';

export interface LinkNames {
  /** A symptom's name as the user sees it. */
  symptom: (symptomId: string) => string;
  /** A plan habit's text. */
  habit: (habitId: string) => string;
}

/** "had dairy", "slept under 6 hours": what the user did, for "On the 9 days after you …". */
export function factorPhrase(factor: Factor, names: LinkNames): string {
  switch (factor.kind) {
    case 'food':
      return i18n.t('insights.links.factor.food', [factor.name]);
    case 'stress':
      return i18n.t('insights.links.factor.stress');
    case 'sleep-short':
      return i18n.t('insights.links.factor.sleepShort');
    case 'sleep-poor':
      return i18n.t('insights.links.factor.sleepPoor');
    case 'movement':
      return i18n.t('insights.links.factor.movement');
    case 'habit':
      return i18n.t('insights.links.factor.habit', [names.habit(factor.name)]);
  }
}

/** A factor's short name ("dairy", "Short sleep") for the overlap warnings. */
export function factorName(factor: Factor, names: LinkNames): string {
  switch (factor.kind) {
    case 'food':
      return factor.name;
    case 'stress':
      return i18n.t('insights.links.name.stress');
    case 'sleep-short':
      return i18n.t('insights.links.name.sleepShort');
    case 'sleep-poor':
      return i18n.t('insights.links.name.sleepPoor');
    case 'movement':
      return i18n.t('insights.links.name.movement');
    case 'habit':
      return `“${names.habit(factor.name)}”`;
  }
}

const LAG_KEYS = ['insights.links.lag0', 'insights.links.lag1', 'insights.links.lag2'] as const;
const BRISTOL_KEYS = ['insights.links.bristolLag0', 'insights.links.bristolLag1', 'insights.links.bristolLag2'] as const;

/** The one sentence a link explains itself in: both sides' days and averages. */
export function linkSentence(pair: PairResult, names: LinkNames): string {
  const did = factorPhrase(pair.factor, names);
  if (pair.outcome.kind === 'bristol') {
    return i18n.t(BRISTOL_KEYS[pair.lag], [
      String(pair.withDays),
      did,
      percent(pair.withAverage),
      String(pair.withoutDays),
      percent(pair.withoutAverage),
    ]);
  }
  const symptom = names.symptom(pair.outcome.name);
  return i18n.t(LAG_KEYS[pair.lag], [
    String(pair.withDays),
    did,
    symptom.toLowerCase(),
    decimal(pair.withAverage),
    String(pair.withoutDays),
    decimal(pair.withoutAverage),
  ]);
}

/** How sure: the difference and its interval (in percentage points for Bristol). */
export function certaintySentence(pair: PairResult): string {
  const [low, high] = pair.interval ?? [Number.NaN, Number.NaN];
  const scale =
    pair.outcome.kind === 'bristol' ? (v: number) => `${signedDecimal(v * 100).replace(/\.0$/, '')} %` : signedDecimal;
  return i18n.t('insights.links.certainty', [scale(pair.difference), scale(low), scale(high)]);
}
