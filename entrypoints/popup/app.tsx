/**
 * The popup's app, loaded by its first script (main.ts) after the first frame. It takes over the DOM that script
 * drew from the last copy (hydration: same elements, no visible change), honours what was pressed meanwhile, and
 * leaves a fresh copy of its first frame for the next open whenever the symptom list changes.
 */
import { hydrate, render, type ComponentChildren } from 'preact';
import { signal, type ReadonlySignal } from '@preact/signals';
import { PopupApp } from '../../components/popup/PopupApp';
import { PopupLogging } from '../../components/popup/PopupLogging';
import { lazy } from '../../components/log/lazy';
import { builtInSymptomName } from '../../components/log/symptom-names';
import { createSidePanelOpener } from '../../platform/side-panel';
import type { Severity } from '../../domain/symptoms';
import { createLoggingModels, type LoggingModels } from '../../models/logging-models';
import { SNAPSHOT_KEY, symptomListSnapshot, type SnapshotCache } from '../../storage/symptom-list-snapshot';
import { firstFrameKey, readFirstFrame, writeFirstFrame } from '../../storage/first-frame-copy';
import { lazyLogStore, lazyStoredValue } from '../../storage/lazy-storage';
import { pendingLogs } from '../../storage/pending-logs';
import { savePendingWhenDue, withPendingLogSaves } from '../../storage/pending-log-saves';
import type { EarlyFrame } from './first-frame';
import { systemClock } from '../../domain/clock';
import { browserTimers } from '../../platform/timers';

const clock = systemClock;
const whenIdle = (task: () => void, timeout: number) => requestIdleCallback(task, { timeout });
// Each log is kept in localStorage from the click until it is stored: Chrome may close the popup mid-save.
const pending = pendingLogs();
const store = withPendingLogSaves(
  lazyLogStore(() => import('../../storage/browser-log-store').then((m) => m.browserSymptomLogStore(clock))),
  pending,
  clock,
);
const settings = lazyStoredValue(() => import('../../storage/items/symptoms').then((m) => m.symptomSettingsItem));

const loggingFrom = (snapshot: SnapshotCache) =>
  createLoggingModels({
    store,
    clock,
    timers: browserTimers,
    snapshot,
    settings,
    builtInName: builtInSymptomName,
    whenIdle: (task) => whenIdle(task, 5000),
  });

const PlanLine = lazy(() => import('./plan-line').then((m) => m.createPlanLine()));
// "Not medical advice", as in the side panel; at the bottom, so its late arrival moves nothing above it.
const Disclaimer = lazy(() => import('../../components/common/DisclaimerButton').then((m) => m.DisclaimerButton));
/** What waits for `rest`: nothing in the first frame, and in the copy of it. */
const WhenReady = ({ rest, children }: { rest: ReadonlySignal<boolean>; children: ComponentChildren }) =>
  rest.value ? <>{children}</> : null;

/** The popup; today's plan line and the disclaimer show once `rest` is true, after the first frame. */
const popupTree = (logging: LoggingModels, openSidePanel: () => void, rest: ReadonlySignal<boolean>) => (
  <PopupApp
    openSidePanel={openSidePanel}
    logging={
      <PopupLogging
        {...logging}
        clock={clock}
        afterLogger={
          <WhenReady rest={rest}>
            <PlanLine />
          </WhenReady>
        }
      />
    }
    footer={
      <WhenReady rest={rest}>
        <Disclaimer />
      </WhenReady>
    }
  />
);

/**
 * The first frame a popup opened on the symptom list copy `listCopy` draws, as markup: rendered by the same
 * components, off screen, with fresh models. Inputs' current state is written into attributes, since markup
 * carries only those (a radio's `checked` is a property Preact sets).
 */
export function renderFirstFrame(listCopy: string | null): string {
  const snapshot = symptomListSnapshot({ getItem: () => listCopy, setItem: () => {} });
  const frame = document.createElement('div');
  render(
    popupTree(loggingFrom(snapshot), () => {}, signal(false)),
    frame,
  );
  for (const input of frame.querySelectorAll('input')) {
    if (input.checked) input.setAttribute('checked', '');
    if (input.value) input.setAttribute('value', input.value);
  }
  const html = frame.innerHTML;
  render(null, frame);
  return html;
}

/** Renders a copy for the list as stored now, unless the stored copy was made for it already. */
function keepFirstFrameCopy(build: string): void {
  const key = firstFrameKey(build, navigator.language);
  if (readFirstFrame(key) !== undefined) return;
  writeFirstFrame(key, renderFirstFrame(localStorage.getItem(SNAPSHOT_KEY)));
}

export function startPopup(root: HTMLElement, early: EarlyFrame, build: string): void {
  const sidePanel = createSidePanelOpener();
  void sidePanel.prepare();

  // The list copy is rewritten on every change of the list or its counts; the frame copy follows when idle.
  let copyDue = false;
  const refreshCopy = () => {
    if (copyDue) return;
    copyDue = true;
    whenIdle(() => {
      copyDue = false;
      keepFirstFrameCopy(build);
    }, 1000);
  };
  const listCopy = symptomListSnapshot();
  const logging = loggingFrom({ read: listCopy.read, write: (value) => (listCopy.write(value), refreshCopy()) });

  const rest = signal(false);
  // Today's logs, the stored list and the plan line wait until the buttons are on screen and the page is idle,
  // so a first click is never queued behind them. On the very first open there is no copy of the list to draw
  // from, and it is read at once.
  const startRest = () => {
    void logging.start();
    savePendingWhenDue(store, pending, clock, browserTimers);
    rest.value = true;
  };
  if (logging.symptoms.loaded.peek()) whenIdle(startRest, 300);
  else startRest();

  const tree = popupTree(logging, () => void sidePanel.open(), rest);
  // Stop the first script's listeners and take over in one task, so no press is lost or handled twice.
  const presses = early.handOver();
  (early.drawn ? hydrate : render)(tree, root);
  for (const press of presses) {
    if (press.severity === undefined) logging.log.toggle(press.symptomId);
    else void logging.log.pick(press.symptomId, press.severity as Severity);
  }
  if (!early.drawn) refreshCopy();
}
