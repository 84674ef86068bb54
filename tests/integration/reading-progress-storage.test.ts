import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import guide from 'virtual:guide';
import { readingProgressItem } from '../../storage/items';
import { createGuideModel } from '../../models/guide-model';
import { EMPTY_PROGRESS } from '../../domain/reading-progress';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading progress in extension storage', () => {
  it('restores the section, scroll offset and read marks in a new panel', async () => {
    const first = createGuideModel(guide, readingProgressItem);
    await first.load();
    first.open('five-steps');
    first.saveScroll(640);
    first.toggleRead('introduction');
    await readingProgressItem.update((p) => p); // waits for the queued writes

    const reopened = createGuideModel(guide, readingProgressItem);
    await reopened.load();
    expect(reopened.current.value.id).toBe('five-steps');
    expect(reopened.progress.value.scrollTop).toBe(640);
    expect(reopened.readCount.value).toBe(1);
  });

  it('falls back to the start when the stored value is damaged', async () => {
    await fakeBrowser.storage.local.set({ readingProgress: { sectionId: 42, read: 'all' } });
    expect(await readingProgressItem.get()).toEqual(EMPTY_PROGRESS);
    const model = createGuideModel(guide, readingProgressItem);
    await model.load();
    expect(model.current.value.id).toBe('introduction');
  });

  it('opens the first section when the stored one no longer exists', async () => {
    await readingProgressItem.set({ sectionId: 'retired-section', scrollTop: 300, read: ['myths'] });
    const model = createGuideModel(guide, readingProgressItem);
    await model.load();
    expect(model.current.value.id).toBe('introduction');
    expect(model.progress.value.scrollTop).toBe(0);
    expect(model.readCount.value).toBe(1);
  });

  it('keeps read marks made at the same time in two open panels', async () => {
    const a = createGuideModel(guide, readingProgressItem);
    const b = createGuideModel(guide, readingProgressItem);
    await Promise.all([a.load(), b.load()]);
    a.toggleRead('myths');
    b.toggleRead('faqs');
    await readingProgressItem.update((p) => p);
    expect((await readingProgressItem.get()).read.sort()).toEqual(['faqs', 'myths']);
  });
});
