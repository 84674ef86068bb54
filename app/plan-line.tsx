/**
 * Today's plan task in the popup, wired to storage. Its code (the plan, its synced storage and the plan text)
 * loads beside the first frame rather than before it; the line sits below the logger so its arrival never moves
 * a symptom button.
 */
import plan from 'virtual:plan';
import type { FunctionComponent } from 'preact';
import { TodayTaskLine } from '../components/popup/TodayTaskLine';
import { systemClock } from '../domain/clock';
import { createPlanModel } from '../models/plan-model';
import { browserTimers } from '../platform/timers';
import { planHistoryItem, planItem } from '../storage/items/plan';
import { planSnapshotCache } from '../storage/plan-snapshot';

export function createPlanLine(): FunctionComponent {
  const model = createPlanModel({
    plan: planItem,
    history: planHistoryItem,
    content: plan,
    clock: systemClock,
    timers: browserTimers,
    cache: planSnapshotCache(),
  });
  void model.load();
  return () => <TodayTaskLine plan={model} />;
}
