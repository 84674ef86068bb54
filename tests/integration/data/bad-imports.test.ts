/**
 * Bad import files, generated: not JSON, cut off, another program's JSON, newer or unknown versions, wrong
 * types anywhere, hostile strings and unknown keys, duplicated entries, absurd sizes. Each one, picked in
 * the data view, must end with one clear message, and leave the store exactly as it was, even when the user
 * then presses Merge or Replace.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importProblemText } from '../../../components/data/data-text';
import { MAX_IMPORT_BYTES } from '../../../domain/export-file';
import { parseImport } from '../../../domain/import-schema';
import { makeDataStore, rawDump, seedEverything } from '../../support/data-fixture';
import { makeDataModel, picked } from '../../support/data-model-fixture';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** The import's own now: the day the fixtures were made. */
const NOW = Date.parse('2026-11-26T13:00:00Z');

beforeEach(() => {
  fakeBrowser.reset();
});

/** Every path into the file except the free-form `unreadable` part, with the value there. */
function pathsOf(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  if (path[0] === 'unreadable') return out;
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

const clone = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;
function setAt(root: Json, path: Path, next: (old: Json) => Json): Json {
  if (path.length === 0) return next(root);
  const copy = clone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  node[last] = next(node[last]!);
  return copy;
}
const typeOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** A value of another JSON type than `old` (never null: several fields may be null). */
const otherType = (old: Json): fc.Arbitrary<Json> =>
  fc.oneof(
    ...[
      fc.string({ maxLength: 8 }) as fc.Arbitrary<Json>,
      fc.integer() as fc.Arbitrary<Json>,
      fc.boolean() as fc.Arbitrary<Json>,
      fc.array(fc.integer(), { maxLength: 2 }) as fc.Arbitrary<Json>,
      fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.integer(), { maxKeys: 2 }) as fc.Arbitrary<Json>,
    ].filter((arbitrary) => typeOf(fc.sample(arbitrary, { numRuns: 1, seed: 1 })[0]!) !== typeOf(old)),
  );

interface Case {
  text: string;
  size?: number;
  expect?: string;
}

function badFiles(valid: Json): fc.Arbitrary<Case> {
  const text = JSON.stringify(valid, null, 2);
  const paths = pathsOf(valid);
  const leaves = paths.filter((p) => p.path.length > 0);
  const objects = paths.filter((p) => typeOf(p.value) === 'object');
  const strings = paths.filter((p) => typeof p.value === 'string' && p.path.length > 1);
  const numbers = paths.filter((p) => typeof p.value === 'number');
  const at = <T>(list: T[]) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i]!);
  return fc.oneof(
    // Not JSON at all, or JSON of another program.
    fc.string({ maxLength: 200 }).map((s) => ({ text: s })),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ text: String.fromCharCode(...bytes) })),
    fc
      .jsonValue()
      .filter((j) => (j as { format?: unknown })?.format !== 'gutwise-export')
      .map((j) => ({ text: JSON.stringify(j), expect: 'notGutwise' })),
    // Cut off while copying.
    fc.integer({ min: 1, max: text.length - 1 }).map((cut) => ({ text: text.slice(0, cut), expect: 'truncated' })),
    // Newer or unknown versions.
    fc
      .integer({ min: 2, max: 1_000_000 })
      .map((version) => ({ text: JSON.stringify({ ...(valid as object), version }), expect: 'newerVersion' })),
    fc
      .constantFrom<Json>('1', 0, -1, 1.5, null, [1], {})
      .map((version) => ({ text: JSON.stringify({ ...(valid as object), version }), expect: 'unknownVersion' })),
    // A value of the wrong type anywhere.
    at(leaves).chain(({ path, value }) =>
      otherType(value).map((wrong) => ({ text: JSON.stringify(setAt(valid, path, () => wrong)) })),
    ),
    // Numbers out of range, strings far too long, unknown (hostile) keys.
    at(numbers).map(({ path }) => ({ text: JSON.stringify(setAt(valid, path, () => -1.5)) })),
    at(strings).map(({ path }) => ({
      text: JSON.stringify(setAt(valid, path, (old) => `${old as string}${'\u202e<script>'.repeat(12_000)}`)),
    })),
    fc.tuple(at(objects), fc.string({ maxLength: 6 })).map(([{ path }, name]) => ({
      text: JSON.stringify(setAt(valid, path, (old) => ({ ...(old as object), [`x-${name}`]: 1 }))),
    })),
    // The same past cycle twice (an entry twice is not a bad file: the copy edited last is kept).
    fc.constant({
      text: JSON.stringify(setAt(valid, ['data', 'planHistory'], (list) => [...(list as Json[]), (list as Json[])[0]!])),
      expect: 'invalid',
    }),
    // Absurd sizes.
    fc.integer({ min: MAX_IMPORT_BYTES + 1, max: 2 ** 40 }).map((size) => ({ text: '{}', size, expect: 'tooLarge' })),
  );
}

describe('a bad import file', () => {
  it('gets one clear message and leaves the store exactly as it was (1,200 generated files)', async () => {
    await seedEverything();
    const valid = (await makeDataStore().exportFile('0.1.0')) as unknown as Json;
    const before = await rawDump();
    const { model } = makeDataModel();
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(badFiles(valid), async (file) => {
        await model.chooseFile(picked(file.text, 'bad.json', file.size));
        const state = model.importState.value;
        expect(state.stage).toBe('problem');
        if (state.stage !== 'problem') return;
        if (file.expect) expect(state.problem.code).toBe(file.expect);
        seen.set(state.problem.code, (seen.get(state.problem.code) ?? 0) + 1);
        const message = importProblemText(state.problem);
        expect(message.length).toBeGreaterThan(20);
        // Placeholders left unfilled, or a value printed as code, would show outside the quoted part of the
        // file (a key in the file may itself be called "x-$0" or "undefined").
        const ownWords = message.replace(/“[^”]*”/g, '“…”');
        expect(ownWords).not.toMatch(/\$\d|undefined|\[object/);
        // Pressing on anyway does nothing.
        await model.merge();
        await model.replace();
        expect(await rawDump()).toEqual(before);
      }),
      { numRuns: 1200 },
    );
    // Every kind of problem was met along the way.
    expect([...seen.keys()].sort()).toEqual([
      'empty',
      'invalid',
      'newerVersion',
      'notGutwise',
      'notJson',
      'tooLarge',
      'truncated',
      'unknownVersion',
    ]);
  }, 120_000);

  it('names what and where for a wrong value', () => {
    const file = {
      format: 'gutwise-export',
      version: 1,
      exportedAt: '2026-11-26T08:00:00.000Z',
      app: { name: 'Gutwise', version: '0.1.0' },
    };
    const data = {
      logs: [
        {
          id: 'a',
          symptomId: 'fatigue',
          severity: 7,
          at: '2026-11-26T08:00:00.000Z',
          offsetMin: 60,
          note: '',
          createdAt: '2026-11-26T08:00:00.000Z',
          updatedAt: '2026-11-26T08:00:00.000Z',
        },
      ],
      journal: [],
      plan: { cycle: null, routine: null, cyclesStarted: 0 },
      planHistory: [],
      symptoms: { custom: [], renamed: {}, hidden: [], order: null },
      planReminder: { enabled: false, time: '09:00' },
      backupReminder: { weeks: 4 },
      readingProgress: { sectionId: 'introduction', scrollTop: 0, read: [] },
    };
    const text = JSON.stringify({ ...file, data });
    const result = parseImport(text, text.length, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(importProblemText(result.problem)).toBe(
      'Symptom logs, entry 1, “severity”: the strength should be a whole number from 0 to 4. Nothing in the file was imported.',
    );
  });

  it('with __proto__ keys pollutes nothing', () => {
    const hostile =
      '{"format":"gutwise-export","version":1,"__proto__":{"polluted":true},"data":{"__proto__":{"polluted":true}}}';
    const result = parseImport(hostile, hostile.length, NOW);
    expect(result.ok).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('of half a million entries is read, refused and leaves nothing behind', () => {
    const text = `{"format":"gutwise-export","version":1,"exportedAt":"2026-11-26T08:00:00.000Z","app":{"name":"Gutwise","version":"1"},"data":{"logs":[${'0,'.repeat(500_000)}0]}}`;
    const result = parseImport(text, text.length, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ code: 'invalid', part: 'logs', rule: 'tooMany' });
  });
});
