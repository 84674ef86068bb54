import { beforeEach, describe, expect, it, vi } from 'vitest';
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
const migrations = {
  2: vi.fn((old: string) => {
    const [first = '', ...rest] = old.split(' ');
    return { first, last: rest.join(' ') };
  }),
};
const defineName = () =>
  defineValidatedItem<NameV2>('local:name', { fallback: { first: '', last: '' }, version: 2, migrations, validate });

beforeEach(() => {
  fakeBrowser.reset();
  migrations[2].mockClear();
});

describe('defineValidatedItem', () => {
  it('reads the fallback when nothing is stored, and writes nothing to read it', async () => {
    expect(await defineName().get()).toEqual({ first: '', last: '' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('upgrades a v1 value on first read, writes it back once, and keeps the layout of earlier builds', async () => {
    await fakeBrowser.storage.local.set({ name: 'Ada King Lovelace', name$: { v: 1 } });
    const [a, b] = [defineName(), defineName()];
    expect(await Promise.all([a.get(), b.get()])).toEqual([
      { first: 'Ada', last: 'King Lovelace' },
      { first: 'Ada', last: 'King Lovelace' },
    ]);
    expect(migrations[2]).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ name: { first: 'Ada', last: 'King Lovelace' }, name$: { v: 2 } });
  });

  it('treats a value without version metadata as version 1', async () => {
    await fakeBrowser.storage.local.set({ name: 'Grace Hopper' });
    expect(await defineName().get()).toEqual({ first: 'Grace', last: 'Hopper' });
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
