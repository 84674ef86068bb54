/**
 * Every record an import accepts lands under a day key the readers know, so it shows, exports and can be
 * removed: the import applies the store's own time rule for a new record (none before 1970-01-02, none later
 * than the import's now plus the store's slack). Values an earlier import left under a key no reader knows
 * are kept in the export as unreadable, counted, and removed by Replace and "delete all".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importProblemText } from '../../../components/data/data-text';
import { parseImport } from '../../../domain/import-schema';
import { makeDataStore, rawDump, seedEverything } from '../../support/data-fixture';
import { makeDataModel, picked } from '../../support/data-model-fixture';
import { logAt } from '../../support/journal-fixture';

beforeEach(() => {
  fakeBrowser.reset();
});

/** An export file (as text) of the seeded store, with its first log moved to `at` at `offsetMin`. */
async function fileWithLogAt(at: string, offsetMin: number, part: 'logs' | 'journal' = 'logs'): Promise<string> {
  await seedEverything();
  const file = await makeDataStore().exportFile('0.1.0');
  file.data[part][0] = { ...file.data[part][0]!, at, offsetMin };
  return JSON.stringify(file);
}

describe('an import whose entries would fall outside the days readers know', () => {
  const cases: [string, string, number, string][] = [
    ['a year before 1000', '0999-06-01T10:00:00.000Z', 60, 'tooEarly'],
    ['before 2 January 1970', '1970-01-01T12:00:00.000Z', 0, 'tooEarly'],
    ['a six-digit year', '+010000-01-01T00:00:00.000Z', 0, 'future'],
    ['the last evening of 9999 at +14:00', '9999-12-31T20:00:00.000Z', 840, 'future'],
    ['ten minutes after the import', '2026-11-26T13:10:00.000Z', 60, 'future'],
  ];
  for (const [name, at, offsetMin, rule] of cases) {
    it(`is refused with a message and changes nothing: ${name}`, async () => {
      for (const part of ['logs', 'journal'] as const) {
        fakeBrowser.reset();
        const text = await fileWithLogAt(at, offsetMin, part);
        const { model } = makeDataModel();
        const before = await rawDump();
        await model.chooseFile(picked(text));
        const state = model.importState.value;
        expect(state.stage, `${part} ${at}`).toBe('problem');
        if (state.stage !== 'problem') continue;
        expect(state.problem).toMatchObject({ code: 'invalid', part, entry: 1, field: 'at', rule });
        expect(importProblemText(state.problem)).toMatch(
          rule === 'future' ? /later than now on this computer/ : /before 2 January 1970/,
        );
        expect(await rawDump()).toEqual(before);
      }
    });
  }

  it('accepts a log a few seconds ahead of the import (clocks drift), as the store accepts a new one', async () => {
    const text = await fileWithLogAt('2026-11-26T13:00:30.000Z', 60);
    expect(parseImport(text, text.length, Date.parse('2026-11-26T13:00:00Z')).ok).toBe(true);
  });
});

describe('values stored under a key no reader knows (left by an earlier import)', () => {
  const misfiled = {
    'logs:999-06-01': {
      v: 2,
      logs: [{ ...logAt('2026-06-01T10:00', 'fatigue', 2, 'lost', 'old-1'), at: '0999-06-01T10:00:00.000Z' }],
    },
    'logs:10000-01-01': {
      v: 2,
      logs: [{ ...logAt('2026-06-01T10:00', 'fatigue', 2, 'lost too', 'old-2'), at: '+010000-01-01T00:00:00.000Z' }],
    },
    'journal:-1-06-01': { v: 1, entries: [{ id: 'old-3' }] },
  };

  it('are exported as unreadable, counted, and left alone by a merge', async () => {
    await seedEverything();
    await fakeBrowser.storage.local.set(misfiled);
    const store = makeDataStore();
    const file = await store.exportFile('0.1.0');
    expect(file.unreadable?.logs).toHaveLength(2);
    expect(file.unreadable?.journal).toEqual([{ v: 1, entries: [{ id: 'old-3' }] }]);
    const { model } = makeDataModel();
    await model.askDelete();
    const state = model.deleteState.value;
    expect(state.stage === 'confirm' && state.counts.damaged).toBe(3);
    await store.importData(file.data, 'merge');
    expect(Object.keys(await fakeBrowser.storage.local.get(Object.keys(misfiled)))).toHaveLength(3);
  });

  it('are removed by Replace and by "delete all"', async () => {
    await seedEverything();
    await fakeBrowser.storage.local.set(misfiled);
    const store = makeDataStore();
    const file = await store.exportFile('0.1.0');
    await store.importData(file.data, 'replace');
    expect(await fakeBrowser.storage.local.get(Object.keys(misfiled))).toEqual({});
    await fakeBrowser.storage.local.set(misfiled);
    await store.deleteAll();
    expect(await fakeBrowser.storage.local.get(Object.keys(misfiled))).toEqual({});
  });
});
