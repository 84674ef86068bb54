import type { ReadonlySignal } from '@preact/signals';
import type { JournalModel } from './journal-model';
import { startBrowserJournal } from './journal-wiring';
import type { Clock } from '../domain/clock';

export interface JournalLoaderDeps {
  /** The side panel's symptom list: names for logs in the timeline and for search. */
  symptoms: { nameOf(id: string): string; all: ReadonlySignal<unknown> };
  clock: Clock;
}

/**
 * The journal, made and started the first time it is asked for: its data is read only when the journal is
 * shown, so the guide and Today views never pay for it at start-up.
 */
export function createJournalLoader(deps: JournalLoaderDeps): () => JournalModel {
  let journal: JournalModel | undefined;
  return () => (journal ??= startBrowserJournal(deps));
}
