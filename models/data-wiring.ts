/** The data view on the extension's own storage: the browser data store, storage use, downloads from the page. */
import { parseImportInSteps } from '../domain/import-schema';
import { pageDownload } from '../platform/download';
import { browserStorageUsageHost, createStorageUsage } from '../platform/storage-usage';
import { browserDataStore } from '../storage/browser-data-store';
import { browserSymptomLogStore } from '../storage/browser-log-store';
import { unsavedRecords } from '../storage/unsaved-records';
import { createDataModel, type DataModel } from './data-model';
import type { DataLoaderDeps } from './data-loader';
import { systemClock } from '../domain/clock';

/** Creates the data model on browser storage and reads storage use. */
export function startBrowserData({ backup, builtInName, clock }: DataLoaderDeps): DataModel {
  const g = globalThis as { chrome?: { runtime: { getManifest(): { version: string } } } };
  const unsaved = unsavedRecords(browserSymptomLogStore(systemClock), systemClock);
  const model = createDataModel({
    store: browserDataStore(unsaved.afterChange),
    unsaved,
    parse: parseImportInSteps,
    usage: createStorageUsage(browserStorageUsageHost()),
    download: pageDownload(),
    clock,
    appVersion: g.chrome?.runtime.getManifest().version ?? '0',
    builtInName,
    onExported: () => backup.markExported(),
  });
  void model.load();
  return model;
}
