/**
 * The popup's setup: its models, storage and view, made by the popup's app (entrypoints/popup/app.tsx) once the
 * first script has drawn the first frame; and the copy of that frame it leaves for the next open, rendered by
 * the same components, off screen, whenever the symptom list changes.
 */
import { render, type ComponentChildren, type VNode } from 'preact';
import { signal, type ReadonlySignal } from '@preact/signals';
import { lazy } from '../components/log/lazy';
import { PopupApp } from '../components/popup/PopupApp';
import { PopupLogging } from '../components/popup/PopupLogging';
import { systemClock } from '../domain/clock';
import type { Severity } from '../domain/symptoms';
import type { LoggingModels } from '../models/logging-models';
import { createSidePanelOpener } from '../platform/side-panel';
import { readFirstFrame, writeFirstFrame } from '../storage/first-frame-copy';
import { lazyStoredValue } from '../storage/lazy-storage';
import { symptomListCopy, symptomListCopyText } from '../storage/symptom-list-copy';
import { popupFirstFrameKey } from './popup-first-frame';
import { pageLogging } from './logging';

const clock = systemClock;
const whenIdle = (task: () => void, timeout: number) => requestIdleCallback(task, { timeout });
// The log store and the synced settings behind the buttons load on first use, beside the first frame rather than
// before it; each log is kept in localStorage from the click until it is stored (Chrome may close the popup
// mid-save).
const logging = pageLogging(
  () => import('../storage/browser-log-store').then((m) => m.browserSymptomLogStore(clock)),
  lazyStoredValue(() => import('../storage/items/symptoms').then((m) => m.symptomSettingsItem)),
);

const PlanLine = lazy(() => import('./plan-line').then((m) => m.createPlanLine()));
// "Not medical advice", as in the side panel; at the bottom, so its late arrival moves nothing above it.
const Disclaimer = lazy(() => import('../components/common/DisclaimerButton').then((m) => m.DisclaimerButton));
/** What waits for `rest`: nothing in the first frame, and in the copy of it. */
const WhenReady = ({ rest, children }: { rest: ReadonlySignal<boolean>; children: ComponentChildren }) =>
  rest.value ? <>{children}</> : null;

/** The popup; today's plan line and the disclaimer show once `rest` is true, after the first frame. */
const popupTree = (models: LoggingModels, openSidePanel: () => void, rest: ReadonlySignal<boolean>) => (
  <PopupApp
    openSidePanel={openSidePanel}
    logging={
      <PopupLogging
        {...models}
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
function renderFirstFrame(listCopy: string | null): string {
  const frameList = symptomListCopy({ getItem: () => listCopy, setItem: () => {} });
  const frame = document.createElement('div');
  render(
    popupTree(logging.models(frameList), () => {}, signal(false)),
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
  const key = popupFirstFrameKey(build);
  if (readFirstFrame(key) !== undefined) return;
  writeFirstFrame(key, renderFirstFrame(symptomListCopyText()));
}

/** A press on a symptom button before the app took over: a click (toggle) or a digit key (that severity). */
interface EarlyPress {
  symptomId: string;
  severity?: number;
}

interface Popup {
  /** What to render (or hydrate, over the first script's frame). */
  view: VNode;
  /** Honours the presses made before the app took over, each once, as the app's own. */
  replay(presses: readonly EarlyPress[]): void;
  /** Leaves a copy of the first frame for the next open, when idle. */
  keepFirstFrame(): void;
}

/** Makes the popup's models on storage; `build` names the build its first-frame copies are made for. */
export function createPopup(build: string): Popup {
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
  const listCopy = symptomListCopy();
  const models = logging.models({ read: listCopy.read, write: (value) => (listCopy.write(value), refreshCopy()) });

  const rest = signal(false);
  // Today's logs, the stored list and the plan line wait until the buttons are on screen and the page is idle,
  // so a first click is never queued behind them. On the very first open there is no copy of the list to draw
  // from, and it is read at once.
  const startRest = () => {
    void models.start();
    logging.savePendingWhenDue();
    rest.value = true;
  };
  if (models.symptoms.loaded.peek()) whenIdle(startRest, 300);
  else startRest();

  return {
    view: popupTree(models, () => void sidePanel.open(), rest),
    replay(presses) {
      for (const press of presses) {
        if (press.severity === undefined) models.log.toggle(press.symptomId);
        else void models.log.pick(press.symptomId, press.severity as Severity);
      }
    },
    keepFirstFrame: refreshCopy,
  };
}
