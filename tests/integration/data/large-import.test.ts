/**
 * Any file Gutwise can export, Gutwise imports: five years of everyday use (200,000 logs, 50,000 journal
 * entries) is within the import's size limit, and a large file is read step by step, showing progress, with
 * Cancel possible before anything is written.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateHistory } from '../../../bench/generate-history';
import { generateJournal } from '../../../bench/generate-journal';
import { MAX_IMPORT_BYTES } from '../../../domain/export-file';
import { rawDump, makeDataStore } from '../../support/data-fixture';
import { makeDataModel, picked } from '../../support/data-model-fixture';

const NOW = Date.parse('2026-11-26T13:00:00Z');

beforeEach(() => {
  fakeBrowser.reset();
});

/** The export file's text of `logs` generated logs and `entries` journal entries. */
async function exportOf(logs: number, entries: number): Promise<string> {
  await fakeBrowser.storage.local.set({
    ...generateHistory(NOW - 86_400_000, logs).items,
    ...generateJournal(NOW - 86_400_000, entries).items,
  });
  return JSON.stringify(await makeDataStore().exportFile('0.1.0'), null, 2);
}

describe('a large export', () => {
  it('of five years of everyday use is within the import size limit', async () => {
    // A hundredth of it, measured; the whole is a hundred times as large (each entry is written on its own lines).
    const sample = new TextEncoder().encode(await exportOf(2_000, 500)).length;
    expect(sample * 100).toBeGreaterThan(30 * 1024 * 1024);
    expect(sample * 100).toBeLessThan(MAX_IMPORT_BYTES / 2);
  });

  it('is read step by step with progress, and Cancel leaves everything as it was', async () => {
    const text = await exportOf(20_000, 5_000);
    fakeBrowser.reset();
    const { model } = makeDataModel();
    const before = await rawDump();
    const seen: number[] = [];
    const stop = model.importState.subscribe((state) => {
      if (state.stage === 'reading') seen.push(state.progress);
      if (state.stage === 'reading' && state.progress > 0.5) model.cancelImport();
    });
    await model.chooseFile(picked(text));
    stop();
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBeLessThan(1);
    expect(model.importState.value).toEqual({ stage: 'idle' });
    await model.merge();
    await model.replace();
    expect(await rawDump()).toEqual(before);
  }, 60_000);

  it('read to the end gives its preview, and Replace then stores exactly the file', async () => {
    const text = await exportOf(20_000, 5_000);
    fakeBrowser.reset();
    const { model } = makeDataModel();
    await model.chooseFile(picked(text));
    const state = model.importState.value;
    expect(state.stage === 'preview' && [state.inFile.logs, state.inFile.journal]).toEqual([20_000, 5_000]);
    model.askReplace();
    await model.replace();
    expect(JSON.stringify(await makeDataStore().exportFile('0.1.0'), null, 2).replace(/"exportedAt": "[^"]+"/, '')).toBe(
      text.replace(/"exportedAt": "[^"]+"/, ''),
    );
  }, 60_000);
});
