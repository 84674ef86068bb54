/**
 * Text in an import file that would be changed, dropped or misread on its way in is refused with a message
 * saying where: ill-formed Unicode (a lone surrogate would come back as U+FFFD), a `__proto__` key in a map
 * (which a map would drop), an unknown part under `data`, a symptom name made only of invisible characters,
 * and an id outside the safe alphabet (ids are written verbatim into every later export and CSV).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importProblemText } from '../../../components/data/data-text';
import type { ExportFile } from '../../../domain/export-file';
import { parseImport } from '../../../domain/import-schema';
import { checkSymptomName } from '../../../domain/symptom-settings';
import { makeDataStore, seedEverything } from '../../support/data-fixture';

const NOW = Date.parse('2026-11-26T13:00:00Z');

beforeEach(() => {
  fakeBrowser.reset();
});

/** The seeded store's export as a plain object, for a test to spoil. */
async function exported(): Promise<ExportFile> {
  await seedEverything();
  return JSON.parse(JSON.stringify(await makeDataStore().exportFile('0.1.0'))) as ExportFile;
}
const refusedImport = (file: object | string) => {
  const text = typeof file === 'string' ? file : JSON.stringify(file);
  const result = parseImport(text, text.length, NOW);
  if (result.ok) throw new Error('the file was accepted');
  return { problem: result.problem, message: importProblemText(result.problem) };
};

describe('an import file with text that would not come back as written', () => {
  it('refuses a lone surrogate in a note, saying where', async () => {
    const file = await exported();
    file.data.logs[1]!.note = 'half an emoji \ud83d here';
    const { problem, message } = refusedImport(file);
    expect(problem).toEqual({ code: 'invalid', part: 'logs', entry: 2, field: 'note', rule: 'illFormed' });
    expect(message).toBe(
      "Symptom logs, entry 2, “note”: this text holds a broken character (half of an emoji or symbol), so it can't be stored as written. Nothing in the file was imported.",
    );
  });

  it('refuses a __proto__ key inside a map instead of dropping it', async () => {
    const file = await exported();
    const text = JSON.stringify(file).replace('"renamed":{', '"renamed":{"__proto__":"Tired",');
    const { problem } = refusedImport(text);
    expect(problem).toEqual({ code: 'invalid', part: 'symptoms', field: 'renamed › __proto__', rule: 'unknownField' });
  });

  it('names the place of an unknown key directly under data', async () => {
    const file = await exported();
    Object.assign(file.data, { insights: [] });
    const { problem, message } = refusedImport(file);
    expect(problem).toEqual({ code: 'invalid', part: 'header', field: 'data › insights', rule: 'unknownField' });
    expect(message).toBe(
      "The file's header, “data › insights”: this isn't a value Gutwise stores. Nothing in the file was imported.",
    );
  });

  it('refuses a symptom name made only of zero-width characters, as the symptom list does', async () => {
    const file = await exported();
    file.data.symptoms.custom[0]!.name = '\u200B\u200D\u2060';
    expect(refusedImport(file).problem).toMatchObject({ part: 'symptoms', rule: 'name' });
    expect(checkSymptomName('\u200B\u200C ', [])).toBe('empty');
  });

  it('refuses an id that is not letters, digits and - _ . :', async () => {
    for (const id of ['=HYPERLINK("http://x.invalid","x")', '<img src=x>', 'a b', '-1']) {
      const file = await exported();
      file.data.journal[0]!.id = id;
      expect(refusedImport(file).problem, id).toEqual({ code: 'invalid', part: 'journal', entry: 1, field: 'id', rule: 'id' });
    }
  });
});
