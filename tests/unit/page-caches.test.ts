import { describe, expect, it } from 'vitest';
import { clearPageCaches } from '../../storage/page-caches';

/** A Web Storage in memory. */
function memoryStorage(entries: Record<string, string>) {
  const data = new Map(Object.entries(entries));
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

describe('clearPageCaches', () => {
  it('removes every Gutwise copy of stored values (plan, symptom list) and nothing else', () => {
    const store = memoryStorage({ 'gutwise.plan': '{"v":1}', 'gutwise.symptomList': '{"v":1}', other: 'x' });
    clearPageCaches(store);
    expect([...store.data.keys()]).toEqual(['other']);
  });
});
