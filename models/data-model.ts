/**
 * The "Your data" view: export (JSON of everything, CSV of logs and journal), import with a preview and a
 * choice of merge or replace, storage use, and "delete all". Every step the user takes is one state; a bad
 * file ends in the 'problem' state with nothing written; a failed write ends in 'failed' with every key back
 * as it was (storage/data-store.ts).
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { countContents, countData, entriesOf, type Counts } from '../domain/data-contents';
import { exportFileName, MAX_IMPORT_BYTES, type EntryPartId, type ExportFile } from '../domain/export-file';
import { journalCsv, logsCsv } from '../domain/export-csv';
import type { ImportChanges, ImportMode } from '../domain/import-merge';
import type { ImportProblem, ImportResult, ImportStepOptions } from '../domain/import-schema';
import type { JournalEntry } from '../domain/journal-entry';
import { today } from '../domain/log-time';
import { useWarnings, type StorageUse, type UseWarning } from '../domain/storage-use';
import type { SymptomLog } from '../domain/symptom-log';
import type { SymptomSettings } from '../domain/symptom-settings';
import type { DownloadPort } from '../platform/download';
import type { StorageUsagePort } from '../platform/storage-usage';
import type { UnsavedCounts } from '../domain/data-contents';
import type { DataWriteProblem } from '../domain/write-problems';
import { DataWriteError, type DataStore } from '../storage/data-store';
import type { UnsavedRecords } from '../storage/unsaved-records';
import type { Clock } from '../domain/clock';

/** A file the user picked (a DOM File fits). */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface ImportPreview {
  fileName: string;
  file: ExportFile;
  inFile: Counts;
  current: Counts;
  merge: ImportChanges;
  /** Entries the file itself lists as unreadable: reported, not imported. */
  unreadable: number;
  /** Entries the file lists twice under one id: only the copy edited last is imported. */
  duplicates: number;
}

export type ImportState =
  | { stage: 'idle' }
  /** `progress`: the share of the file's entries checked so far (0–1); Cancel is possible until the preview. */
  | { stage: 'reading'; fileName: string; progress: number }
  | { stage: 'problem'; fileName: string; problem: ImportProblem }
  | ({ stage: 'preview' } & ImportPreview)
  | ({ stage: 'confirmReplace'; unsaved: UnsavedCounts } & ImportPreview)
  | { stage: 'writing'; mode: ImportMode }
  | { stage: 'done'; mode: ImportMode; changes: ImportChanges }
  | { stage: 'failed'; code: DataWriteProblem; restored: boolean };

export type DeleteState =
  | { stage: 'idle' }
  | { stage: 'confirm'; counts: Counts; unsaved: UnsavedCounts }
  | { stage: 'deleting' }
  | { stage: 'done' }
  | { stage: 'failed'; code: DataWriteProblem; restored: boolean };

export type ExportNotice = { kind: 'saved'; name: string } | { kind: 'failed' } | null;

export interface DataModelDeps {
  store: DataStore;
  /** Records not yet in extension storage: a merge saves the logs first; Replace and "delete all" say they go. */
  unsaved: Pick<UnsavedRecords, 'count' | 'saveLogs'>;
  /** Reads a file's text step by step (domain/import-schema.ts); `nowMs` is the import's own now (no entry may be later). */
  parse: (text: string, bytes: number, nowMs: number, options: ImportStepOptions) => Promise<ImportResult>;
  usage: StorageUsagePort;
  download: DownloadPort;
  clock: Clock;
  appVersion: string;
  /** The translated name of a built-in symptom (CSV rows name each symptom as the user sees it). */
  builtInName: (id: string) => string;
  /** Called after each export of everything (the backup reminder's clock). */
  onExported: () => Promise<void>;
}

export interface DataModel {
  importState: ReadonlySignal<ImportState>;
  deleteState: ReadonlySignal<DeleteState>;
  exportNotice: ReadonlySignal<ExportNotice>;
  usage: ReadonlySignal<StorageUse | null>;
  warnings: ReadonlySignal<UseWarning[]>;
  busy: ReadonlySignal<boolean>;
  load(): Promise<void>;
  exportAll(): Promise<void>;
  exportCsv(part: EntryPartId): Promise<void>;
  chooseFile(file: PickedFile): Promise<void>;
  merge(): Promise<void>;
  askReplace(): void;
  replace(): Promise<void>;
  cancelImport(): void;
  askDelete(): Promise<void>;
  confirmDelete(): Promise<void>;
  cancelDelete(): void;
}

/** The name the user sees for each symptom id. */
function symptomNames(settings: SymptomSettings, builtInName: (id: string) => string): (id: string) => string {
  const custom = new Map(settings.custom.map((symptom) => [symptom.id, symptom.name]));
  return (id) => settings.renamed[id] ?? custom.get(id) ?? (id.startsWith('custom-') ? id : builtInName(id));
}

/** Creates the data view's model. */
export function createDataModel(deps: DataModelDeps): DataModel {
  const importState = signal<ImportState>({ stage: 'idle' });
  const deleteState = signal<DeleteState>({ stage: 'idle' });
  const exportNotice = signal<ExportNotice>(null);
  const usage = signal<StorageUse | null>(null);
  const busy = signal(false);
  /** The file being read, until its preview shows; Cancel aborts it. */
  let reading: AbortController | undefined;
  const localDate = () => today(deps.clock);

  const refreshUsage = async () => {
    usage.value = await deps.usage.read().catch(() => usage.value);
  };
  const failure = (error: unknown) =>
    error instanceof DataWriteError
      ? { code: error.code, restored: error.restored }
      : { code: 'writeFailed' as const, restored: true };
  const run = async (task: () => Promise<void>) => {
    busy.value = true;
    try {
      await task();
    } finally {
      busy.value = false;
    }
  };

  async function exportAll() {
    await run(async () => {
      try {
        const file = await deps.store.exportFile(deps.appVersion);
        const name = exportFileName(localDate(), 'all');
        deps.download({ name, type: 'application/json', text: `${JSON.stringify(file, null, 2)}\n` });
        await deps.onExported();
        exportNotice.value = { kind: 'saved', name };
      } catch {
        exportNotice.value = { kind: 'failed' };
      }
    });
  }

  async function write(mode: ImportMode) {
    const state = importState.value;
    if (state.stage !== 'preview' && state.stage !== 'confirmReplace') return;
    importState.value = { stage: 'writing', mode };
    await run(async () => {
      try {
        // A log clicked a moment ago in a popup that closed mid-save is stored before the merge, never left out.
        // (One that cannot be stored now stays pending, and a merge keeps it for the next page to store.)
        if (mode === 'merge') await deps.unsaved.saveLogs().catch(() => undefined);
        const changes = await deps.store.importData(state.file.data, mode);
        importState.value = { stage: 'done', mode, changes };
      } catch (error) {
        importState.value = { stage: 'failed', ...failure(error) };
      }
      await refreshUsage();
    });
  }

  return {
    importState,
    deleteState,
    exportNotice,
    usage,
    warnings: computed(() => (usage.value ? useWarnings(usage.value) : [])),
    busy,
    load: refreshUsage,
    exportAll,
    async exportCsv(part) {
      await run(async () => {
        try {
          const { contents } = await deps.store.read();
          const entries = entriesOf(contents, part).valid;
          const text =
            part === 'logs'
              ? logsCsv(entries as SymptomLog[], symptomNames(contents.symptoms, deps.builtInName))
              : journalCsv(entries as JournalEntry[]);
          const name = exportFileName(localDate(), part);
          deps.download({ name, type: 'text/csv;charset=utf-8', text });
          exportNotice.value = { kind: 'saved', name };
        } catch {
          exportNotice.value = { kind: 'failed' };
        }
      });
    },
    async chooseFile(file) {
      reading?.abort();
      const fileName = file.name;
      if (file.size > MAX_IMPORT_BYTES) {
        // Never read an absurd file into memory.
        importState.value = {
          stage: 'problem',
          fileName,
          problem: { code: 'tooLarge', bytes: file.size, limit: MAX_IMPORT_BYTES },
        };
        return;
      }
      const controller = new AbortController();
      reading = controller;
      const still = () => !controller.signal.aborted;
      importState.value = { stage: 'reading', fileName, progress: 0 };
      let text: string;
      try {
        text = await file.text();
      } catch {
        if (still()) importState.value = { stage: 'problem', fileName, problem: { code: 'notJson' } };
        return;
      }
      let result: ImportResult;
      try {
        result = await deps.parse(text, file.size, deps.clock.now(), {
          signal: controller.signal,
          onProgress: (progress) => void (importState.value = { stage: 'reading', fileName, progress }),
        });
      } catch {
        return; // cancelled: nothing was read into the store, and the view is back where it was
      }
      if (!still()) return;
      if (!result.ok) {
        importState.value = { stage: 'problem', fileName, problem: result.problem };
        return;
      }
      const { contents, changes: merge } = await deps.store.preview(result.file.data, 'merge');
      if (!still()) return;
      reading = undefined;
      importState.value = {
        stage: 'preview',
        fileName,
        file: result.file,
        inFile: countData(result.file.data),
        current: countContents(contents),
        merge,
        unreadable: result.unreadable,
        duplicates: result.duplicates,
      };
    },
    merge: () => write('merge'),
    askReplace() {
      const state = importState.value;
      if (state.stage === 'preview') importState.value = { ...state, stage: 'confirmReplace', unsaved: deps.unsaved.count() };
    },
    replace: () => write('replace'),
    cancelImport() {
      reading?.abort();
      reading = undefined;
      importState.value = { stage: 'idle' };
    },
    async askDelete() {
      const { contents } = await deps.store.read();
      deleteState.value = { stage: 'confirm', counts: countContents(contents), unsaved: deps.unsaved.count() };
    },
    async confirmDelete() {
      if (deleteState.value.stage !== 'confirm') return;
      deleteState.value = { stage: 'deleting' };
      await run(async () => {
        try {
          await deps.store.deleteAll();
          deleteState.value = { stage: 'done' };
          importState.value = { stage: 'idle' };
        } catch (error) {
          deleteState.value = { stage: 'failed', ...failure(error) };
        }
        await refreshUsage();
      });
    },
    cancelDelete() {
      deleteState.value = { stage: 'idle' };
    },
  };
}
