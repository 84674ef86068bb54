import { describe, expect, it } from 'vitest';
import { countRead, EMPTY_PROGRESS, sameProgress, setRead, validateReadingProgress } from '../../domain/reading-progress';

describe('reading progress', () => {
  it('marks and unmarks sections read without duplicates', () => {
    let progress = setRead(EMPTY_PROGRESS, 'myths', true);
    progress = setRead(progress, 'myths', true);
    progress = setRead(progress, 'faqs', true);
    expect(progress.read).toEqual(['myths', 'faqs']);
    expect(setRead(progress, 'myths', false).read).toEqual(['faqs']);
  });

  it('tells an equal place from a changed one', () => {
    const place = { sectionId: 'myths', scrollTop: 40, read: ['a', 'b'] };
    expect(sameProgress(place, { ...place, read: ['a', 'b'] })).toBe(true);
    expect(sameProgress(place, { ...place, scrollTop: 41 })).toBe(false);
    expect(sameProgress(place, { ...place, sectionId: 'faqs' })).toBe(false);
    expect(sameProgress(place, { ...place, read: ['b', 'a'] })).toBe(false);
    expect(sameProgress(place, { ...place, read: ['a'] })).toBe(false);
  });

  it('counts only sections that exist', () => {
    const progress = { ...EMPTY_PROGRESS, read: ['myths', 'removed-section'] };
    expect(countRead(progress, ['myths', 'faqs'])).toBe(1);
  });

  it('rejects stored values of the wrong shape', () => {
    for (const bad of [
      null,
      42,
      'x',
      {},
      { sectionId: '', scrollTop: 0, read: [] },
      { sectionId: 'a', scrollTop: -1, read: [] },
      { sectionId: 'a', scrollTop: Number.NaN, read: [] },
      { sectionId: 'a', scrollTop: 0, read: [1] },
    ]) {
      expect(validateReadingProgress(bad)).toBeUndefined();
    }
  });

  it('accepts a good value and drops repeated ids', () => {
    expect(validateReadingProgress({ sectionId: 'a', scrollTop: 12, read: ['a', 'a'] })).toEqual({
      sectionId: 'a',
      scrollTop: 12,
      read: ['a'],
    });
  });
});
