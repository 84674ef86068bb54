import { describe, expect, it } from 'vitest';
import { readingSnapshot } from '../../storage/reading-snapshot';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

const place = { view: 'guide' as const, progress: { sectionId: 'myths', scrollTop: 120, read: ['introduction'] } };

describe('page snapshots', () => {
  it('give back what was written', () => {
    const store = memoryStorage();
    readingSnapshot(store).write(place);
    expect(readingSnapshot(store).read()).toEqual(place);
  });

  it('ignore a damaged, foreign or older copy', () => {
    for (const raw of ['not json', '{"v":2,"value":{}}', '{"v":1,"value":{"view":"settings","progress":{}}}', '{"v":1}']) {
      expect(readingSnapshot(memoryStorage({ 'gutwise.reading': raw })).read(), raw).toBeUndefined();
    }
  });

  it('never throw when localStorage is full or missing', () => {
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => readingSnapshot(full).write(place)).not.toThrow();
    expect(readingSnapshot(undefined as never).read()).toBeUndefined();
  });
});
