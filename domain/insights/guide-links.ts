/**
 * Where the guide discusses each kind of factor, taken from the plan's own habit links (content/plan), so
 * the places stay in the content and a broken one fails the content build: foods → "Remove Gut Irritants",
 * sleep, stress and movement → "Rebalance with Lifestyle Supports", a habit → its own "why".
 */
import type { PlanContent, PlanLink } from '../plan-types';
import type { Factor, FactorKind } from './factors';

const HABIT_FOR_KIND: Record<Exclude<FactorKind, 'habit'>, string> = {
  food: 'fewer-irritants',
  stress: 'earlier-bedtime',
  'sleep-short': 'earlier-bedtime',
  'sleep-poor': 'earlier-bedtime',
  movement: 'gentle-movement',
};

/** The guide section a factor's link points to, where the plan names one. */
export function guideLinkFinder(plan: PlanContent): (factor: Factor) => PlanLink | undefined {
  const why = new Map(plan.habits.map((habit) => [habit.id, habit.why]));
  return (factor) => why.get(factor.kind === 'habit' ? factor.name : HABIT_FOR_KIND[factor.kind]);
}
