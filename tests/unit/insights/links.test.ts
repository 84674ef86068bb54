import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeLinks, MIN_DAYS_EACH_SIDE } from '../../../domain/insights/links';
import { emptyDay, summarizeDays, type DaySummary } from '../../../domain/insights/day-summary';
import { addDays } from '../../../domain/local-date';
import { syntheticPerson } from '../../support/synthetic-people';

const TODAY = '2026-06-30';
const DAIRY = { food: 'dairy', symptomId: 'bloating', lag: 1, size: 1 };

function summaries(seed: number, effect: typeof DAIRY | null = DAIRY, days = 60) {
  const person = syntheticPerson({ seed, today: TODAY, days, effect });
  return summarizeDays(person.logs, person.entries);
}

describe('possible links', () => {
  it('finds a planted next-day link, with both sides’ days, averages and an interval that excludes no difference', () => {
    const days = summaries(3);
    const analysis = analyzeLinks({ summaries: days, today: TODAY });
    const link = analysis.links.find((l) => l.factor.id === 'food:dairy' && l.outcome.id === 'symptom:bloating');
    expect(link).toBeDefined();
    expect(link).toMatchObject({ lag: 1, status: 'link', factor: { name: 'dairy', kind: 'food' } });
    // Every day that follows a day with food written (the last day has no day after it in the records).
    expect(link!.withDays + link!.withoutDays).toBe(days.slice(0, -1).filter((d) => d.foods).length);
    expect(link!.withDays).toBe(days.slice(0, -1).filter((d) => d.foods && 'dairy' in d.foods).length);
    expect(link!.withDays).toBeGreaterThanOrEqual(MIN_DAYS_EACH_SIDE);
    expect(link!.withAverage - link!.withoutAverage).toBeCloseTo(link!.difference, 12);
    expect(link!.interval![0]).toBeGreaterThan(0);
    expect(link!.interval![0]).toBeLessThan(link!.difference);
    expect(link!.interval![1]).toBeGreaterThan(link!.difference);
    expect(analysis.tested).toBeGreaterThan(50);
  });

  it('gives the same answer for the same records, whatever order they are read in', () => {
    const days = summaries(11);
    const once = analyzeLinks({ summaries: days, today: TODAY });
    const again = analyzeLinks({ summaries: [...days].reverse(), today: TODAY });
    expect(again).toEqual(once);
  });

  it('needs five days on each side, and says about how many more days would do', () => {
    // Ten days of records, dairy on two of them.
    const days = Array.from({ length: 10 }, (_, i) => {
      const d = emptyDay(addDays(TODAY, -i));
      d.foods = i < 2 ? { dairy: 'dairy' } : { rice: 'rice' };
      d.journal = true;
      d.symptoms.bloating = { max: i < 2 ? 3 : 1, sum: 1, count: 1 };
      return d;
    });
    const analysis = analyzeLinks({ summaries: days, today: TODAY });
    const dairy = analysis.pairs.find((p) => p.factor.id === 'food:dairy' && p.lag === 0);
    expect(dairy).toMatchObject({ status: 'not-enough-data', withDays: 2, withoutDays: 8 });
    // Dairy on 2 of 10 days: 3 more dairy days take about 15 more days.
    expect(dairy?.moreDays).toBe(15);
    expect(analysis.links).toEqual([]);
  });

  it('says when two factors happen on mostly the same days', () => {
    const days: DaySummary[] = Array.from({ length: 30 }, (_, i) => {
      const d = emptyDay(addDays(TODAY, -i));
      d.foods = i % 3 === 0 ? { dairy: 'dairy', wheat: 'wheat' } : { rice: 'rice' };
      d.journal = true;
      d.symptoms.bloating = { max: i % 2, sum: 0, count: 1 };
      return d;
    });
    const analysis = analyzeLinks({ summaries: days, today: TODAY });
    expect(analysis.overlaps.map((o) => [o.a.id, o.b.id, o.both, o.either])).toEqual([['food:dairy', 'food:wheat', 10, 10]]);
    expect(analysis.pairs.find((p) => p.factor.id === 'food:dairy')?.overlaps).toEqual(['food:wheat']);
  });

  it('never looks for a link to a red-flag symptom', () => {
    const days = summaries(5).map((d) => ({ ...d, symptoms: { ...d.symptoms, 'blood-in-stool': d.symptoms.bloating! } }));
    const analysis = analyzeLinks({ summaries: days, today: TODAY });
    expect(analysis.pairs.some((p) => p.outcome.name === 'blood-in-stool')).toBe(false);
  });

  it('treats a day without a food entry as unknown, not as a day without the food', () => {
    const days = summaries(9).map((d, i) => (i % 2 ? { ...d, foods: null } : d));
    const analysis = analyzeLinks({ summaries: days, today: TODAY });
    const pair = analysis.pairs.find((p) => p.factor.id === 'food:dairy' && p.lag === 0 && p.outcome.id === 'symptom:bloating');
    expect(pair!.withDays + pair!.withoutDays).toBe(days.filter((d) => d.foods).length);
    expect(days.filter((d) => d.foods).length).toBeLessThanOrEqual(30);
  });

  it('looks at plan habits only on days the plan still remembers and that are over', () => {
    const days = summaries(2, null, 40);
    const done: Record<string, string[]> = {};
    for (let i = 1; i <= 27; i++) if (i % 2) done[addDays(TODAY, -i)] = ['hydrate'];
    const analysis = analyzeLinks({
      summaries: days,
      today: TODAY,
      habits: { habits: ['hydrate'], since: addDays(TODAY, -100), done, keptFrom: addDays(TODAY, -27), openFrom: TODAY },
    });
    const pair = analysis.pairs.find((p) => p.factor.id === 'habit:hydrate' && p.lag === 0 && p.outcome.id === 'symptom:fatigue');
    expect(pair!.withDays + pair!.withoutDays).toBe(27);
    expect(pair!.withDays).toBe(14);
  });

  it('keeps every comparison’s figures consistent, for any synthetic person', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 8, max: 60 }), (seed, days) => {
        const analysis = analyzeLinks({ summaries: summaries(seed, null, days), today: TODAY });
        for (const pair of analysis.pairs) {
          expect(pair.withDays + pair.withoutDays).toBeLessThanOrEqual(days - pair.lag);
          if (pair.status === 'not-enough-data')
            expect(Math.min(pair.withDays, pair.withoutDays)).toBeLessThan(MIN_DAYS_EACH_SIDE);
          else expect(pair.p).toBeGreaterThanOrEqual(0);
          if (pair.status === 'link') expect(pair.interval![0] > 0 || pair.interval![1] < 0).toBe(true);
        }
        expect(analysis.links.every((l) => l.status === 'link')).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 30_000); // many runs: seconds on a busy machine
});
