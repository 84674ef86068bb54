import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { signal } from '@preact/signals';
import { asNewEntry } from '../../../domain/journal-entry';
import { emptyForm, formFromEntry, type EntryForm } from '../../../domain/journal-form';
import { EMPTY_QUERY } from '../../../domain/journal-search';
import { addDays } from '../../../domain/local-date';
import { recordOf, mergeTimeline } from '../../../domain/journal-timeline';
import { browserChangeFeed } from '../../../storage/change-feed';
import { browserArea, type KeyValueArea } from '../../../storage/key-value-area';
import { journalDayKey, journalDayValue } from '../../../storage/journal-days';
import { createJournalModel, type JournalModel } from '../../../models/journal-model';
import { TIMELINE_MAX } from '../../../models/journal-timeline-model';
import { INDEX_CHUNK_DAYS } from '../../../models/journal-index';
import { DRAFT_DELAY_MS } from '../../../models/journal-composer-model';
import { localEditDrafts } from '../../../storage/edit-drafts';
import { EDIT_DRAFT_PREFIX } from '../../../storage/keys';
import { memoryStorage } from '../../support/memory-storage';
import { entryInput, makeJournalStore } from '../../support/journal-store-fixture';
import { input, makeStore } from '../../support/log-store-fixture';
import { zoneClock, type TestClock } from '../../support/zone-clock';
import { entryAt, food } from '../../support/journal-fixture';
import { manualTimers } from '../../support/manual-timers';

beforeEach(() => {
  fakeBrowser.reset();
});

/** A draft store in memory, shared between "visits" like storage is. */
function memoryDraft() {
  const box = { value: null as EntryForm | null, writes: 0 };
  return {
    box,
    store: { get: async () => box.value, set: async (value: EntryForm | null) => void ((box.value = value), box.writes++) },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function makeModel(
  options: {
    local?: ReturnType<typeof memoryStorage>;
    clock?: TestClock;
    draft?: ReturnType<typeof memoryDraft>;
    names?: Record<string, string>;
    area?: KeyValueArea;
    idle?: () => Promise<void>;
    guideFoods?: string[];
  } = {},
) {
  const clock = options.clock ?? zoneClock('Europe/Berlin', '2026-11-26T13:00:00Z');
  const { store: journal } = makeJournalStore({ clock });
  const { store: logs } = makeStore({ clock });
  const timers = manualTimers();
  const draft = options.draft ?? memoryDraft();
  const names = signal(options.names ?? { bloating: 'Bloating', fatigue: 'Fatigue' });
  const model = createJournalModel({
    journal,
    logs,
    area: options.area ?? browserArea(),
    feed: browserChangeFeed(fakeBrowser.storage.local),
    clock,
    timers,
    draft: draft.store,
    editDrafts: localEditDrafts(options.local ?? memoryStorage()),
    symptomName: (id) => names.value[id] ?? id,
    symptomNames: names,
    idle: options.idle,
    guideFoods: options.guideFoods,
  });
  return { model, journal, logs, clock, timers, draft, names };
}

const shownDays = (model: JournalModel) => model.timeline.shown.value.map((d) => d.day);
const shownToday = (model: JournalModel) => {
  const data = model.timeline.shown.value[0]!.data!;
  return mergeTimeline(data.entries, data.logs).map((item) =>
    item.type === 'entry' ? `${item.entry.kind}:${item.entry.note}` : `log:${item.log.symptomId}`,
  );
};

describe('the journal timeline', () => {
  it('shows today with entries and symptom logs merged in time order', async () => {
    const { model, journal, logs, clock } = makeModel();
    await journal.add(entryInput(clock, { kind: 'food', tags: ['bread'] }, 90, 'lunch'));
    await logs.add([input(clock, 'bloating', 2, 30)]);
    await journal.add(entryInput(clock, { kind: 'stress', level: 3 }, 10, 'call'));
    await model.start();
    expect(model.timeline.selected.value).toBe('2026-11-26');
    expect(shownToday(model)).toEqual(['food:lunch', 'log:bloating', 'stress:call']);
  });

  it('shows today before it reads which other days have content, and reads that when the page is idle', async () => {
    let becomeIdle = () => {};
    const idle = () => new Promise<void>((resolve) => (becomeIdle = resolve));
    const { model, journal, clock } = makeModel({ idle });
    await journal.add(entryInput(clock, { kind: 'food', tags: ['bread'] }, 90, 'lunch'));
    await fakeBrowser.storage.local.set({
      [journalDayKey('2026-10-02')]: journalDayValue([entryAt('2026-10-02T09:00', food('oats'))]),
    });
    const started = model.start();
    await vi.waitFor(() => expect(model.timeline.shown.value[0]?.data).toBeDefined());
    expect(shownToday(model)).toEqual(['food:lunch']);
    expect(model.timeline.daysWithContent.value.has('2026-10-02')).toBe(false);
    becomeIdle();
    await started;
    expect(model.timeline.daysWithContent.value.has('2026-10-02')).toBe(true);
  });

  it('renders a window of older days, never all of history, and moves it back and forth', async () => {
    const { model, clock } = makeModel();
    const items: Record<string, unknown> = {};
    for (let i = 1; i <= 120; i++) {
      const day = addDays('2026-11-26', -i);
      items[journalDayKey(day)] = journalDayValue([entryAt(`${day}T09:00`, food('oats'))]);
    }
    await fakeBrowser.storage.local.set(items);
    void clock;
    await model.start();
    expect(shownDays(model)).toEqual(['2026-11-26']);
    await model.timeline.older();
    expect(shownDays(model).slice(0, 3)).toEqual(['2026-11-26', '2026-11-25', '2026-11-24']);
    expect(model.timeline.shown.value.every((d) => d.data)).toBe(true);
    for (let i = 0; i < 10; i++) await model.timeline.older();
    expect(shownDays(model).length).toBeLessThanOrEqual(TIMELINE_MAX);
    expect(model.timeline.hasNewer.value).toBe(true);
    for (let i = 0; i < 20; i++) await model.timeline.older();
    expect(shownDays(model).at(-1)).toBe(addDays('2026-11-26', -120));
    expect(model.timeline.hasOlder.value).toBe(false);
    await model.timeline.select('2026-08-01');
    expect(shownDays(model)).toEqual(['2026-08-01']);
    await model.timeline.older();
    expect(shownDays(model)[0]).toBe('2026-08-01');
    expect(shownDays(model)[1]).toBe('2026-07-31');
  });

  it("follows other writers live: a popup log, an entry on an older day in view, a day's first entry", async () => {
    const { model, clock } = makeModel();
    const popup = makeStore({ clock, prefix: 'popup' }).store;
    const otherPanel = makeJournalStore({ clock, prefix: 'other' }).store;
    await otherPanel.add(entryInput(clock, { kind: 'note' }, 3 * 24 * 60, 'three days ago'));
    await model.start();
    await model.timeline.older();
    await popup.add([input(clock, 'fatigue', 3)]);
    await settle();
    expect(shownToday(model)).toEqual(['log:fatigue']);
    await otherPanel.add(entryInput(clock, { kind: 'note' }, 2 * 24 * 60, 'two days ago'));
    await settle();
    expect(shownDays(model)).toEqual(['2026-11-26', '2026-11-24', '2026-11-23']);
    expect(model.timeline.shown.value[1]!.data!.entries.map((e) => e.note)).toEqual(['two days ago']);
    expect(model.timeline.daysWithContent.value.has('2026-11-24')).toBe(true);
    const [log] = await popup.listDay('2026-11-26');
    await popup.remove(log!);
    await settle();
    expect(shownToday(model)).toEqual([]);
    expect(model.timeline.daysWithContent.value.has('2026-11-26')).toBe(false);
  });
});

describe('search and tags across all history', () => {
  it('finds entries and logs of any year, and keeps up with changes', async () => {
    const { model, journal, logs, clock } = makeModel();
    await fakeBrowser.storage.local.set({
      [journalDayKey('2021-02-03')]: journalDayValue([entryAt('2021-02-03T08:00', food('Gluten', 'dairy'), 'croissant')]),
    });
    await journal.add(entryInput(clock, { kind: 'food', tags: ['gluten'] }, 60, 'toast'));
    await logs.add([input(clock, 'bloating', 3, 10, 'after toast')]);
    await model.start();
    expect(model.results.value).toBeNull();
    model.query.value = { ...EMPTY_QUERY, text: 'toast' };
    await model.index.ensure();
    expect(model.results.value!.items.map((p) => p.kind)).toEqual(['symptom', 'food']);
    model.query.value = { ...EMPTY_QUERY, text: 'croissant' };
    expect(model.results.value!.items.map((p) => p.day)).toEqual(['2021-02-03']);
    model.query.value = { ...EMPTY_QUERY, tag: 'gluten' };
    expect(model.results.value!.total).toBe(2);
    model.query.value = { ...EMPTY_QUERY, kind: 'symptom', text: 'bloating' };
    expect(model.results.value!.total).toBe(1);
    await logs.add([input(clock, 'bloating', 1, 0, 'again')]);
    await settle();
    expect(model.results.value!.total).toBe(2);
  });

  it('reads history newest first: recent results show before older years are read, and nothing changed meanwhile is lost', async () => {
    const items: Record<string, unknown> = {};
    for (let i = 1; i <= 3 * INDEX_CHUNK_DAYS; i++) {
      const day = addDays('2026-11-26', -i);
      items[journalDayKey(day)] = journalDayValue([entryAt(`${day}T09:00`, food('kimchi'), `day ${i}`)]);
    }
    await fakeBrowser.storage.local.set(items);
    // Each bulk read waits until the test lets it through.
    const base = browserArea();
    const waiting: (() => void)[] = [];
    const gated: KeyValueArea = {
      ...base,
      get: async (keys) =>
        keys.length > 40 ? new Promise<void>((go) => waiting.push(go)).then(() => base.get(keys)) : base.get(keys),
    };
    const { model, journal, clock } = makeModel({ area: gated });
    await model.start();
    model.query.value = { ...EMPTY_QUERY, tag: 'kimchi' };
    const loading = model.index.ensure();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    expect(model.results.value).toBeNull();
    waiting.shift()!();
    await vi.waitFor(() => expect(model.results.value).toMatchObject({ total: INDEX_CHUNK_DAYS, partial: true }));
    // An old day changes while it is still unread, and a new entry comes today: both end up in the results.
    const oldDay = addDays('2026-11-26', -3 * INDEX_CHUNK_DAYS);
    await fakeBrowser.storage.local.set({
      [journalDayKey(oldDay)]: journalDayValue([entryAt(`${oldDay}T09:00`, food('kimchi', 'rice'), 'changed')]),
    });
    await journal.add(entryInput(clock, { kind: 'food', tags: ['kimchi'] }, 1));
    await settle();
    expect(model.results.value!.total).toBe(INDEX_CHUNK_DAYS + 1);
    while (waiting.length || model.index.state.value === 'loading') {
      waiting.shift()?.();
      await settle();
    }
    await loading;
    expect(model.results.value).toMatchObject({ total: 3 * INDEX_CHUNK_DAYS + 1, partial: false });
    model.query.value = { ...EMPTY_QUERY, tag: 'rice' };
    expect(model.results.value!.items.map((p) => p.day)).toEqual([oldDay]);
  });

  it('suggests food tags from history as the user types, most used first', async () => {
    const { model, journal, clock } = makeModel();
    await journal.add(entryInput(clock, { kind: 'food', tags: ['sauerkraut', 'rice'] }, 300));
    await journal.add(entryInput(clock, { kind: 'food', tags: ['sourdough', 'Sauerkraut'] }, 200));
    await model.start();
    expect(model.suggestTags('s', [])).toEqual([]);
    await model.index.ensure();
    expect(model.suggestTags('s', []).map((t) => t.label)).toEqual(['Sauerkraut', 'sourdough']);
    expect(model.suggestTags('s', ['sauerkraut']).map((t) => t.label)).toEqual(['sourdough']);
    expect(model.allTags.value.map((t) => t.label)).toEqual(['Sauerkraut', 'sourdough', 'rice']);
  });

  it("suggests the guide's foods after the user's own, marked as the guide's", async () => {
    const { model, journal, clock } = makeModel({ guideFoods: ['sauerkraut', 'salmon', 'kefir'] });
    await journal.add(entryInput(clock, { kind: 'food', tags: ['sourdough', 'Sauerkraut'] }, 200));
    await model.start();
    await model.index.ensure();
    expect(model.suggestTags('s', []).map((t) => [t.label, t.fromGuide === true])).toEqual([
      ['Sauerkraut', false],
      ['sourdough', false],
      ['salmon', true],
    ]);
  });

  it('finds a symptom by its new name after a rename', async () => {
    const { model, logs, clock, names } = makeModel();
    await logs.add([input(clock, 'bloating', 2)]);
    await model.start();
    await model.index.ensure();
    model.query.value = { ...EMPTY_QUERY, text: 'tummy' };
    expect(model.results.value!.total).toBe(0);
    names.value = { ...names.value, bloating: 'Tummy swelling' };
    expect(model.results.value!.total).toBe(1);
  });
});

describe('writing, editing and deleting', () => {
  it('keeps an edit in progress, as typed, so the next visit opens it again, until it is saved or cancelled', async () => {
    const local = memoryStorage();
    const first = makeModel({ local });
    const entry = await first.journal.add(entryInput(first.clock, food('rice'), 30, 'lunch'));
    await first.model.start();
    const edited = { ...formFromEntry(entry), tags: ['rice', 'kimchi'], note: 'lunch, then bloated' };
    first.model.editDrafts.keep(entry.id, edited);
    // Kept synchronously: a panel closed this instant still has it.
    expect(localEditDrafts(local).readAll()).toEqual(new Map([[entry.id, edited]]));

    const second = makeModel({ clock: first.clock, local });
    expect(second.model.editDrafts.drafts.value).toEqual({ [entry.id]: edited });
    await second.model.start();
    expect(await second.model.updateEntry(entry, edited)).toBeUndefined();
    second.model.editDrafts.forget(entry.id);
    expect(second.model.editDrafts.drafts.value).toEqual({});

    const third = makeModel({ clock: first.clock, local });
    expect(third.model.editDrafts.drafts.value).toEqual({});
  });

  it("keeps each entry's edit on its own, and drops a damaged one", async () => {
    const local = memoryStorage({
      [`${EDIT_DRAFT_PREFIX}broken`]: '{"v":1,"form":{"kind":"nonsense"}}',
      [`${EDIT_DRAFT_PREFIX}garbled`]: '{',
    });
    const { model, journal, clock } = makeModel({ local });
    const a = await journal.add(entryInput(clock, food('oats'), 60, 'breakfast'));
    const b = await journal.add(entryInput(clock, food('soup'), 30, 'lunch'));
    model.editDrafts.keep(a.id, { ...formFromEntry(a), note: 'breakfast, late' });
    model.editDrafts.keep(b.id, { ...formFromEntry(b), note: 'lunch, early' });
    model.editDrafts.forget(a.id);
    expect(localEditDrafts(local).readAll()).toEqual(new Map([[b.id, { ...formFromEntry(b), note: 'lunch, early' }]]));
    expect([...local.data.keys()]).toEqual([`${EDIT_DRAFT_PREFIX}${b.id}`]);
  });

  it('keeps a half-written entry as a draft that the next visit restores', async () => {
    const first = makeModel();
    await first.model.start();
    first.model.composer.open('food');
    first.model.composer.change({ tags: ['gluten'], note: 'half a sandwich' });
    expect(first.draft.box.value).toBeNull();
    first.timers.fireAll();
    await settle();
    expect(first.draft.box.value).toMatchObject({ kind: 'food', tags: ['gluten'], note: 'half a sandwich' });
    first.model.stop();

    const second = makeModel({ draft: first.draft });
    await second.model.start();
    expect(second.model.composer.form.value).toMatchObject({ kind: 'food', tags: ['gluten'], note: 'half a sandwich' });
    expect(second.model.composer.restored.value).toBe(true);
    const saved = await second.model.composer.save();
    expect(saved).toMatchObject({ kind: 'food', tags: ['gluten'], note: 'half a sandwich' });
    expect(second.draft.box.value).toBeNull();
    expect(second.model.composer.form.value).toBeNull();
    await settle();
    expect(shownToday(second.model)).toEqual(['food:half a sandwich']);
    await second.model.notices.undo();
    await settle();
    expect(shownToday(second.model)).toEqual([]);
  });

  it('keeps the form and its message when the entry is not valid, writing nothing', async () => {
    const { model, journal } = makeModel();
    await model.start();
    model.composer.open('stress');
    expect(await model.composer.save()).toBeUndefined();
    expect(model.composer.problem.value).toBe('level');
    expect(model.composer.form.value?.kind).toBe('stress');
    expect(await journal.listDays()).toEqual([]);
  });

  it('edits an entry and undoes the edit; deletes and undoes the delete', async () => {
    const { model, journal, clock } = makeModel();
    const entry = await journal.add(entryInput(clock, { kind: 'sleep', hours: 6, quality: 2 }, 600, 'restless'));
    await model.start();
    expect(await model.updateEntry(entry, { ...formFromEntry(entry), hours: '7.5' })).toBeUndefined();
    expect((await journal.listDay('2026-11-26'))[0]).toMatchObject({ hours: 7.5, note: 'restless' });
    await model.notices.undo();
    expect((await journal.listDay('2026-11-26'))[0]).toMatchObject({ hours: 6 });
    expect(await model.updateEntry(entry, { ...formFromEntry(entry), hours: 'many' })).toBe('hours');
    const current = (await journal.listDay('2026-11-26'))[0]!;
    await model.removeEntry(current);
    expect(await journal.listDay('2026-11-26')).toEqual([]);
    expect(model.notices.current.value).toMatchObject({ kind: 'deleted' });
    await model.notices.undo();
    expect(await journal.listDay('2026-11-26')).toEqual([current]);
    expect(model.notices.current.value).toMatchObject({ kind: 'undone', undid: 'deleted' });
  });

  it('a delete of a copy another window moved away says so, offers no Undo, and leaves the entry where it went', async () => {
    const { model, journal, clock } = makeModel();
    const entry = await journal.add(entryInput(clock, { kind: 'note' }, 30, 'moved elsewhere'));
    await model.start();
    const { store: otherWindow } = makeJournalStore({ clock });
    await otherWindow.update(entry, {
      ...asNewEntry(entry),
      moment: { epochMs: Date.parse(entry.at) - 86_400_000, offsetMin: entry.offsetMin },
    });
    await model.removeEntry(entry);
    expect(model.notices.current.value).toMatchObject({ kind: 'failed', problem: { journal: 'notFound' } });
    expect(model.notices.current.value?.undo).toBeUndefined();
    expect(await journal.listDay('2026-11-25')).toHaveLength(1);
    expect(await journal.listDay('2026-11-26')).toEqual([]);
  });

  it('an Undo of an edit keeps a change another window made to another field before it', async () => {
    const { model, journal, clock } = makeModel();
    const entry = await journal.add(entryInput(clock, { kind: 'sleep', hours: 6, quality: 2 }, 600, 'restless'));
    await model.start();
    const { store: otherWindow } = makeJournalStore({ clock });
    clock.advance(1000);
    await otherWindow.update(entry, { ...asNewEntry(entry), note: 'restless, noisy street' });
    expect(await model.updateEntry(entry, { ...formFromEntry(entry), hours: '7.5' })).toBeUndefined();
    expect((await journal.listDay('2026-11-26'))[0]).toMatchObject({ hours: 7.5, note: 'restless, noisy street' });
    await model.notices.undo();
    expect((await journal.listDay('2026-11-26'))[0]).toMatchObject({ hours: 6, note: 'restless, noisy street' });
  });

  it('deletes a symptom log from the journal, with undo', async () => {
    const { model, logs, clock } = makeModel();
    const [log] = await logs.add([input(clock, 'fatigue', 2, 5, 'tired')]);
    await model.start();
    await model.removeLog(log!);
    await settle();
    expect(shownToday(model)).toEqual([]);
    await model.notices.undo();
    await settle();
    expect(shownToday(model)).toEqual(['log:fatigue']);
    expect(recordOf({ type: 'log', log: log! }).id).toBe(log!.id);
  });

  it('the composer keeps what was typed when the kind changes', () => {
    const { model } = makeModel();
    model.composer.open('food');
    model.composer.change({ note: 'keep me', tags: ['rice'] });
    model.composer.open('note');
    expect(model.composer.form.value).toMatchObject({ ...emptyForm('note'), note: 'keep me', tags: ['rice'] });
    void DRAFT_DELAY_MS;
  });
});
