import { render } from 'preact';
import '../../components/styles.css';
import '../../components/popup/popup.css';
import '../../components/log/log.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { PopupLogging } from '../../components/popup/PopupLogging';
import { builtInSymptomName } from '../../components/log/symptom-names';
import { createSidePanelOpener } from '../../platform/side-panel';
import { systemClock } from '../../domain/log-time';
import { createLoggingModels } from '../../models/logging-models';
import { browserTimers } from '../../models/log-notice-model';
import { symptomSettingsItem } from '../../storage/items';
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

render(
  <PopupApp openSidePanel={() => void sidePanel.open()} logging={<PopupLogging {...logging} clock={clock} />} />,
  document.getElementById('app')!,
);
