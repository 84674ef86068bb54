import { render } from 'preact';
import '../../components/styles.css';
import '../../components/app/panel.css';
import '../../components/guide/guide.css';
import '../../components/today/today.css';
import '../../components/log/log.css';
import '../../components/journal/journal.css';
import '../../components/data/data.css';
import '../../components/insights/insights.css';
import { PanelApp } from '../../components/app/PanelApp';
import { GuideView } from '../../components/guide/GuideView';
import { TodayCard } from '../../components/today/TodayCard';
import { TodayView } from '../../components/today/TodayView';
import { TodayLogs } from '../../components/today/TodayLogs';
import { JournalSlot } from '../../components/journal/JournalSlot';
import { DataSlot } from '../../components/data/DataSlot';
import { InsightsSlot } from '../../components/insights/InsightsSlot';
import { guideLinkFinder } from '../../domain/insights/guide-links';
import plan from 'virtual:plan';
import { BackupReminderNotice } from '../../components/data/BackupReminderNotice';
import { startPanel } from '../../models/panel-wiring';

// Not a top-level await: with one, Rollup moves the code lazy chunks share with the page out of its file, and the
// page would fetch six files before its first frame instead of one.
void startPanel().then(({ router, guideModel, today, logs, loadJournal, backup, loadData, loadInsights, clock }) =>
  render(
    <PanelApp
      router={router}
      views={{
        today: () => {
          const { planModel, reminderModel, logging } = today();
          return (
            <>
              <TodayView
                card={
                  <TodayCard
                    plan={planModel}
                    reminder={reminderModel}
                    onOpenGuide={(link) =>
                      router.go({ view: 'guide', sectionId: link.sectionId, ...(link.anchor ? { anchor: link.anchor } : {}) })
                    }
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
            onOpenGuide={(link) =>
              router.go({ view: 'guide', sectionId: link.sectionId, ...(link.anchor ? { anchor: link.anchor } : {}) })
            }
          />
        ),
        data: () => <DataSlot load={loadData} backup={backup()} />,
      }}
    />,
    document.getElementById('app')!,
  ),
);
