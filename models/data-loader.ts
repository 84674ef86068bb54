import type { BackupReminderModel } from './backup-reminder-model';
import type { DataModel } from './data-model';
import type { Clock } from '../domain/clock';

export interface DataLoaderDeps {
  backup: BackupReminderModel;
  /** The translated name of a built-in symptom, for the CSV. */
  builtInName: (id: string) => string;
  clock: Clock;
}

/**
 * The data view's model, made the first time it is asked for: export, import and the import schema
 * (valibot) load only then, so neither the popup nor the side panel's start-up pays for them.
 */
export function createDataLoader(deps: DataLoaderDeps): () => Promise<DataModel> {
  let loading: Promise<DataModel> | undefined;
  return () => (loading ??= import('./data-wiring').then((wiring) => wiring.startBrowserData(deps)));
}
