import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTrends, TREND_PERIODS } from '../../../domain/insights/trends';
import { emptyDay, type DaySummary } from '../../../domain/insights/day-summary';
import { addDays } from '../../../domain/local-date';

const TODAY = '2026-06-30';
function day(offset: number, symptoms: Record<string, number>, extra: Partial<DaySummary> = {}): DaySummary {
  const summary = { ...emptyDay(addDays(TODAY, -offset)), ...extra };
  for (const [id, max] of Object.entries(symptoms)) summary.symptoms[id] = { max, sum: max, count: 1 };
  return summary;
}

describe('trends', () => {
  it('counts days, averages and the highest daily severity over the chosen period, against the one before', () => {
    const history = [
      // This week: bloating 3, 2, 3, 2 on four days.
      day(0, { bloating: 3 }),
      day(1, { bloating: 2 }),
      day(3, { bloating: 3 }),
      day(6, { bloating: 2 }),
      // The week before: 1, 0, 1, 0.
      day(7, { bloating: 1 }),
      day(8, { bloating: 0 }),
      day(10, { bloating: 1 }),
      day(13, { bloating: 0 }),
      // Older than both weeks: not counted.
      day(20, { bloating: 4 }),
    ];
    const { symptoms, first, step } = computeTrends(history, 7, TODAY);
    expect(first).toBe('2026-06-24');
    expect(step).toBe('day');
    const [bloating] = symptoms;
    expect(bloating).toMatchObject({
      id: 'bloating',
      days: 4,
      average: 2.5,
      highest: 3,
      previous: { days: 4, average: 0.5 },
      redFlag: false,
    });
    expect(bloating?.change?.difference).toBeCloseTo(2, 12);
    expect(bloating?.change?.direction).toBe('higher');
    expect(bloating?.points).toHaveLength(7);
    expect(bloating?.points.at(-1)).toEqual({ day: TODAY, value: 3 });
    expect(bloating?.points[1]).toEqual({ day: '2026-06-25', value: null });
  });

  it('says a change is unclear when the days do not support one, and claims none with too few days', () => {
    const mixed = [
      day(0, { fatigue: 3 }),
      day(1, { fatigue: 0 }),
      day(2, { fatigue: 2 }),
      day(7, { fatigue: 1 }),
      day(8, { fatigue: 3 }),
      day(9, { fatigue: 0 }),
    ];
    expect(computeTrends(mixed, 7, TODAY).symptoms[0]?.change?.direction).toBe('unclear');
    const few = [day(0, { fatigue: 3 }), day(8, { fatigue: 0 })];
    expect(computeTrends(few, 7, TODAY).symptoms[0]?.change).toBeNull();
  });

  it('marks red-flag symptoms, whatever their numbers', () => {
    const { symptoms } = computeTrends([day(0, { 'blood-in-stool': 1, bloating: 1 })], 30, TODAY, ['bloating']);
    expect(symptoms.map((s) => [s.id, s.redFlag])).toEqual([
      ['bloating', false],
      ['blood-in-stool', true],
    ]);
  });

  it('draws weekly points for a year and follows sleep, stress and Bristol the same way', () => {
    const history = [
      day(0, {}, { sleep: { hours: 5, quality: 2 }, stress: 4, bristol: [6], journal: true }),
      day(1, {}, { sleep: { hours: 8, quality: 4 }, stress: 1, bristol: [4], journal: true }),
    ];
    const trends = computeTrends(history, 365, TODAY);
    expect(trends.step).toBe('week');
    expect(trends.body['sleep-hours'].points).toHaveLength(53);
    expect(trends.body['sleep-hours'].points.at(-1)?.value).toBe(6.5);
    expect(trends.body['sleep-hours']).toMatchObject({ days: 2, average: 6.5, highest: 8 });
    expect(trends.body.stress).toMatchObject({ days: 2, average: 2.5, highest: 4 });
    expect(trends.body['bristol-outside']).toMatchObject({ days: 2, average: 0.5 });
    expect(trends.bristolCounts).toEqual([0, 0, 0, 1, 0, 1, 0]);
  });

  it('keeps every figure within the scale and the period, for any history', () => {
    const dayArb = fc.record({ offset: fc.integer({ min: 0, max: 800 }), severity: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 60 }), fc.constantFrom(...TREND_PERIODS), (days, period) => {
        const unique = [...new Map(days.map((d) => [d.offset, d])).values()];
        const trends = computeTrends(
          unique.map((d) => day(d.offset, { bloating: d.severity })),
          period,
          TODAY,
        );
        for (const trend of trends.symptoms) {
          expect(trend.days).toBeLessThanOrEqual(period);
          if (trend.average !== null) {
            expect(trend.average).toBeGreaterThanOrEqual(0);
            expect(trend.average).toBeLessThanOrEqual(trend.highest as number);
          }
          const inPeriod = unique.filter((d) => d.offset < period).length;
          expect(trend.days).toBe(inPeriod);
          if (trend.change) expect(trend.change.low).toBeLessThanOrEqual(trend.change.high);
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000); // many runs: seconds on a busy machine
});
