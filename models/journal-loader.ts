import type { ReadonlySignal } from '@preact/signals';
import type { Clock } from '../domain/log-time';
import type { JournalModel } from './journal-model';

export interface JournalLoaderDeps {
  /** The side panel's symptom list: names for logs in the timeline and for search. */
  symptoms: { nameOf(id: string): string; all: ReadonlySignal<unknown> };
  clock: Clock;
}

/**
 * The journal, made and started the first time it is asked for: its code and its data load only when the
 * journal is shown, so the guide and Today views never pay for it at start-up.
 */
export function createJournalLoader(deps: JournalLoaderDeps): () => Promise<JournalModel> {
  let loading: Promise<JournalModel> | undefined;
  return () => (loading ??= import('./journal-wiring').then((wiring) => wiring.startBrowserJournal(deps)));
}
