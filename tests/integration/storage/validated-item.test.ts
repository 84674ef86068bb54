import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineValidatedItem } from '../../../storage/validated-item';

interface NameV2 {
  first: string;
  last: string;
}
const validate = (v: unknown) => {
  const o = v as Partial<NameV2> | null;
  return o && typeof o.first === 'string' && typeof o.last === 'string' ? { first: o.first, last: o.last } : undefined;
};
// Version 2: written with its version key beside it, in the layout @wxt-dev/storage used.
const defineName = () => defineValidatedItem<NameV2>('local:name', { fallback: { first: '', last: '' }, version: 2, validate });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defineValidatedItem', () => {
  it('reads the fallback when nothing is stored, and writes nothing to read it', async () => {
    expect(await defineName().get()).toEqual({ first: '', last: '' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('falls back, without touching storage, when the stored value has the wrong shape', async () => {
    await fakeBrowser.storage.local.set({ name: { first: 7 }, name$: { v: 2 } });
    expect(await defineName().get()).toEqual({ first: '', last: '' });
    expect((await fakeBrowser.storage.local.get('name')).name).toEqual({ first: 7 });
  });

  it('keeps every concurrent update', async () => {
    const counter = defineValidatedItem<number>('local:count', {
      fallback: 0,
      version: 1,
      validate: (v) => (typeof v === 'number' ? v : undefined),
    });
    await Promise.all(Array.from({ length: 50 }, () => counter.update((n) => n + 1)));
    expect(await counter.get()).toBe(50);
  });

  it('tells watchers about changes from any writer, and about removal', async () => {
    const item = defineName();
    const seen: NameV2[] = [];
    const stop = item.watch((value) => seen.push(value));
    await item.set({ first: 'Mary', last: 'Somerville' });
    await item.remove();
    stop();
    await item.set({ first: 'Not', last: 'Seen' });
    expect(seen).toEqual([
      { first: 'Mary', last: 'Somerville' },
      { first: '', last: '' },
    ]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ name: { first: 'Not', last: 'Seen' }, name$: { v: 2 } });
  });
});
