import type { InsightsModel } from './insights-model';
import type { Clock } from '../domain/clock';

export interface InsightsLoaderDeps {
  clock: Clock;
  /** The user's symptom order. */
  order: () => readonly string[];
}

/**
 * The Insights model, made the first time it is asked for: its statistics and reading code load only when
 * the view is first shown, so no other view's start-up pays for them.
 */
export function createInsightsLoader(deps: InsightsLoaderDeps): () => Promise<InsightsModel> {
  let loading: Promise<InsightsModel> | undefined;
  return () => (loading ??= import('./insights-wiring').then((wiring) => wiring.startBrowserInsights(deps)));
}
