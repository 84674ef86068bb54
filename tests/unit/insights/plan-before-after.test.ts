import { describe, expect, it } from 'vitest';
import { compareCycles } from '../../../domain/insights/plan-before-after';
import { emptyDay, type DaySummary } from '../../../domain/insights/day-summary';
import { addDays } from '../../../domain/local-date';

const bloating = (day: string, max: number): DaySummary => ({
  ...emptyDay(day),
  symptoms: { bloating: { max, sum: max, count: 1 } },
});

describe('the plan, before and after', () => {
  it('averages each symptom over the 14 days before, the cycle, and the 14 days after', () => {
    const start = '2026-05-01';
    const days = [
      bloating(addDays(start, -15), 4), // outside the 14 days before
      bloating(addDays(start, -14), 3),
      bloating(addDays(start, -1), 2),
      bloating(start, 2),
      bloating(addDays(start, 6), 1),
      bloating(addDays(start, 7), 1),
      bloating(addDays(start, 20), 0),
      bloating(addDays(start, 21), 4), // the last one is 15 days after
    ];
    const [cycle] = compareCycles(
      [{ number: 1, start, ended: addDays(start, 6), reflection: 'Walking helped.' }],
      days,
      '2026-06-30',
    );
    expect(cycle?.before).toEqual(['2026-04-17', '2026-04-30']);
    expect(cycle?.after).toEqual(['2026-05-08', '2026-05-21']);
    expect(cycle?.symptoms).toEqual([
      {
        symptomId: 'bloating',
        before: { days: 2, average: 2.5 },
        during: { days: 2, average: 1.5 },
        after: { days: 2, average: 0.5 },
      },
    ]);
    expect(cycle?.cycle.reflection).toBe('Walking helped.');
  });

  it('shows no "after" for the cycle under way, and never runs past today', () => {
    const [current, past] = compareCycles(
      [
        { number: 1, start: '2026-06-01', ended: '2026-06-07', reflection: '' },
        { number: 2, start: '2026-06-28', ended: null, reflection: '' },
      ],
      [bloating('2026-06-29', 2)],
      '2026-06-30',
    );
    expect(current?.cycle.number).toBe(2);
    expect(current?.during).toEqual(['2026-06-28', '2026-06-30']);
    expect(current?.after).toBeNull();
    expect(current?.symptoms[0]?.after).toBeNull();
    expect(past?.after).toEqual(['2026-06-08', '2026-06-21']);
  });
});
