/**
 * The side panel's setup: its models on the extension's storage and browser APIs, made once per panel, when each
 * reads storage, and the views that show them. entrypoints/sidepanel/main.tsx only renders what this returns.
 */
import { effect, untracked } from '@preact/signals';
import guide from 'virtual:guide';
import plan from 'virtual:plan';
import { browser } from 'wxt/browser';
import type { PanelAppProps } from '../components/app/PanelApp';
import { DataSlot } from '../components/data/DataSlot';
import { BackupReminderNotice } from '../components/data/BackupReminderNotice';
import { GuideView } from '../components/guide/GuideView';
import { InsightsSlot } from '../components/insights/InsightsSlot';
import { JournalSlot } from '../components/journal/JournalSlot';
import { builtInSymptomName } from '../components/log/symptom-names';
import { TodayCard } from '../components/today/TodayCard';
import { TodayLogs } from '../components/today/TodayLogs';
import { TodayView } from '../components/today/TodayView';
import { guideLinkFinder } from '../domain/insights/guide-links';
import { systemClock } from '../domain/clock';
import { parseRoute } from '../domain/panel-route';
import { createBackupReminderModel } from '../models/backup-reminder-model';
import { createGuideModel } from '../models/guide-model';
import { createReminderModel } from '../models/reminder-model';
import { createRouterModel } from '../models/router-model';
import { createNotificationPermission } from '../platform/notifications';
import { browserSymptomLogStore } from '../storage/browser-log-store';
import { hasRecords } from '../storage/has-records';
import {
  backupReminderItem,
  backupStateItem,
  panelViewItem,
  planReminderItem,
  readingProgressItem,
  symptomSettingsItem,
} from '../storage/items';
import { PENDING_LOG_PREFIX } from '../storage/pending-logs';
import { panelViewCopy, readingPlaceCopy } from '../storage/reading-copy';
import { symptomListCopy } from '../storage/symptom-list-copy';
import { startBrowserJournal } from './journal';
import { pageLogging } from './logging';
import { startPagePlan } from './plan';
import { refreshPlanFromPage, type PlanBrowserEvents } from './plan-events';

/** Resolves once the page's first frame has been drawn. */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

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
  const { models, savePendingWhenDue } = pageLogging(
    () => Promise.resolve(browserSymptomLogStore(systemClock)),
    symptomSettingsItem,
  );
  const logging = models(symptomListCopy());
  void logging.start();
  return { logging, savePendingWhenDue };
}

/** The plan and its reminder, behind the Today card: made when Today is first shown, or when idle. */
function startPlanning() {
  // The plan shows from its last known state (storage/plan-copy.ts) while storage is read; the reminder
  // setting sits in a closed disclosure.
  const planModel = startPagePlan();
  const reminderModel = createReminderModel(planReminderItem, createNotificationPermission());
  // Shown again after the computer slept, or opened after travel: the day may have turned.
  document.addEventListener('visibilitychange', () => document.hidden || planModel.checkDate());
  // A page's timers pause while the computer sleeps; alarms do not: the background's midnight alarm reaches
  // every open page too, so a panel left open overnight turns the day when the computer wakes.
  browser.alarms.onAlarm.addListener(() => planModel.checkDate());
  void reminderModel.load();
  return { planModel, reminderModel };
}

/**
 * Creates what the first frame needs (the router and the guide's reader), and the rest when it is first needed
 * or the page is idle; resolves once the first frame can be drawn (at once when the copies are there).
 */
export async function startPanel(): Promise<PanelAppProps> {
  // The reader's place: from its synchronous copy when there is one, so the first frame waits for no storage
  // read; storage is read anyway and corrects the copy if it differs.
  const guideModel = createGuideModel(guide, readingProgressItem, readingPlaceCopy());
  // With a copy, the stored place is read after the first frame: it only confirms (or corrects) what is drawn, and
  // its reply arriving first would be handled before that frame.
  const placeLoaded = guideModel.placeKnown ? afterFirstFrame().then(() => guideModel.load()) : guideModel.load();
  // The view: the link's, or the last one, whose copy is written with every change of view. The first frame waits
  // for storage only for what it has no copy of: the last view, or the reader's place when it opens on the guide.
  const viewCopy = panelViewCopy();
  const viewInCopy = viewCopy.read();
  const opensOn = parseRoute(location.hash)?.view ?? viewInCopy;
  const mustWait = opensOn === undefined || (opensOn === 'guide' && !guideModel.placeKnown);
  const [lastView] = mustWait
    ? await Promise.all([viewInCopy ?? panelViewItem.get(), guideModel.placeKnown || placeLoaded])
    : [viewInCopy];
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
      const check = logs().savePendingWhenDue();
      addEventListener('storage', (event) => event.key?.startsWith(PENDING_LOG_PREFIX) && event.newValue !== null && check());
    },
    { timeout: 3000 },
  );
  // Off the first frame's path: the worker keeps the badge right on its own; this catches a zone change.
  setTimeout(() => void refreshPlanFromPage(browser as unknown as PlanBrowserEvents, plan, systemClock), 1000);

  // The journal is made and started the first time it is shown (at once when the panel opens on it): its data is
  // read only then, so the guide and Today never pay for it at start-up.
  const loadJournal = once(() => startBrowserJournal({ symptoms: logs().logging.symptoms, clock: systemClock }));
  if (firstView === 'journal') loadJournal();
  // Your data: the export reminder is checked when idle; export, import and their schema load with the view.
  const backup = once(() =>
    createBackupReminderModel({
      settings: backupReminderItem,
      state: backupStateItem,
      hasData: () => hasRecords(),
      clock: systemClock,
    }),
  );
  requestIdleCallback(() => void backup().load(), { timeout: 3000 });
  const loadData = once(() =>
    import('./data-wiring').then((m) =>
      m.startBrowserData({ backup: backup(), builtInName: builtInSymptomName, clock: systemClock }),
    ),
  );
  // Insights: its statistics and reading load the first time the view is shown; it lists symptoms in the user's order.
  const loadInsights = once(() =>
    import('./insights-wiring').then((m) =>
      m.startBrowserInsights({ clock: systemClock, order: () => logs().logging.symptoms.all.value.map((choice) => choice.id) }),
    ),
  );

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
  let copiedView = viewInCopy;
  effect(() => {
    const view = router.route.value.view;
    if (view !== copiedView) viewCopy.write((copiedView = view));
    if (view !== savedView) void panelViewItem.set((savedView = view));
  });

  const clock = systemClock;
  const openGuide = (link: { sectionId: string; anchor?: string }) =>
    router.go({ view: 'guide', sectionId: link.sectionId, ...(link.anchor ? { anchor: link.anchor } : {}) });
  const views: PanelAppProps['views'] = {
    today: () => {
      const { planModel, reminderModel, logging } = today();
      return (
        <>
          <TodayView
            card={
              <TodayCard
                plan={planModel}
                reminder={reminderModel}
                onOpenGuide={openGuide}
                onOpenJournal={() => router.go({ view: 'journal', compose: true })}
              />
            }
            logs={<TodayLogs {...logging} clock={clock} />}
          />
          {/* Below the day's content: it appears when idle, and must never push a button from under a pointer. */}
          <BackupReminderNotice
            model={backup()}
            onExport={() => void loadData().then((data) => data.exportAll())}
            onSettings={() => router.go({ view: 'data' })}
          />
        </>
      );
    },
    guide: () => <GuideView model={guideModel} />,
    journal: () => {
      const { symptoms } = logs().logging;
      return (
        <JournalSlot
          load={loadJournal}
          nameOf={symptoms.nameOf}
          choices={symptoms.all.value}
          clock={clock}
          compose={router.route.value.compose}
          onComposeHandled={() => router.go({ view: 'journal' })}
        />
      );
    },
    insights: () => (
      <InsightsSlot
        load={loadInsights}
        names={{
          symptom: logs().logging.symptoms.nameOf,
          habit: (id) => plan.habits.find((habit) => habit.id === id)?.text ?? id,
        }}
        guideLinkOf={guideLinkFinder(plan)}
        onOpenGuide={openGuide}
      />
    ),
    data: () => <DataSlot load={loadData} backup={backup()} />,
  };
  return { router, views };
}
