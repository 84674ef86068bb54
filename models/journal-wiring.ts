/** The journal on the extension's own storage: browser stores, Web Locks, the draft item, real timers. */
import plan from 'virtual:plan';
import { browserHistorySource, browserJournalStore } from '../storage/browser-journal-store';
import { browserSymptomLogStore } from '../storage/browser-log-store';
import { journalDraftItem } from '../storage/items';
import { localEditDrafts } from '../storage/edit-drafts';
import { createJournalModel, type JournalModel } from './journal-model';
import type { JournalLoaderDeps } from './journal-loader';
import { browserTimers } from '../platform/timers';

/** Creates the journal model on browser storage and starts it (today first; history only when searched). */
export function startBrowserJournal({ symptoms, clock }: JournalLoaderDeps): JournalModel {
  const { area, feed } = browserHistorySource();
  const model = createJournalModel({
    journal: browserJournalStore(clock),
    logs: browserSymptomLogStore(clock),
    area,
    feed,
    clock,
    timers: browserTimers,
    draft: journalDraftItem,
    editDrafts: localEditDrafts(),
    guideFoods: plan.foods.flatMap((list) => list.names),
    symptomName: (id) => symptoms.nameOf(id),
    symptomNames: symptoms.all,
    idle: () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 })),
  });
  void model.start();
  return model;
}
