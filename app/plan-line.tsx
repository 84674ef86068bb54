/**
 * Today's plan task in the popup, wired to storage. Its code (the plan, its synced storage and the plan text)
 * loads beside the first frame rather than before it; the line sits below the logger so its arrival never moves
 * a symptom button.
 */
import type { FunctionComponent } from 'preact';
import { TodayTaskLine } from '../components/popup/TodayTaskLine';
import { startPagePlan } from './plan';

export function createPlanLine(): FunctionComponent {
  const model = startPagePlan();
  return () => <TodayTaskLine plan={model} />;
}
