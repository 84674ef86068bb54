import { render } from 'preact';
import { signal } from '@preact/signals';
import '../../components/styles.css';
import '../../components/popup/popup.css';
import '../../components/log/log.css';
import '../../components/popup/today-task-line.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { PopupLogging } from '../../components/popup/PopupLogging';
import { lazy } from '../../components/log/lazy';
import { builtInSymptomName } from '../../components/log/symptom-names';
import { createSidePanelOpener } from '../../platform/side-panel';
import { systemClock } from '../../domain/log-time';
import { createLoggingModels } from '../../models/logging-models';
import { browserTimers } from '../../models/log-notice-model';
import { symptomListSnapshot } from '../../storage/symptom-list-snapshot';
import { lazyLogStore, lazyStoredValue } from '../../storage/lazy-storage';
import { pendingLogs } from '../../storage/pending-logs';
import { savePendingWhenDue, withPendingLogSaves } from '../../storage/pending-log-saves';

// The first frame is the symptom buttons, drawn from the last known list; everything else loads beside it.
const sidePanel = createSidePanelOpener();
void sidePanel.prepare();

const clock = systemClock;
// Each log is kept in localStorage from the click until it is stored: Chrome may close the popup mid-save.
const pending = pendingLogs();
const store = withPendingLogSaves(lazyLogStore(() => import('../../storage/browser-log-store').then((m) => m.browserSymptomLogStore(clock))), pending, clock);
const logging = createLoggingModels({
  store,
  clock, timers: browserTimers, snapshot: symptomListSnapshot(),
  settings: lazyStoredValue(() => import('../../storage/items/symptoms').then((m) => m.symptomSettingsItem)),
  whenIdle: (task) => requestIdleCallback(task, { timeout: 5000 }), builtInName: builtInSymptomName,
});

const PlanLine = lazy(() => import('./plan-line').then((m) => m.createPlanLine()));
const rest = signal(false);
// Today's logs, the stored list and the plan line wait until the buttons are on screen and the page is idle,
// so a first click is never queued behind them. On the very first open there is no copy of the list to draw
// from, and it is read at once.
const startRest = () => {
  void logging.start();
  savePendingWhenDue(store, pending, clock, (task, ms) => setTimeout(task, ms));
  rest.value = true;
};
const PlanLineWhenReady = () => (rest.value ? <PlanLine /> : null);
// "Not medical advice", as in the side panel; at the bottom, so its late arrival moves nothing above it.
const Disclaimer = lazy(() => import('../../components/common/DisclaimerButton').then((m) => m.DisclaimerButton));
const DisclaimerWhenReady = () => (rest.value ? <Disclaimer /> : null);
if (logging.symptoms.loaded.peek()) requestIdleCallback(startRest, { timeout: 300 });
else startRest();

render(
  <PopupApp
    openSidePanel={() => void sidePanel.open()}
    logging={<PopupLogging {...logging} clock={clock} afterLogger={<PlanLineWhenReady />} />}
    footer={<DisclaimerWhenReady />}
  />,
  document.getElementById('app')!,
);
