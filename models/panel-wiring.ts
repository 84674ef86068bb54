/**
 * The side panel's models on the extension's storage and browser APIs, wired once per panel, and when each
 * reads storage. entrypoints/sidepanel/main.tsx only renders what this returns.
 */
import { effect, untracked } from '@preact/signals';
import guide from 'virtual:guide';
import plan from 'virtual:plan';
import { browser } from 'wxt/browser';
import { builtInSymptomName } from '../components/log/symptom-names';
import { systemClock } from '../domain/log-time';
import { parseRoute } from '../domain/panel-route';
import { systemClock as planClock } from '../platform/clock';
import { createNotificationPermission } from '../platform/notifications';
import { browserSymptomLogStore } from '../storage/browser-log-store';
import { savePendingWhenDue, withPendingLogSaves } from '../storage/pending-log-saves';
import { PENDING_LOG_PREFIX, pendingLogs } from '../storage/pending-logs';
import { hasRecords } from '../storage/has-records';
import {
  backupReminderItem,
  backupStateItem,
  panelViewItem,
  planHistoryItem,
  planItem,
  planReminderItem,
  readingProgressItem,
  symptomSettingsItem,
} from '../storage/items';
import { planSnapshotCache } from '../storage/plan-snapshot';
import { panelViewSnapshot, readingPlaceSnapshot } from '../storage/reading-snapshot';
import { symptomListSnapshot } from '../storage/symptom-list-snapshot';
import { createBackupReminderModel } from './backup-reminder-model';
import { createDataLoader } from './data-loader';
import { createGuideModel } from './guide-model';
import { createInsightsLoader } from './insights-loader';
import { createJournalLoader } from './journal-loader';
import { browserTimers } from './log-notice-model';
import { createLoggingModels } from './logging-models';
import { createPlanModel } from './plan-model';
import { refreshPlanFromPage, type PlanBrowserEvents } from './plan-wiring';
import { createReminderModel } from './reminder-model';
import { createRouterModel } from './router-model';

/** Makes a value the first time it is asked for, outside any component's signal tracking. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: untracked(make) }).value;
}

/**
 * The symptom list and today's logs, behind Today and the journal (whose timeline names each log's symptom).
 * Made when either is first shown or, on another view, when the page is idle after its first frame.
 */
function startLogging() {
  const pending = pendingLogs();
  const logStore = withPendingLogSaves(browserSymptomLogStore(systemClock), pending, systemClock);
  const logging = createLoggingModels({
    store: logStore,
    clock: systemClock,
    timers: browserTimers,
    settings: symptomSettingsItem,
    snapshot: symptomListSnapshot(),
    whenIdle: (task) => requestIdleCallback(task, { timeout: 5000 }),
    builtInName: builtInSymptomName,
  });
  void logging.start();
  return { logStore, pending, logging };
}

/** The plan and its reminder, behind the Today card: made when Today is first shown, or when idle. */
function startPlanning() {
  // The plan shows from its last known state (storage/plan-snapshot.ts) while storage is read; the reminder
  // setting sits in a closed disclosure.
  const planModel = createPlanModel({
    plan: planItem,
    history: planHistoryItem,
    content: plan,
    clock: planClock,
    cache: planSnapshotCache(),
  });
  const reminderModel = createReminderModel(planReminderItem, createNotificationPermission());
  // Shown again after the computer slept, or opened after travel: the day may have turned.
  document.addEventListener('visibilitychange', () => document.hidden || planModel.checkDate());
  // A page's timers pause while the computer sleeps; alarms do not: the background's midnight alarm reaches
  // every open page too, so a panel left open overnight turns the day when the computer wakes.
  browser.alarms.onAlarm.addListener(() => planModel.checkDate());
  void planModel.load();
  void reminderModel.load();
  return { planModel, reminderModel };
}

/**
 * Creates what the first frame needs (the router and the guide's reader), and the rest when it is first needed
 * or the page is idle; resolves once the first frame can be drawn (at once when the copies are there).
 */
export async function startPanel() {
  // The reader's place: from its synchronous copy when there is one, so the first frame waits for no storage
  // read; storage is read anyway and corrects the copy if it differs.
  const guideModel = createGuideModel(guide, readingProgressItem, readingPlaceSnapshot());
  const placeLoaded = guideModel.load();
  // The view: the link's, or the last one, whose copy is written with every change of view. The first frame waits
  // for storage only for what it has no copy of: the last view, or the reader's place when it opens on the guide.
  const viewCache = panelViewSnapshot();
  const cachedView = viewCache.read();
  const opensOn = parseRoute(location.hash)?.view ?? cachedView;
  const mustWait = opensOn === undefined || (opensOn === 'guide' && !guideModel.placeKnown);
  const [lastView] = mustWait ? await Promise.all([cachedView ?? panelViewItem.get(), placeLoaded]) : [cachedView];
  const router = createRouterModel(window, { view: lastView ?? opensOn ?? 'today' });

  // Today's logs and plan: read and followed live whatever view is open, so Today is current when chosen.
  // Made at once for the view the panel opens on; the rest after the first frame, before anyone could switch views.
  const logs = once(startLogging);
  const planning = once(startPlanning);
  const today = () => ({ ...logs(), ...planning() });
  const firstView = router.route.peek().view;
  if (firstView === 'today' || firstView === 'journal') logs();
  if (firstView === 'today') planning();
  requestIdleCallback(() => logs(), { timeout: 300 });
  requestIdleCallback(() => planning(), { timeout: 300 });
  // Logs a popup closed in mid-save left pending: saved when idle, and within seconds of a popup leaving one.
  requestIdleCallback(
    () => {
      const { logStore, pending } = logs();
      const check = savePendingWhenDue(logStore, pending, systemClock, (task, ms) => setTimeout(task, ms));
      addEventListener('storage', (event) => event.key?.startsWith(PENDING_LOG_PREFIX) && event.newValue !== null && check());
    },
    { timeout: 3000 },
  );
  // Off the first frame's path: the worker keeps the badge right on its own; this catches a zone change.
  setTimeout(() => void refreshPlanFromPage(browser as unknown as PlanBrowserEvents, plan, planClock), 1000);

  // The journal loads the first time it is shown (at once when the panel opens on it).
  const journal = once(() => createJournalLoader({ symptoms: logs().logging.symptoms, clock: systemClock }));
  const loadJournal = () => journal()();
  if (firstView === 'journal') loadJournal();
  // Your data: the export reminder is checked when idle; export, import and their schema load with the view.
  const backup = once(() =>
    createBackupReminderModel({
      settings: backupReminderItem,
      state: backupStateItem,
      hasData: () => hasRecords(),
      now: () => Date.now(),
    }),
  );
  requestIdleCallback(() => void backup().load(), { timeout: 3000 });
  const data = once(() => createDataLoader({ backup: backup(), builtInName: builtInSymptomName, clock: systemClock }));
  const loadData = () => data()();
  // Insights: its statistics and reading load the first time the view is shown; it lists symptoms in the user's order.
  const insights = once(() =>
    createInsightsLoader({ clock: systemClock, order: () => logs().logging.symptoms.all.value.map((choice) => choice.id) }),
  );
  const loadInsights = () => insights()();

  // A deep link (#/guide/<id>/<anchor>) opens that section; the hash follows the section being read.
  effect(() => {
    const { view, sectionId, anchor } = router.route.value;
    if (view === 'guide' && sectionId && (sectionId !== guideModel.current.peek().id || anchor)) {
      // untracked: open() reads and writes the guide's own signals; tracked, an anchor link re-ran this effect forever.
      untracked(() => guideModel.open(sectionId, { anchor }));
    }
  });
  effect(() => {
    const sectionId = guideModel.current.value.id;
    if (router.route.peek().view === 'guide' && router.route.peek().sectionId !== sectionId)
      router.go({ view: 'guide', sectionId });
  });
  // Opening the panel where it was left writes nothing.
  let savedView = lastView;
  let copiedView = cachedView;
  effect(() => {
    const view = router.route.value.view;
    if (view !== copiedView) viewCache.write((copiedView = view));
    if (view !== savedView) void panelViewItem.set((savedView = view));
  });

  return { router, guideModel, today, logs, loadJournal, backup, loadData, loadInsights, clock: systemClock };
}
