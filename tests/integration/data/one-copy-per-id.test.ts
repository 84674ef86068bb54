/**
 * Any file Gutwise exports, Gutwise imports: the store never holds one id twice, whatever several contexts do
 * at once, so export → Replace → export gives the same file; and a file listing an id twice (written by an
 * earlier version) is imported with the copy edited last, saying so in the preview, instead of refused.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asNewEntry, type JournalEntry } from '../../../domain/journal-entry';
import type { SymptomLog } from '../../../domain/symptom-log';
import { makeDataStore, seedEverything } from '../../support/data-fixture';
import { makeDataModel, picked } from '../../support/data-model-fixture';
import { makeJournalStore, entryInput } from '../../support/journal-store-fixture';
import { input, makeStore } from '../../support/log-store-fixture';
import { zoneClock } from '../../support/zone-clock';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('a file that lists an entry twice', () => {
  it('imports the copy edited last and says so in the preview', async () => {
    await seedEverything();
    const file = await makeDataStore().exportFile('0.1.0');
    const log = file.data.logs[0]!;
    const entry = file.data.journal[0]!;
    file.data.logs.push({ ...log, note: 'edited later', updatedAt: '2026-11-25T00:00:00.000Z' });
    file.data.journal.unshift({ ...entry, note: 'edited later too', updatedAt: '2026-11-25T00:00:00.000Z' });
    fakeBrowser.reset();
    const { model } = makeDataModel();
    await model.chooseFile(picked(JSON.stringify(file)));
    const state = model.importState.value;
    expect(state.stage).toBe('preview');
    if (state.stage !== 'preview') return;
    expect(state.duplicates).toBe(2);
    expect(state.inFile.logs).toBe(8);
    await model.merge();
    const again = await makeDataStore().exportFile('0.1.0');
    expect(again.data.logs.filter((stored) => stored.id === log.id).map((stored) => stored.note)).toEqual(['edited later']);
    expect(again.data.journal.filter((stored) => stored.id === entry.id).map((stored) => stored.note)).toEqual([
      'edited later too',
    ]);
  });
});

type Op = { kind: 'addLog' | 'addEntry' | 'move' | 'edit' | 'remove' | 'undo'; minutesAgo: number; pick: number; days: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(
    'addLog' as const,
    'addEntry' as const,
    'move' as const,
    'edit' as const,
    'remove' as const,
    'undo' as const,
  ),
  minutesAgo: fc.nat(3000),
  pick: fc.nat(50),
  days: fc.integer({ min: -2, max: 2 }),
});

describe('random work from three contexts at once', () => {
  it('never stores an id twice: export → Replace → export is byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { maxLength: 8 }), { minLength: 3, maxLength: 3 }), async (scripts) => {
        fakeBrowser.reset();
        const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
        const contexts = scripts.map((_, who) => ({
          logs: makeStore({ clock, prefix: `c${who}-log` }).store,
          journal: makeJournalStore({ clock, prefix: `c${who}-entry` }).store,
        }));
        // What each context has on screen (possibly stale) and what it may undo.
        const seen: { logs: SymptomLog[]; entries: JournalEntry[]; undo: (() => Promise<unknown>)[] }[] = contexts.map(() => ({
          logs: [],
          entries: [],
          undo: [],
        }));
        const run = async (who: number, step: Op) => {
          const { logs, journal } = contexts[who]!;
          const mine = seen[who]!;
          if (step.kind === 'addLog') mine.logs.push(...(await logs.add([input(clock, 'fatigue', 2, step.minutesAgo)])));
          else if (step.kind === 'addEntry')
            mine.entries.push(await journal.add(entryInput(clock, { kind: 'note' }, step.minutesAgo, 'n')));
          else {
            // Any context may act on what any context showed: a stale copy, as a second window has.
            const pool = [
              ...seen.flatMap((s) => s.logs.map((log) => ({ log }))),
              ...seen.flatMap((s) => s.entries.map((entry) => ({ entry }))),
            ];
            const target = pool[step.pick % Math.max(pool.length, 1)];
            if (step.kind === 'undo') {
              await mine.undo.pop()?.();
            } else if (target && 'log' in target) {
              const moment = {
                epochMs: Math.min(clock.now(), Date.parse(target.log.at) + step.days * 86_400_000),
                offsetMin: target.log.offsetMin,
              };
              if (step.kind === 'remove') {
                const removed = await logs.remove(target.log);
                if (removed) mine.undo.push(() => logs.restore([removed]));
              } else mine.logs.push(await logs.update(target.log, step.kind === 'move' ? { moment } : { note: `edit ${who}` }));
            } else if (target && 'entry' in target) {
              const moment = {
                epochMs: Math.min(clock.now(), Date.parse(target.entry.at) + step.days * 86_400_000),
                offsetMin: target.entry.offsetMin,
              };
              if (step.kind === 'remove') {
                const removed = await journal.remove(target.entry);
                if (removed) mine.undo.push(() => journal.restore([removed]));
              } else
                mine.entries.push(
                  await journal.update(
                    target.entry,
                    step.kind === 'move'
                      ? { ...asNewEntry(target.entry), moment }
                      : { ...asNewEntry(target.entry), note: `edit ${who}` },
                  ),
                );
            }
          }
          clock.advance(1000);
        };
        await Promise.all(
          scripts.map(async (script, who) => {
            for (const step of script) await run(who, step).catch(() => undefined); // refused steps (not found, changed) are fine
          }),
        );
        const store = makeDataStore(clock);
        const first = await store.exportFile('0.1.0');
        for (const part of ['logs', 'journal'] as const) {
          const ids = first.data[part].map((record) => record.id);
          expect(new Set(ids).size, part).toBe(ids.length);
        }
        await store.importData(first.data, 'replace');
        expect(JSON.stringify(await store.exportFile('0.1.0'))).toBe(JSON.stringify(first));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
