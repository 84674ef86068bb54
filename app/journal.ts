/** The journal on the extension's own storage: browser stores, Web Locks, the draft item, real timers. */
import type { ReadonlySignal } from '@preact/signals';
import plan from 'virtual:plan';
import type { Clock } from '../domain/clock';
import { browserTimers } from '../platform/timers';
import { createJournalModel, type JournalModel } from '../models/journal-model';
import { browserHistorySource, browserJournalStore } from '../storage/browser-journal-store';
import { browserSymptomLogStore } from '../storage/browser-log-store';
import { localEditDrafts } from '../storage/edit-drafts';
import { journalDraftItem } from '../storage/items';

interface JournalDeps {
  /** The side panel's symptom list: names for logs in the timeline and for search. */
  symptoms: { nameOf(id: string): string; all: ReadonlySignal<unknown> };
  clock: Clock;
}

/** Creates the journal model on browser storage and starts it (today first; history only when searched). */
export function startBrowserJournal({ symptoms, clock }: JournalDeps): JournalModel {
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
