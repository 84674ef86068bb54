import { describe, expect, it } from 'vitest';
import { itemKey, mergeTimeline, recordOf } from '../../domain/journal-timeline';
import { entryAt, food, logAt } from '../support/journal-fixture';

describe("merging a day's entries and symptom logs", () => {
  it('puts everything in time order, whatever order each list came in', () => {
    const breakfast = entryAt('2026-11-26T08:00', food('oats'));
    const lunch = entryAt('2026-11-26T12:30', food('bread'), 'sandwich');
    const bloating = logAt('2026-11-26T13:15', 'bloating', 2);
    const fatigue = logAt('2026-11-26T07:10', 'fatigue', 1);
    const stress = entryAt('2026-11-26T18:00', { kind: 'stress', level: 3 });
    const merged = mergeTimeline([stress, lunch, breakfast], [bloating, fatigue]);
    expect(merged.map((item) => recordOf(item).id)).toEqual([fatigue.id, breakfast.id, lunch.id, bloating.id, stress.id]);
    expect(merged.map((item) => item.type)).toEqual(['log', 'entry', 'entry', 'log', 'entry']);
  });

  it('keeps the order things were recorded in when two share a minute, the same in every context', () => {
    const ate = { ...entryAt('2026-11-26T12:00', food('bread')), createdAt: '2026-11-26T11:00:05.000Z' };
    const felt = { ...logAt('2026-11-26T12:00', 'bloating', 2), createdAt: '2026-11-26T11:00:09.000Z' };
    expect(mergeTimeline([ate], [felt]).map(itemKey)).toEqual([`entry:${ate.id}`, `log:${felt.id}`]);
    const earlierLog = { ...felt, createdAt: '2026-11-26T11:00:01.000Z' };
    expect(mergeTimeline([ate], [earlierLog]).map(itemKey)).toEqual([`log:${felt.id}`, `entry:${ate.id}`]);
  });

  it('gives an empty day an empty timeline, and one kind alone as it is', () => {
    expect(mergeTimeline([], [])).toEqual([]);
    const only = logAt('2026-11-26T09:00', 'itching', 1);
    expect(mergeTimeline([], [only])).toEqual([{ type: 'log', log: only }]);
  });
});
