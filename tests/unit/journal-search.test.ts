import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  isActiveQuery,
  prepareItem,
  search,
  type JournalQuery,
  type PreparedItem,
} from '../../domain/journal-search';
import { mergeTimeline } from '../../domain/journal-timeline';
import { tagKey } from '../../domain/journal-tags';
import { entryAt, food, logAt } from '../support/journal-fixture';

const names: Record<string, string> = { bloating: 'Bloating', 'custom-headache': 'Headache' };

/** Days newest first, each day's items oldest first, as the index keeps them. */
function days(): PreparedItem[][] {
  const day1 = mergeTimeline(
    [
      entryAt('2024-03-01T08:00', food('Gluten', 'dairy'), 'toast with butter'),
      entryAt('2024-03-01T20:00', { kind: 'movement', activity: 'Evening walk', minutes: 30 }),
    ],
    [logAt('2024-03-01T10:00', 'bloating', 3, 'after the toast')],
  );
  const day2 = mergeTimeline(
    [
      entryAt('2026-11-26T12:00', food('sauerkraut', 'gluten'), 'Crêpes at the café'),
      entryAt('2026-11-26T22:00', { kind: 'sleep', hours: 6, quality: 2 }, 'woke at 3'),
    ],
    [logAt('2026-11-26T15:00', 'custom-headache', 2)],
  );
  const prep = (day: string) => (item: ReturnType<typeof mergeTimeline>[number]) =>
    prepareItem(item, day, item.type === 'log' ? names[item.log.symptomId] : '');
  return [day2.map(prep('2026-11-26')), day1.map(prep('2024-03-01'))];
}
const find = (query: Partial<JournalQuery>, limit = 50) => {
  const result = search(days(), { ...EMPTY_QUERY, ...query }, limit);
  return { total: result.total, found: result.items.map((p) => `${p.day} ${p.kind}`) };
};

describe('search across all history', () => {
  it('finds words in notes, tags, activities and symptom names, newest first', () => {
    expect(find({ text: 'gluten' })).toEqual({ total: 2, found: ['2026-11-26 food', '2024-03-01 food'] });
    expect(find({ text: 'toast' })).toEqual({ total: 2, found: ['2024-03-01 symptom', '2024-03-01 food'] });
    expect(find({ text: 'walk' }).found).toEqual(['2024-03-01 movement']);
    expect(find({ text: 'headache' }).found).toEqual(['2026-11-26 symptom']);
  });

  it('needs every word, in any order, ignoring case and accents', () => {
    expect(find({ text: 'CAFE crepes' }).found).toEqual(['2026-11-26 food']);
    expect(find({ text: 'butter toast' }).found).toEqual(['2024-03-01 food']);
    expect(find({ text: 'butter kimchi' }).total).toBe(0);
  });

  it('filters by kind and by tag, alone or with words', () => {
    expect(find({ kind: 'symptom' }).found).toEqual(['2026-11-26 symptom', '2024-03-01 symptom']);
    expect(find({ kind: 'sleep' }).found).toEqual(['2026-11-26 sleep']);
    expect(find({ tag: tagKey('GLUTEN') }).total).toBe(2);
    expect(find({ tag: tagKey('dairy'), text: 'butter' }).found).toEqual(['2024-03-01 food']);
    expect(find({ tag: tagKey('dairy'), kind: 'symptom' }).total).toBe(0);
  });

  it('counts all matches but returns only the newest `limit`', () => {
    expect(find({ kind: 'all', text: 't' }, 2)).toEqual({ total: 4, found: ['2026-11-26 sleep', '2026-11-26 food'] });
  });

  it('is inactive until something is typed or chosen', () => {
    expect(isActiveQuery(EMPTY_QUERY)).toBe(false);
    expect(isActiveQuery({ ...EMPTY_QUERY, text: '  ' })).toBe(false);
    expect(isActiveQuery({ ...EMPTY_QUERY, kind: 'bowel' })).toBe(true);
  });

  it('treats a hostile note as plain words', () => {
    const hostile = prepareItem(
      { type: 'entry', entry: entryAt('2026-11-26T09:00', { kind: 'note' }, '<img src=x onerror=alert(1)>') },
      '2026-11-26',
    );
    expect(search([[hostile]], { ...EMPTY_QUERY, text: 'onerror=alert(1)>' }, 5).total).toBe(1);
  });
});
