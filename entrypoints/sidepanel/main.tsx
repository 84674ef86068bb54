import { render } from 'preact';
import { effect, untracked } from '@preact/signals';
import guide from 'virtual:guide';
import plan from 'virtual:plan';
import { browser } from 'wxt/browser';
import '../../components/styles.css';
import '../../components/app/panel.css';
import '../../components/guide/guide.css';
import '../../components/today/today.css';
import '../../components/log/log.css';
import '../../components/journal/journal.css';
import '../../components/data/data.css';
import { PanelApp } from '../../components/app/PanelApp';
import { GuideView } from '../../components/guide/GuideView';
import { createRouterModel } from '../../models/router-model';
import { createGuideModel } from '../../models/guide-model';
import { panelViewItem, readingProgressItem } from '../../storage/items';
import { planHistoryItem, planItem, planReminderItem } from '../../storage/items';
import { createPlanModel } from '../../models/plan-model';
import { createReminderModel } from '../../models/reminder-model';
import { refreshPlanFromPage, type PlanBrowserEvents } from '../../models/plan-wiring';
import { systemClock as planClock } from '../../platform/clock';
import { createNotificationPermission } from '../../platform/notifications';
import { planSnapshotCache } from '../../storage/plan-snapshot';
import { TodayCard } from '../../components/today/TodayCard';
import { symptomSettingsItem } from '../../storage/items';
import { symptomListSnapshot } from '../../storage/symptom-list-snapshot';
import { browserSymptomLogStore } from '../../storage/browser-log-store';
import { systemClock } from '../../domain/log-time';
import { createLoggingModels } from '../../models/logging-models';
import { browserTimers } from '../../models/log-notice-model';
import { builtInSymptomName } from '../../components/log/symptom-names';
import { TodayView } from '../../components/today/TodayView';
import { TodayLogs } from '../../components/today/TodayLogs';
import { JournalSlot } from '../../components/journal/JournalSlot';
import { createJournalLoader } from '../../models/journal-loader';
import { DataSlot } from '../../components/data/DataSlot';
import { BackupReminderNotice } from '../../components/data/BackupReminderNotice';
import { createDataLoader } from '../../models/data-loader';
import { createBackupReminderModel } from '../../models/backup-reminder-model';
import { backupReminderItem, backupStateItem } from '../../storage/items';
import { hasRecords } from '../../storage/has-records';
import { panelViewSnapshot, readingPlaceSnapshot } from '../../storage/reading-snapshot';

async function main() {
  // The reader's place: from its synchronous copy when there is one, so the first frame waits for no storage
  // read; storage is read first anyway, ahead of everything below, and corrects the copy if it differs.
  const guideModel = createGuideModel(guide, readingProgressItem, readingPlaceSnapshot());
  const viewCache = panelViewSnapshot();
  const cachedView = viewCache.read();
  const stored = Promise.all([panelViewItem.get(), guideModel.load()]);
  // Today's symptom logs: read and followed live, whatever view is open, so the Today view is current at once.
  const logging = createLoggingModels({
    store: browserSymptomLogStore(systemClock), clock: systemClock, timers: browserTimers,
    settings: symptomSettingsItem, snapshot: symptomListSnapshot(),
  whenIdle: (task) => requestIdleCallback(task, { timeout: 5000 }), builtInName: builtInSymptomName,
  });
  // The journal loads the first time it is shown (at once when the panel opens on it).
  const loadJournal = createJournalLoader({ symptoms: logging.symptoms, clock: systemClock });
  if (location.hash.startsWith('#/journal')) loadJournal();
  // Your data: the export reminder is checked when idle; export, import and their schema load with the view.
  const backupModel = createBackupReminderModel({ settings: backupReminderItem, state: backupStateItem, hasData: () => hasRecords(), now: () => Date.now() });
  requestIdleCallback(() => void backupModel.load(), { timeout: 3000 });
  const loadData = createDataLoader({ backup: backupModel, builtInName: builtInSymptomName, clock: systemClock });
  // The plan shows from its last known state (storage/plan-snapshot.ts) while storage is read; the reminder
  // setting sits in a closed disclosure, so neither holds up the first frame.
  const planModel = createPlanModel({ plan: planItem, history: planHistoryItem, content: plan, clock: planClock, cache: planSnapshotCache() });
  const reminderModel = createReminderModel(planReminderItem, createNotificationPermission());
  const lastView = cachedView !== undefined && guideModel.placeKnown ? cachedView : (await stored)[0];
  // Shown again after the computer slept, or opened after travel: the day may have turned.
  document.addEventListener('visibilitychange', () => document.hidden || planModel.checkDate());
  // A page's timers pause while the computer sleeps; alarms do not: the background's midnight alarm reaches
  // every open page too, so a panel left open overnight turns the day when the computer wakes.
  browser.alarms.onAlarm.addListener(() => planModel.checkDate());
  // Off the first frame's path: the worker keeps the badge right on its own; this catches a zone change.
  setTimeout(() => void refreshPlanFromPage(browser as unknown as PlanBrowserEvents, plan, planClock), 1000);
  const todayCard = () => (
    <TodayCard
      plan={planModel}
      reminder={reminderModel}
      onOpenGuide={(link) => router.go({ view: 'guide', sectionId: link.sectionId, ...(link.anchor ? { anchor: link.anchor } : {}) })}
      onOpenJournal={() => router.go({ view: 'journal', compose: true })}
    />
  );
  const router = createRouterModel(window, { view: lastView });

  // The first frame comes from synchronous copies (the reader's place, the plan); the storage reads behind the
  // Today view wait until that frame is drawn and the page is idle, unless the panel opens on Today, whose logs
  // have no copy. Either way they are read before anyone could switch views.
  const loadToday = () => {
    void logging.start();
    void planModel.load();
    void reminderModel.load();
  };
  if (router.route.peek().view === 'today') loadToday();
  else requestIdleCallback(loadToday, { timeout: 300 });

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
    if (router.route.peek().view === 'guide' && router.route.peek().sectionId !== sectionId) router.go({ view: 'guide', sectionId });
  });
  // Opening the panel where it was left writes nothing.
  let savedView = lastView;
  let copiedView = cachedView;
  effect(() => {
    const view = router.route.value.view;
    if (view !== copiedView) viewCache.write((copiedView = view));
    if (view !== savedView) void panelViewItem.set((savedView = view));
  });

  render(
    <PanelApp
      router={router}
      views={{
        today: () => (
          <>
            <TodayView card={todayCard()} logs={<TodayLogs {...logging} clock={systemClock} />} />
            {/* Below the day's content: it appears when idle, and must never push a button from under a pointer. */}
            <BackupReminderNotice model={backupModel} onExport={() => void loadData().then((data) => data.exportAll())} onSettings={() => router.go({ view: 'data' })} />
          </>
        ),
        guide: () => <GuideView model={guideModel} />,
        journal: () => (
          <JournalSlot
            load={loadJournal}
            nameOf={logging.symptoms.nameOf}
            choices={logging.symptoms.all.value}
            clock={systemClock}
            compose={router.route.value.compose}
            onComposeHandled={() => router.go({ view: 'journal' })}
          />
        ),
        data: () => <DataSlot load={loadData} backup={backupModel} />,
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
