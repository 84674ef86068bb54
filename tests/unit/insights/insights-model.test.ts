import { describe, expect, it } from 'vitest';
import { summarizeDays, type DaySummary } from '../../../domain/insights/day-summary';
import type { LocalDate } from '../../../domain/local-date';
import { createInsightsModel } from '../../../models/insights-model';
import { syntheticPerson } from '../../support/synthetic-people';
import { zoneClock } from '../../support/zone-clock';

const TODAY = '2026-06-30';
const clock = zoneClock('UTC', `${TODAY}T21:00:00Z`);

function person(): DaySummary[] {
  const { logs, entries } = syntheticPerson({
    seed: 3,
    today: TODAY,
    days: 400,
    effect: { food: 'dairy', symptomId: 'bloating', lag: 1, size: 1 },
  });
  return summarizeDays(logs, entries);
}

/** A source whose reads wait until the test lets them go, recording what was asked. */
function heldSource(days: DaySummary[]) {
  const asked: LocalDate[] = [];
  const quick: boolean[] = [];
  const waiting: (() => void)[] = [];
  return {
    asked,
    quick,
    release: () => waiting.splice(0).forEach((go) => go()),
    source: {
      readDays: (from: LocalDate, _to: LocalDate, options?: { quick?: boolean }) => {
        asked.push(from);
        quick.push(options?.quick === true);
        return new Promise<DaySummary[]>((resolve) => waiting.push(() => resolve(days.filter((d) => d.day >= from))));
      },
      readPlan: async () => ({ cycles: [], habits: null }),
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Insights model', () => {
  it('shows the chosen period’s trends from a short first read, then links after reading two years', async () => {
    const held = heldSource(person());
    const model = createInsightsModel({ source: held.source, clock });
    const loading = model.load();
    await settle();
    expect(held.asked).toEqual(['2026-05-02']); // the 30 days and the 30 before
    held.release();
    await settle();
    expect(model.state.value).toBe('ready');
    expect(model.trends.value?.symptoms[0]?.days).toBe(30);
    expect(model.links.value).toBeNull();
    model.period.value = 365;
    expect(model.trends.value).toBeNull(); // a year against the year before needs the full read
    await settle();
    expect(held.asked).toEqual(['2026-05-02', '2024-07-01']);
    held.release();
    await loading;
    expect(model.links.value?.links.some((l) => l.factor.id === 'food:dairy')).toBe(true);
    expect(model.trends.value?.period).toBe(365);
    expect(model.cycles.value).toEqual([]);
    // Only the first read may skip the checks that cost in proportion to the whole history.
    expect(held.quick).toEqual([true, false]);
  });

  it('says nothing is recorded only once the whole history has been read', async () => {
    const held = heldSource([]);
    const model = createInsightsModel({ source: held.source, clock });
    const loading = model.load();
    await settle();
    held.release();
    await settle();
    expect(model.hasRecords.value).toBe(true);
    held.release();
    await loading;
    expect(model.hasRecords.value).toBe(false);
  });

  it('says so when the records cannot be read', async () => {
    const model = createInsightsModel({
      source: { readDays: () => Promise.reject(new Error('gone')), readPlan: async () => ({ cycles: [], habits: null }) },
      clock,
    });
    await model.load();
    expect(model.state.value).toBe('failed');
  });
});
