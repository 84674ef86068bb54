/**
 * The data view on the extension's own storage: the browser data store, storage use, downloads from the page.
 * Loaded the first time the view is shown (app/panel.tsx): export, import and the import schema (valibot) are
 * paid for by neither the popup nor the side panel's start-up.
 */
import { parseImportInSteps } from '../domain/import-schema';
import { pageDownload } from '../platform/download';
import { extensionApi } from '../platform/extension-api';
import { browserStorageUsageHost, createStorageUsage } from '../platform/storage-usage';
import { browserDataStore } from '../storage/browser-data-store';
import { browserSymptomLogStore } from '../storage/browser-log-store';
import { unsavedRecords } from '../storage/unsaved-records';
import { systemClock, type Clock } from '../domain/clock';
import type { BackupReminderModel } from '../models/backup-reminder-model';
import { createDataModel, type DataModel } from '../models/data-model';

interface DataDeps {
  backup: BackupReminderModel;
  /** The translated name of a built-in symptom, for the CSV. */
  builtInName: (id: string) => string;
  clock: Clock;
}

/** Creates the data model on browser storage and reads storage use. */
export function startBrowserData({ backup, builtInName, clock }: DataDeps): DataModel {
  const unsaved = unsavedRecords(browserSymptomLogStore(systemClock), systemClock);
  const model = createDataModel({
    store: browserDataStore(unsaved.afterChange),
    unsaved,
    parse: parseImportInSteps,
    usage: createStorageUsage(browserStorageUsageHost()),
    download: pageDownload(),
    clock,
    appVersion: extensionApi<{ runtime: { getManifest(): { version: string } } }>()?.runtime.getManifest().version ?? '0',
    builtInName,
    onExported: () => backup.markExported(),
  });
  void model.load();
  return model;
}
