/**
 * The month summaries Insights reads stay equal to a recomputation from the records themselves, whatever the
 * log and journal stores did (random operation sequences), are built for records written before they existed,
 * are rebuilt when they no longer match the stored days, and follow imports and "delete all".
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EntryDetails } from '../../../domain/journal-entry';
import type { Severity } from '../../../domain/symptoms';
import { summarizingArea, readDaySummaries, summaryKey } from '../../../storage/day-summaries';
import { createJournalStore } from '../../../storage/journal-store';
import { browserArea } from '../../../storage/key-value-area';
import { inProcessLock } from '../../../storage/locks';
import { createSymptomLogStore } from '../../../storage/symptom-log-store';
import { browserSyncEnv } from '../../../storage/synced-item';
import { seedEverything } from '../../support/data-fixture';
import { ITEM_PARTS } from '../../../storage/browser-data-store';
import { createDataStore, type DataStore } from '../../../storage/data-store';
import { memoryArea, type MemoryArea } from '../../support/memory-area';
import { recomputed } from '../../support/summary-records';
import { zoneClock } from '../../support/zone-clock';

const NOW = '2026-11-26T13:00:00Z';
const FROM = '2026-08-01';
const TO = '2026-11-30';

function stores(area: MemoryArea) {
  const clock = zoneClock('Europe/Berlin', NOW);
  let n = 0;
  const summarized = summarizingArea(area, inProcessLock, clock);
  return {
    clock,
    logs: createSymptomLogStore({ area: summarized, lock: inProcessLock, clock, newId: () => `l${++n}` }),
    journal: createJournalStore({ area: summarized, lock: inProcessLock, clock, newId: () => `e${++n}` }),
  };
}

const DETAILS: EntryDetails[] = [
  { kind: 'food', tags: ['Dairy', 'bread'] },
  { kind: 'food', tags: ['rice'] },
  { kind: 'stress', level: 3 },
  { kind: 'sleep', hours: 5.5, quality: 2 },
  { kind: 'movement', activity: 'walk', minutes: 20 },
  { kind: 'bowel', bristol: 6 },
  { kind: 'note' },
];

type Op =
  | { op: 'log'; daysAgo: number; symptom: string; severity: number }
  | { op: 'entry'; daysAgo: number; details: number }
  | { op: 'editLog'; pick: number; daysAgo: number; severity: number }
  | { op: 'removeLog'; pick: number }
  | { op: 'editEntry'; pick: number; daysAgo: number; details: number }
  | { op: 'removeEntry'; pick: number }
  | { op: 'read' };

const daysAgo = fc.integer({ min: 0, max: 100 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('log' as const),
    daysAgo,
    symptom: fc.constantFrom('bloating', 'fatigue'),
    severity: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({ op: fc.constant('entry' as const), daysAgo, details: fc.integer({ min: 0, max: DETAILS.length - 1 }) }),
  fc.record({ op: fc.constant('editLog' as const), pick: fc.nat(), daysAgo, severity: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ op: fc.constant('removeLog' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('editEntry' as const),
    pick: fc.nat(),
    daysAgo,
    details: fc.integer({ min: 0, max: DETAILS.length - 1 }),
  }),
  fc.record({ op: fc.constant('removeEntry' as const), pick: fc.nat() }),
  fc.constant({ op: 'read' as const }),
);

describe('month summaries for Insights', () => {
  beforeEach(() => fakeBrowser.reset());

  it('equal a recomputation from the records after any sequence of writes, and need no rebuild once built', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40 }), async (ops) => {
        const area = memoryArea();
        const { clock, logs, journal } = stores(area);
        const moment = (ago: number) => ({
          epochMs: clock.now() - ago * 86_400_000,
          offsetMin: clock.offsetAt(clock.now() - ago * 86_400_000),
        });
        const madeLogs: Awaited<ReturnType<typeof logs.add>> = [];
        const madeEntries: Awaited<ReturnType<typeof journal.add>>[] = [];
        let built = false;
        for (const step of ops) {
          if (step.op === 'log')
            madeLogs.push(
              ...(await logs.add([
                { symptomId: step.symptom, severity: step.severity as Severity, moment: moment(step.daysAgo), note: '' },
              ])),
            );
          if (step.op === 'entry')
            madeEntries.push(await journal.add({ details: DETAILS[step.details]!, moment: moment(step.daysAgo), note: 'n' }));
          if (step.op === 'editLog' && madeLogs.length) {
            const i = step.pick % madeLogs.length;
            madeLogs[i] = await logs
              .update(madeLogs[i]!, { severity: step.severity as Severity, moment: moment(step.daysAgo) })
              .catch(() => madeLogs[i]!);
          }
          if (step.op === 'removeLog' && madeLogs.length) await logs.remove(madeLogs.splice(step.pick % madeLogs.length, 1)[0]!);
          if (step.op === 'editEntry' && madeEntries.length) {
            const i = step.pick % madeEntries.length;
            madeEntries[i] = await journal.update(madeEntries[i]!, {
              details: DETAILS[step.details]!,
              moment: moment(step.daysAgo),
              note: 'n',
            });
          }
          if (step.op === 'removeEntry' && madeEntries.length)
            await journal.remove(madeEntries.splice(step.pick % madeEntries.length, 1)[0]!);
          if (step.op === 'read') {
            const read = await readDaySummaries(area, inProcessLock, clock, FROM, TO);
            if (built) expect(read.rebuilt).toEqual([]);
            built = true;
            expect(read.days).toEqual(recomputed(area, clock));
          }
        }
        const final = await readDaySummaries(area, inProcessLock, clock, FROM, TO);
        if (built) expect(final.rebuilt).toEqual([]);
        expect(final.days).toEqual(recomputed(area, clock));
      }),
      { numRuns: 60 },
    );
  }, 30_000); // many runs: seconds on a busy machine

  it('builds the summaries of records written before they existed, once', async () => {
    const area = memoryArea();
    const clock = zoneClock('Europe/Berlin', NOW);
    // Written without summaries, as an earlier version of Gutwise did.
    const plain = createSymptomLogStore({ area, lock: inProcessLock, clock });
    await plain.add([
      { symptomId: 'bloating', severity: 3, moment: { epochMs: Date.parse('2026-10-10T10:00:00Z'), offsetMin: 120 }, note: '' },
    ]);
    const first = await readDaySummaries(area, inProcessLock, clock, FROM, TO);
    expect(first.rebuilt).toEqual(['2026-10']);
    expect(first.days).toEqual(recomputed(area, clock));
    expect(area.data.has(summaryKey('2026-10-10'))).toBe(true);
    expect((await readDaySummaries(area, inProcessLock, clock, FROM, TO)).rebuilt).toEqual([]);
  });

  it('rebuilds a month that no longer matches its stored days', async () => {
    const area = memoryArea();
    const { clock, logs } = stores(area);
    const [log] = await logs.add([
      { symptomId: 'fatigue', severity: 2, moment: { epochMs: Date.parse('2026-11-20T10:00:00Z'), offsetMin: 60 }, note: '' },
    ]);
    await readDaySummaries(area, inProcessLock, clock, FROM, TO);
    // A removal interrupted between its two writes: the day is gone, the summary still names it.
    await area.remove(['logs:2026-11-20']);
    const read = await readDaySummaries(area, inProcessLock, clock, FROM, TO);
    expect(read.rebuilt).toEqual(['2026-11']);
    expect(read.days).toEqual([]);
    expect(log).toBeDefined();
  });

  it('a quick read lists no keys (their number grows with the whole history) yet builds a missing month; the checked read corrects a stale one', async () => {
    const area = memoryArea();
    const clock = zoneClock('Europe/Berlin', NOW);
    // Written without summaries, as an earlier version of Gutwise did.
    const plain = createSymptomLogStore({ area, lock: inProcessLock, clock });
    await plain.add([
      { symptomId: 'bloating', severity: 3, moment: { epochMs: Date.parse('2026-10-10T10:00:00Z'), offsetMin: 120 }, note: '' },
    ]);
    const listed = vi.spyOn(area, 'keys');
    const quick = await readDaySummaries(area, inProcessLock, clock, FROM, TO, { checkDays: false });
    expect(listed).not.toHaveBeenCalled();
    expect(quick.rebuilt).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(quick.days).toEqual(recomputed(area, clock));

    // A removal interrupted between its two writes: the quick read shows the month as stored, the checked one fixes it.
    await area.remove(['logs:2026-10-10']);
    expect((await readDaySummaries(area, inProcessLock, clock, FROM, TO, { checkDays: false })).days).toHaveLength(1);
    const checked = await readDaySummaries(area, inProcessLock, clock, FROM, TO);
    expect(checked.rebuilt).toEqual(['2026-10']);
    expect(checked.days).toEqual([]);
  });

  it('follow an import (export, delete all, import) and are gone after "delete all"', async () => {
    const clock = zoneClock('Europe/Berlin', NOW);
    const area = browserArea();
    const summarized = (): DataStore =>
      createDataStore({
        local: summarizingArea(browserSyncEnv.local, inProcessLock, clock),
        sync: browserSyncEnv.sync,
        lock: inProcessLock,
        clock,
        items: ITEM_PARTS,
      });
    await seedEverything();
    const whole = ['2000-01-01', '2030-12-31'] as const;
    const before = await readDaySummaries(area, inProcessLock, clock, ...whole);
    expect(before.days.length).toBeGreaterThan(2);
    const file = await summarized().exportFile('0.1.0');
    expect(JSON.stringify(file)).not.toContain('insights:');

    await summarized().deleteAll();
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('insights:'))).toEqual([]);
    // Months read once while empty: summaries exist, so the import must keep them right itself.
    expect((await readDaySummaries(area, inProcessLock, clock, ...whole)).days).toEqual([]);
    await summarized().importData(file.data, 'replace');
    const after = await readDaySummaries(area, inProcessLock, clock, ...whole);
    expect(after.rebuilt).toEqual([]);
    expect(after.days).toEqual(before.days);
  });
});
