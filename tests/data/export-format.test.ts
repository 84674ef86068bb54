/**
 * Export files that shipped keep importing: a checked-in file of each format version (fixtures/export-v1.json)
 * is read, upgraded step by step (EXPORT_MIGRATIONS) and imported; a file from a newer version is refused.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_MIGRATIONS, EXPORT_VERSION, PART_IDS } from '../../domain/export-file';
import { parseImport } from '../../domain/import-schema';
import { makeDataStore } from '../support/data-fixture';

const fixtureText = (version: number) => readFileSync(resolve(__dirname, `fixtures/export-v${version}.json`), 'utf8');

/** The import's own now: the day the fixtures were made. */
const NOW = Date.parse('2026-11-26T13:00:00Z');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('export file format', () => {
  it('has a fixture for every version and a migration for every step', () => {
    for (let version = 1; version <= EXPORT_VERSION; version++) expect(() => fixtureText(version)).not.toThrow();
    for (let step = 2; step <= EXPORT_VERSION; step++) expect(EXPORT_MIGRATIONS[step]).toBeTypeOf('function');
  });

  it('imports a version 1 file whole: every part, every entry', async () => {
    const text = fixtureText(1);
    const result = parseImport(text, text.length, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.file.data)).toEqual(PART_IDS);
    const store = makeDataStore();
    const changes = await store.importData(result.file.data, 'merge');
    expect(changes.logs.added).toBe(8);
    expect(changes.journal.added).toBe(9);
    const again = await store.exportFile('0.1.0');
    expect(again.data).toEqual((JSON.parse(text) as { data: unknown }).data);
  });

  it("refuses a list where a map belongs, even an empty one (a plan cycle's marks, renamed symptoms)", () => {
    const cases: [string, string][] = [
      [
        'plan',
        JSON.stringify({
          cycle: { number: 2, start: '2026-11-21', marks: [], pauses: [], reflection: '' },
          routine: null,
          cyclesStarted: 2,
        }),
      ],
      ['symptoms', JSON.stringify({ custom: [], renamed: [], hidden: [], order: null })],
    ];
    for (const [part, value] of cases) {
      const file = JSON.parse(fixtureText(1)) as { data: Record<string, unknown> };
      file.data[part] = JSON.parse(value);
      const text = JSON.stringify(file);
      expect(parseImport(text, text.length, NOW), part).toMatchObject({
        ok: false,
        problem: { code: 'invalid', part, rule: 'object' },
      });
    }
  });

  it('refuses a file from a newer version, naming the version', () => {
    const text = fixtureText(1).replace('"version": 1,', `"version": ${EXPORT_VERSION + 1},`);
    expect(parseImport(text, text.length, NOW)).toEqual({
      ok: false,
      problem: { code: 'newerVersion', version: EXPORT_VERSION + 1 },
    });
  });
});
