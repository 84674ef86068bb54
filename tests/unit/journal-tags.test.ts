import { describe, expect, it } from 'vitest';
import { addTags, checkTags, countTags, splitTagText, suggestTags, tagKey } from '../../domain/journal-tags';

const uses = (...entries: [string, string[]][]) => countTags(entries.map(([at, tags]) => ({ at, tags })));

describe('typing tags', () => {
  it('splits at commas, semicolons and line breaks, trimming and collapsing spaces', () => {
    expect(splitTagText(' gluten,  dairy ;greek   yogurt\n, ')).toEqual(['gluten', 'dairy', 'greek yogurt']);
  });

  it('adds only tags not there yet, ignoring case and accents', () => {
    expect(addTags(['Café au lait', 'rice'], ['cafe au lait', 'RICE', 'kimchi', 'kimchi'])).toEqual([
      'Café au lait',
      'rice',
      'kimchi',
    ]);
    expect(tagKey('  Crème   Fraîche ')).toBe('creme fraiche');
  });

  it('refuses separators inside a tag, empty tags and repeats', () => {
    expect(checkTags(['a;b'])).toBe('tagInvalid');
    expect(checkTags(['  '])).toBe('tagInvalid');
    expect(checkTags(['Kimchi', 'kimchi'])).toBe('tagInvalid');
    expect(checkTags(['kimchi', 'rice'])).toBeUndefined();
  });
});

describe('tag suggestions from history', () => {
  const history = uses(
    ['2026-01-01T08:00:00.000Z', ['gluten', 'dairy']],
    ['2026-01-02T08:00:00.000Z', ['Gluten', 'greek yogurt']],
    ['2026-01-03T08:00:00.000Z', ['gluten', 'garlic']],
    ['2026-01-04T08:00:00.000Z', ['sauerkraut', 'plain yogurt']],
    ['2026-01-05T08:00:00.000Z', ['ginger']],
  );

  it('counts each tag once per use, under its latest spelling', () => {
    expect(history.get('gluten')).toMatchObject({ label: 'gluten', count: 3, last: '2026-01-03T08:00:00.000Z' });
  });

  it('offers tags starting with what is typed first, most used first, then tags with a word starting with it', () => {
    expect(suggestTags(history, 'g', []).map((t) => t.label)).toEqual(['gluten', 'ginger', 'garlic', 'greek yogurt']);
    expect(suggestTags(history, 'yog', []).map((t) => t.label)).toEqual(['plain yogurt', 'greek yogurt']);
    expect(suggestTags(history, 'GLU', []).map((t) => t.label)).toEqual(['gluten']);
  });

  it('leaves out tags already chosen, and offers the most used when nothing is typed', () => {
    expect(suggestTags(history, 'g', ['Gluten']).map((t) => t.label)).toEqual(['ginger', 'garlic', 'greek yogurt']);
    expect(suggestTags(history, '', [], 2).map((t) => t.label)).toEqual(['gluten', 'ginger']);
  });

  it("offers the guide's foods too, after the user's own and marked as the guide's, never twice", () => {
    const guide = ['gluten', 'green tea', 'kefir', 'greens'];
    const offered = suggestTags(history, 'g', [], 8, guide);
    expect(offered.map((t) => [t.label, t.fromGuide === true])).toEqual([
      ['gluten', false],
      ['ginger', false],
      ['garlic', false],
      ['greek yogurt', false],
      ['green tea', true],
      ['greens', true],
    ]);
    expect(suggestTags(history, 'kef', [], 8, guide).map((t) => [t.label, t.fromGuide])).toEqual([['kefir', true]]);
    expect(suggestTags(history, 'kef', ['Kefir'], 8, guide)).toEqual([]);
  });

  it('suggests nothing for a word the history does not have', () => {
    expect(suggestTags(history, 'quinoa', [])).toEqual([]);
  });
});
