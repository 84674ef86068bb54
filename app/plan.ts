/** Today's plan on the extension's storage, as the pages show it: the popup's plan line and the side panel's Today card. */
import plan from 'virtual:plan';
import { systemClock } from '../domain/clock';
import { createPlanModel, type PlanModel } from '../models/plan-model';
import { browserTimers } from '../platform/timers';
import { planHistoryItem, planItem } from '../storage/items/plan';
import { planCopy } from '../storage/plan-copy';

/** Makes the plan's model and starts reading it; it shows from its last known state (the page's copy) meanwhile. */
export function startPagePlan(): PlanModel {
  const model = createPlanModel({
    plan: planItem,
    history: planHistoryItem,
    content: plan,
    clock: systemClock,
    timers: browserTimers,
    copy: planCopy(),
  });
  void model.load();
  return model;
}
