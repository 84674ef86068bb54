import { render } from 'preact';
import plan from 'virtual:plan';
import '../../components/styles.css';
import '../../components/popup/popup.css';
import '../../components/log/log.css';
import '../../components/popup/today-task-line.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { PopupLogging } from '../../components/popup/PopupLogging';
import { TodayTaskLine } from '../../components/popup/TodayTaskLine';
import { createPlanModel } from '../../models/plan-model';
import { systemClock as planClock } from '../../platform/clock';
import { planHistoryItem, planItem } from '../../storage/items/plan';
import { planSnapshotCache } from '../../storage/plan-snapshot';
import { builtInSymptomName } from '../../components/log/symptom-names';
import { createSidePanelOpener } from '../../platform/side-panel';
import { systemClock } from '../../domain/log-time';
import { createLoggingModels } from '../../models/logging-models';
import { browserTimers } from '../../models/log-notice-model';
import { symptomSettingsItem } from '../../storage/items/symptoms';
import { symptomListSnapshot } from '../../storage/symptom-list-snapshot';
import { browserSymptomLogStore } from '../../storage/browser-log-store';

const sidePanel = createSidePanelOpener();
void sidePanel.prepare();

const clock = systemClock;
const logging = createLoggingModels({
  store: browserSymptomLogStore(clock), clock, timers: browserTimers, settings: symptomSettingsItem, snapshot: symptomListSnapshot(),
  whenIdle: (task) => requestIdleCallback(task, { timeout: 5000 }), builtInName: builtInSymptomName,
});
void logging.start();

// Today's plan task, in the first frame from the last known state, then from storage.
const planModel = createPlanModel({ plan: planItem, history: planHistoryItem, content: plan, clock: planClock, cache: planSnapshotCache() });
void planModel.load();

render(
  <PopupApp
    openSidePanel={() => void sidePanel.open()}
    task={<TodayTaskLine plan={planModel} />}
    logging={<PopupLogging {...logging} clock={clock} />}
  />,
  document.getElementById('app')!,
);
