import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JournalStoreError } from '../../../storage/journal-store';
import { JOURNAL_DAY_VERSION } from '../../../storage/journal-days';
import { entryInput, makeJournalStore } from '../../support/journal-store-fixture';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const everything = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

describe('journal store', () => {
  it("saves an entry under its local day's key in the documented shape", async () => {
    const { store, clock } = makeJournalStore();
    const entry = await store.add(entryInput(clock, { kind: 'food', tags: ['gluten', 'dairy'] }, 30, 'pizza'));
    expect(await stored('journal:2026-11-26')).toEqual({
      v: JOURNAL_DAY_VERSION,
      entries: [
        {
          id: entry.id,
          kind: 'food',
          tags: ['gluten', 'dairy'],
          at: '2026-11-26T12:30:00.000Z',
          offsetMin: 60,
          note: 'pizza',
          createdAt: '2026-11-26T13:00:00.000Z',
          updatedAt: '2026-11-26T13:00:00.000Z',
        },
      ],
    });
    expect(await store.listDays()).toEqual(['2026-11-26']);
  });

  it('lists a day oldest first, whatever order entries were written in', async () => {
    const { store, clock } = makeJournalStore();
    await store.add(entryInput(clock, { kind: 'stress', level: 2 }, 10));
    await store.add(entryInput(clock, { kind: 'sleep', hours: 7, quality: 4 }, 300));
    await store.add(entryInput(clock, { kind: 'bowel', bristol: 4 }, 60));
    expect((await store.listDay('2026-11-26')).map((e) => e.kind)).toEqual(['sleep', 'bowel', 'stress']);
  });

  it('writes nothing for a bad input and says what is wrong', async () => {
    const { store, clock } = makeJournalStore();
    const before = await everything();
    for (const [details, note, detail] of [
      [{ kind: 'food', tags: [] }, '', 'foodEmpty'],
      [{ kind: 'stress', level: 9 }, '', 'level'],
      [{ kind: 'note' }, ' ', 'noteEmpty'],
    ] as const) {
      await expect(store.add(entryInput(clock, details as never, 0, note))).rejects.toMatchObject({ code: 'invalid', detail });
    }
    await expect(store.add(entryInput(clock, { kind: 'note' }, -10, 'from the future'))).rejects.toMatchObject({
      code: 'invalid',
      detail: 'future',
    });
    expect(await everything()).toBe(before);
  });

  it('edits in place, keeping id and creation time, and moves an entry whose day changes', async () => {
    const { store, clock } = makeJournalStore();
    const entry = await store.add(entryInput(clock, { kind: 'food', tags: ['oats'] }));
    clock.advance(60_000);
    const edited = await store.update(entry, entryInput(clock, { kind: 'food', tags: ['oats', 'honey'] }, 1, 'porridge'));
    expect(edited).toMatchObject({
      id: entry.id,
      createdAt: entry.createdAt,
      tags: ['oats', 'honey'],
      note: 'porridge',
      updatedAt: '2026-11-26T13:01:00.000Z',
    });
    expect(await store.listDay('2026-11-26')).toEqual([edited]);
    const moved = await store.update(edited, {
      ...entryInput(clock, { kind: 'food', tags: ['oats'] }),
      moment: { epochMs: Date.parse('2026-11-24T07:00:00Z'), offsetMin: 60 },
    });
    expect(await store.listDay('2026-11-26')).toEqual([]);
    expect(await store.listDay('2026-11-24')).toEqual([moved]);
    expect(await store.listDays()).toEqual(['2026-11-24']);
  });

  it("deletes, and undo puts the very same entry back; the last one gone removes the day's key", async () => {
    const { store, clock } = makeJournalStore();
    const a = await store.add(entryInput(clock, { kind: 'note' }, 5, 'first'));
    const b = await store.add(entryInput(clock, { kind: 'note' }, 1, 'second'));
    expect(await store.remove(a)).toEqual(a);
    expect(await store.remove(a)).toBeUndefined();
    await store.restore([a]);
    // Already back: a second Undo writes nothing and says so.
    await expect(store.restore([a])).rejects.toMatchObject({ code: 'changed' });
    expect(await store.listDay('2026-11-26')).toEqual([a, b]);
    await store.remove(a);
    await store.remove(b);
    expect(await stored('journal:2026-11-26')).toBeUndefined();
  });

  it('refuses to edit an entry deleted elsewhere', async () => {
    const { store, clock } = makeJournalStore();
    const entry = await store.add(entryInput(clock, { kind: 'note' }, 0, 'x'));
    await makeJournalStore({ clock }).store.remove(entry);
    await expect(store.update(entry, entryInput(clock, { kind: 'note' }, 0, 'y'))).rejects.toBeInstanceOf(JournalStoreError);
    expect(await store.listDays()).toEqual([]);
  });

  it('never drops a damaged stored entry when writing its day, and leaves it out of the list', async () => {
    const { store, clock } = makeJournalStore();
    const damaged = { id: 'old', kind: 'food', tags: 'not a list', at: 'yesterday' };
    await fakeBrowser.storage.local.set({ 'journal:2026-11-26': { v: 1, entries: [damaged] } });
    const entry = await store.add(entryInput(clock, { kind: 'stress', level: 1 }));
    expect(((await stored('journal:2026-11-26')) as { entries: unknown[] }).entries).toEqual([damaged, entry]);
    expect(await store.listDay('2026-11-26')).toEqual([entry]);
    await store.remove(entry);
    expect(await stored('journal:2026-11-26')).toEqual({ v: 1, entries: [damaged] });
  });

  it('will not write over a day it cannot read, or one from a newer version', async () => {
    const { store, clock } = makeJournalStore();
    await fakeBrowser.storage.local.set({
      'journal:2026-11-26': 'garbage',
      'journal:2026-11-25': { v: 99, entries: [], more: 'x' },
    });
    const before = await everything();
    await expect(store.add(entryInput(clock, { kind: 'note' }, 0, 'x'))).rejects.toMatchObject({ code: 'unreadableDay' });
    await expect(store.add(entryInput(clock, { kind: 'note' }, 24 * 60, 'x'))).rejects.toMatchObject({ code: 'newerDay' });
    expect(await everything()).toBe(before);
    expect(await store.listDay('2026-11-26')).toEqual([]);
  });

  it('tells a watcher about every change to its day, from any writer', async () => {
    const { store, clock } = makeJournalStore();
    const other = makeJournalStore({ clock }).store;
    const seen: string[][] = [];
    const stop = store.watchDay('2026-11-26', (entries) => seen.push(entries.map((e) => e.note)));
    const a = await other.add(entryInput(clock, { kind: 'note' }, 0, 'a'));
    await other.add(entryInput(clock, { kind: 'note' }, 0, 'b'));
    await other.remove(a);
    stop();
    await other.add(entryInput(clock, { kind: 'note' }, 0, 'c'));
    expect(seen).toEqual([['a'], ['a', 'b'], ['b']]);
  });
});
