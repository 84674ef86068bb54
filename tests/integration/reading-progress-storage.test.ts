import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import guide from 'virtual:guide';
import { readingProgressItem } from '../../storage/items';
import { createGuideModel } from '../../models/guide-model';
import { EMPTY_PROGRESS } from '../../domain/reading-progress';
import { panelViewCopy, readingPlaceCopy } from '../../storage/reading-copy';

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

/** A page's localStorage, in memory. */
function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
}

describe("the reader's place in the page's synchronous copy", () => {
  it('opens a new panel at the place left, before storage is read', async () => {
    const local = memoryStorage();
    const first = createGuideModel(guide, readingProgressItem, readingPlaceCopy(local));
    expect(first.placeKnown).toBe(false); // the very first panel has no copy yet, and must wait for storage
    await first.load();
    first.open('five-steps');
    first.saveScroll(640);

    const reopened = createGuideModel(guide, readingProgressItem, readingPlaceCopy(local));
    expect(reopened.placeKnown).toBe(true);
    expect(reopened.current.value.id).toBe('five-steps');
    expect(reopened.progress.value.scrollTop).toBe(640);
  });

  it('leaves a copy after a first open that changed nothing, so the next panel need not wait for storage', async () => {
    const local = memoryStorage();
    const first = createGuideModel(guide, readingProgressItem, readingPlaceCopy(local));
    await first.load();
    const next = createGuideModel(guide, readingProgressItem, readingPlaceCopy(local));
    expect(next.placeKnown).toBe(true);
    expect(next.current.value.id).toBe('introduction');

    // And when storage holds another place than the default the copyless panel started on.
    const other = memoryStorage();
    await readingProgressItem.set({ sectionId: 'faqs', scrollTop: 30, read: [] });
    await createGuideModel(guide, readingProgressItem, readingPlaceCopy(other)).load();
    expect(readingPlaceCopy(other).read()).toEqual({ sectionId: 'faqs', scrollTop: 30, read: [] });
  });

  it('lets storage correct a copy that fell behind', async () => {
    const local = memoryStorage();
    readingPlaceCopy(local).write({ sectionId: 'myths', scrollTop: 0, read: [] });
    await readingProgressItem.set({ sectionId: 'faqs', scrollTop: 90, read: ['myths'] });
    const model = createGuideModel(guide, readingProgressItem, readingPlaceCopy(local));
    expect(model.current.value.id).toBe('myths');
    await model.load();
    expect(model.current.value.id).toBe('faqs');
    expect(readingPlaceCopy(local).read()?.sectionId).toBe('faqs');
  });

  it('does not draw the section again when storage holds the place the copy showed', async () => {
    const local = memoryStorage();
    const place = { sectionId: 'myths', scrollTop: 120, read: ['introduction'] };
    readingPlaceCopy(local).write(place);
    await readingProgressItem.set(place);
    const model = createGuideModel(guide, readingProgressItem, readingPlaceCopy(local));
    let changes = 0;
    const stop = model.progress.subscribe(() => changes++);
    await model.load();
    expect(changes).toBe(1); // the subscription's own first call: nothing changed
    model.toggleRead('myths'); // one change, and its echo from storage is not a second
    await readingProgressItem.get();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes).toBe(2);
    expect(model.progress.value.read).toEqual(['introduction', 'myths']);
    stop();
  });

  it('ignores a damaged copy or one naming a section the guide no longer has', () => {
    const damaged = memoryStorage();
    damaged.setItem('gutwise.readingProgress', '{"v":1,"value":{"sectionId":7}}');
    expect(createGuideModel(guide, readingProgressItem, readingPlaceCopy(damaged)).placeKnown).toBe(false);

    const retired = memoryStorage();
    readingPlaceCopy(retired).write({ sectionId: 'retired-section', scrollTop: 300, read: [] });
    expect(createGuideModel(guide, readingProgressItem, readingPlaceCopy(retired)).current.value.id).toBe('introduction');
  });

  it('remembers the view last left open', () => {
    const local = memoryStorage();
    expect(panelViewCopy(local).read()).toBeUndefined();
    panelViewCopy(local).write('journal');
    expect(panelViewCopy(local).read()).toBe('journal');
    local.setItem('gutwise.panelView', '{"v":1,"value":"settings"}');
    expect(panelViewCopy(local).read()).toBeUndefined();
  });
});
