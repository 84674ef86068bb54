/**
 * Two windows (or the popup and the side panel) working on the same records: an edit keeps what the other
 * changed in another field, a move is one write, a delete of a copy moved or changed elsewhere and its Undo
 * never bring back a stale copy or store one id twice, and an Undo refuses to write over a later change.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asNewEntry, reviseEntry, type JournalEntry } from '../../../domain/journal-entry';
import { mergeEdit } from '../../../domain/journal-edit';
import { createJournalStore } from '../../../storage/journal-store';
import { browserArea, type KeyValueArea } from '../../../storage/key-value-area';
import { inProcessLock } from '../../../storage/locks';
import { createSymptomLogStore } from '../../../storage/symptom-log-store';
import { entryInput, makeJournalStore } from '../../support/journal-store-fixture';
import { input, makeStore } from '../../support/log-store-fixture';
import { zoneClock } from '../../support/zone-clock';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Every stored copy of `id`, across all days of both parts. */
async function copiesOf(id: string): Promise<string[]> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.entries(all).flatMap(([key, value]) =>
    (
      (value as { logs?: { id: string }[]; entries?: { id: string }[] }).logs ??
      (value as { entries?: { id: string }[] }).entries ??
      []
    )
      .filter((stored) => stored?.id === id)
      .map(() => key),
  );
}

/** The browser's area, whose `failOn`-th write (counting from when it is armed) fails as a full disk does. */
function failingArea(): { area: KeyValueArea; arm(failOn: number): void } {
  const area = browserArea();
  let writes = Number.NEGATIVE_INFINITY;
  let failOn = 0;
  const fail = () => {
    writes += 1;
    if (writes === failOn) throw new Error('QUOTA_BYTES quota exceeded');
  };
  return {
    area: { ...area, set: async (items) => (fail(), area.set(items)), remove: async (keys) => (fail(), area.remove(keys)) },
    arm(n) {
      writes = 0;
      failOn = n;
    },
  };
}

describe('two windows editing one journal entry', () => {
  it('keep both changes when they edit different fields', async () => {
    const { store: windowA, clock } = makeJournalStore();
    const { store: windowB } = makeJournalStore({ clock });
    const entry = await windowA.add(entryInput(clock, { kind: 'sleep', hours: 7, quality: 3 }, 60, 'woke twice'));
    // Both opened the entry's editor on the same copy; A changes the note, B the hours.
    await windowA.update(entry, { ...asNewEntry(entry), note: 'woke twice, back pain' });
    const saved = await windowB.update(entry, { ...asNewEntry(entry), details: { kind: 'sleep', hours: 6.5, quality: 3 } });
    expect(saved).toMatchObject({ note: 'woke twice, back pain', hours: 6.5, quality: 3 });
    expect(await windowA.listDay('2026-11-26')).toEqual([saved]);
  });

  it('keep a food added elsewhere when one window removes another food', async () => {
    const { store: windowA, clock } = makeJournalStore();
    const { store: windowB } = makeJournalStore({ clock });
    const entry = await windowA.add(entryInput(clock, { kind: 'food', tags: ['oats', 'milk'] }, 30));
    await windowA.update(entry, { ...asNewEntry(entry), details: { kind: 'food', tags: ['oats', 'milk', 'honey'] } });
    const saved = await windowB.update(entry, { ...asNewEntry(entry), details: { kind: 'food', tags: ['oats'] } });
    expect(saved).toMatchObject({ tags: ['oats', 'honey'] });
  });
});

describe('moving a record to another day', () => {
  for (const failOn of [1, 2]) {
    it(`never stores it twice, even when write ${failOn} of the move fails`, async () => {
      const clock = zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
      const failing = failingArea();
      const journal = createJournalStore({ area: failing.area, lock: inProcessLock, clock, newId: () => 'moving-entry' });
      const logs = createSymptomLogStore({ area: failing.area, lock: inProcessLock, clock, newId: () => 'moving-log' });
      const entry = await journal.add(entryInput(clock, { kind: 'note' }, 10, 'to move'));
      const [log] = await logs.add([input(clock, 'fatigue', 2, 10)]);
      const yesterday = { epochMs: Date.parse(entry.at) - 86_400_000, offsetMin: entry.offsetMin };
      failing.arm(failOn);
      await journal.update(entry, { ...asNewEntry(entry), moment: yesterday }).catch(() => undefined);
      failing.arm(failOn);
      await logs.update(log!, { moment: yesterday }).catch(() => undefined);
      expect(await copiesOf('moving-entry')).toHaveLength(1);
      expect(await copiesOf('moving-log')).toHaveLength(1);
    });
  }
});

describe('a delete and its Undo', () => {
  it('of a copy another window moved to another day deletes nothing, so there is nothing to undo', async () => {
    const { store: windowA, clock } = makeJournalStore();
    const { store: windowB } = makeJournalStore({ clock });
    const entry = await windowA.add(entryInput(clock, { kind: 'note' }, 10, 'moved'));
    await windowB.update(entry, {
      ...asNewEntry(entry),
      moment: { epochMs: Date.parse(entry.at) - 86_400_000, offsetMin: entry.offsetMin },
    });
    expect(await windowA.remove(entry)).toBeUndefined();
    expect(await copiesOf(entry.id)).toEqual(['journal:2026-11-25']);
  });

  it('a second Undo, or one of a record put back meanwhile, writes nothing and says so', async () => {
    const { store: windowA, clock } = makeJournalStore();
    const { store: windowB } = makeJournalStore({ clock });
    const entry = await windowA.add(entryInput(clock, { kind: 'note' }, 10, 'twice'));
    const removed = await windowA.remove(entry);
    await windowB.restore([removed!]);
    await expect(windowA.restore([removed!])).rejects.toMatchObject({ code: 'changed' });
    expect(await copiesOf(entry.id)).toHaveLength(1);
  });

  it('of a copy another window edited puts back the edited copy, never the stale one', async () => {
    const { store: windowA, clock } = makeJournalStore();
    const { store: windowB } = makeJournalStore({ clock });
    const entry = await windowA.add(entryInput(clock, { kind: 'note' }, 10, 'first words'));
    clock.advance(1000);
    const edited = await windowB.update(entry, { ...asNewEntry(entry), note: 'better words' });
    const removed = await windowA.remove(entry);
    expect(removed).toEqual(edited);
    await windowA.restore([removed!]);
    expect(await windowA.listDay('2026-11-26')).toEqual([edited]);
  });

  it('of a symptom log another window edited puts back the edited copy', async () => {
    const { store: windowA, clock } = makeStore();
    const { store: windowB } = makeStore({ clock });
    const [log] = await windowA.add([input(clock, 'fatigue', 2, 5, 'tired')]);
    clock.advance(1000);
    const edited = await windowB.update(log!, { severity: 3 });
    const removed = await windowA.remove(log!);
    expect(removed).toEqual(edited);
    await windowA.restore([removed!]);
    expect(await windowA.listDay('2026-11-26')).toEqual([edited]);
  });
});

describe('Undo of an edit', () => {
  it('is refused when another window changed the entry since, and writes nothing', async () => {
    const { store: windowA, clock } = makeJournalStore();
    const { store: windowB } = makeJournalStore({ clock });
    const entry: JournalEntry = await windowA.add(entryInput(clock, { kind: 'stress', level: 2 }, 10, 'work'));
    clock.advance(1000);
    const mine = { ...asNewEntry(entry), details: { kind: 'stress' as const, level: 3 as const } };
    const saved = await windowA.update(entry, mine);
    clock.advance(1000);
    const theirs = await windowB.update(saved, { ...asNewEntry(saved), note: 'work, deadline' });
    const undo = mergeEdit(reviseEntry(saved, mine, 0), asNewEntry(entry), saved);
    await expect(windowA.update(saved, undo, { ifUnchanged: true })).rejects.toMatchObject({ code: 'changed' });
    expect(await windowA.listDay('2026-11-26')).toEqual([theirs]);
  });

  it('of a symptom log is refused when another window changed it since', async () => {
    const { store: windowA, clock } = makeStore();
    const { store: windowB } = makeStore({ clock });
    const [log] = await windowA.add([input(clock, 'fatigue', 2, 5)]);
    clock.advance(1000);
    const saved = await windowA.update(log!, { severity: 3 });
    clock.advance(1000);
    const theirs = await windowB.update(saved, { note: 'after the walk' });
    await expect(windowA.update(saved, { severity: 2 }, { ifUnchanged: true })).rejects.toMatchObject({ code: 'changed' });
    expect(await windowA.listDay('2026-11-26')).toEqual([theirs]);
  });
});

describe('after the clock moved back a few minutes', () => {
  it('an edit of only the note of a log just made is saved, not refused as "in the future"', async () => {
    const { store, clock } = makeStore();
    const [log] = await store.add([input(clock, 'bloating', 2)]);
    clock.advance(-5 * 60_000);
    const saved = await store.update(log!, {
      symptomId: log!.symptomId,
      severity: log!.severity,
      note: 'after lunch',
      moment: { epochMs: Date.parse(log!.at), offsetMin: log!.offsetMin },
    });
    expect(saved.note).toBe('after lunch');
    // A new time later than the moved clock is still refused.
    await expect(store.update(saved, { moment: { epochMs: clock.now() + 4 * 60_000, offsetMin: 60 } })).rejects.toMatchObject({
      code: 'invalid',
      detail: 'future',
    });
  });

  it('an edit of only the note of a journal entry just made is saved', async () => {
    const { store, clock } = makeJournalStore();
    const entry = await store.add(entryInput(clock, { kind: 'bowel', bristol: 4 }));
    clock.advance(-5 * 60_000);
    const saved = await store.update(entry, { ...asNewEntry(entry), note: 'normal' });
    expect(saved.note).toBe('normal');
  });
});
