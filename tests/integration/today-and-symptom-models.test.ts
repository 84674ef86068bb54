import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLogNoticeModel } from '../../models/log-notice-model';
import { createTodayLogsModel } from '../../models/today-logs-model';
import { createSymptomListModel, type SymptomListDeps } from '../../models/symptom-list-model';
import { symptomListCopy } from '../../storage/symptom-list-copy';
import type { SymptomLogStore } from '../../storage/symptom-log-store';
import type { SymptomLog } from '../../domain/symptom-log';
import { EMPTY_SYMPTOM_SETTINGS } from '../../domain/symptom-settings';
import { symptomSettingsItem } from '../../storage/items';
import { SyncWriteError } from '../../storage/synced-item';
import { input, makeStore } from '../support/log-store-fixture';
import { manualTimers } from '../support/manual-timers';
import { zoneClock } from '../support/zone-clock';

beforeEach(() => {
  fakeBrowser.reset();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("today's logs", () => {
  it('lists newest first and follows other writers live', async () => {
    const { store, clock } = makeStore();
    const timer = manualTimers();
    const today = createTodayLogsModel({ store, clock, notices: createLogNoticeModel(timer), timers: timer });
    await store.add([input(clock, 'fatigue', 2, 60)]);
    await today.start();
    expect(today.logs.value?.map((l) => l.symptomId)).toEqual(['fatigue']);
    const otherWriter = makeStore({ clock }).store;
    await otherWriter.add([input(clock, 'itching', 1)]);
    await flush();
    expect(today.logs.value?.map((l) => l.symptomId)).toEqual(['itching', 'fatigue']);
    today.stop();
  });

  it('turns to the new day at local midnight', async () => {
    const clock = zoneClock('Europe/Berlin', '2026-11-26T22:30:00Z'); // 23:30 in Berlin
    const { store } = makeStore({ clock });
    const timer = manualTimers();
    const today = createTodayLogsModel({ store, clock, notices: createLogNoticeModel(timer), timers: timer });
    await store.add([input(clock, 'fatigue', 2)]);
    await today.start();
    expect(today.day.value).toBe('2026-11-26');
    expect(timer.delays()).toContain(30 * 60_000);
    clock.advance(30 * 60_000);
    timer.fireAll();
    await flush();
    expect(today.day.value).toBe('2026-11-27');
    expect(today.logs.value).toEqual([]);
    await store.add([input(clock, 'itching', 1)]);
    await flush();
    expect(today.logs.value?.map((l) => l.symptomId)).toEqual(['itching']);
  });

  it('deletes with Undo, and reports an edit it refused without changing anything', async () => {
    const { store, clock } = makeStore();
    const timer = manualTimers();
    const notices = createLogNoticeModel(timer);
    const today = createTodayLogsModel({ store, clock, notices, timers: timer });
    const [log] = await store.add([input(clock, 'fatigue', 2)]);
    expect(await today.update(log!, { moment: { epochMs: clock.now() + 3_600_000, offsetMin: 60 } })).toBe('future');
    expect(await store.listDay('2026-11-26')).toEqual([log]);
    await today.remove(log!);
    expect(await store.listDay('2026-11-26')).toEqual([]);
    await notices.undo();
    expect(await store.listDay('2026-11-26')).toEqual([log]);
  });
});

describe('the symptom list', () => {
  const builtInName = (id: string) => ({ fatigue: 'Fatigue', itching: 'Itching' })[id] ?? id;
  const memoryCopy = () => {
    const data = new Map<string, string>();
    return symptomListCopy({ getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) });
  };
  const listOf = (store: SymptomLogStore, extra: Partial<SymptomListDeps> = {}) =>
    createSymptomListModel({ settings: symptomSettingsItem, recentLogs: store.listRecent, builtInName, ...extra });

  it('puts the symptoms used most in the last four weeks first, and keeps that order while the list is open', async () => {
    const { store, clock } = makeStore();
    await store.add([input(clock, 'itching', 1), input(clock, 'itching', 2)]);
    await store.add([{ ...input(clock, 'fatigue', 1), moment: { epochMs: clock.now() - 40 * 86_400_000, offsetMin: 60 } }]);
    const list = listOf(store);
    await list.load();
    expect(list.visible.value[0]?.id).toBe('itching');
    await store.add([input(clock, 'brain-fog', 1), input(clock, 'brain-fog', 1), input(clock, 'brain-fog', 1)]);
    await flush();
    expect(list.visible.value[0]?.id).toBe('itching');
    const reopened = listOf(store);
    await reopened.load();
    expect(reopened.visible.value[0]?.id).toBe('brain-fog');
  });

  it('shows the copied list at once, before storage answers, then keeps the copy fresh', async () => {
    const { store, clock } = makeStore();
    const copy = memoryCopy();
    await symptomSettingsItem.set({ ...EMPTY_SYMPTOM_SETTINGS, renamed: { fatigue: 'Tiredness' } });
    await store.add([input(clock, 'low-mood', 2)]);
    const first = listOf(store, { listCopy: copy });
    expect(first.loaded.value).toBe(false);
    await first.load();
    first.noteLogged([{ symptomId: 'itching' } as SymptomLog, { symptomId: 'itching' } as SymptomLog]);

    const second = listOf(store, { listCopy: copy });
    // Synchronously, with no storage read yet: names and order from the copy.
    expect(second.loaded.value).toBe(true);
    expect(second.nameOf('fatigue')).toBe('Tiredness');
    expect(second.visible.value.slice(0, 2).map((c) => c.id)).toEqual(['itching', 'low-mood']);
    await second.load();
    await second.refreshUsage();
    expect(second.visible.value[0]?.id).toBe('itching'); // no reshuffle after the reads
    expect(copy.read()?.usage).toEqual({ 'low-mood': 1 }); // the next open gets the true counts
  });

  it('ignores a damaged copy', () => {
    const copy = symptomListCopy({
      getItem: () => '{"v":1,"settings":{"custom":"x"},"usage":{}}',
      setItem: () => undefined,
    });
    expect(copy.read()).toBeUndefined();
    expect(symptomListCopy({ getItem: () => 'not json', setItem: () => undefined }).read()).toBeUndefined();
  });

  it('applies renames, hides and additions made in another page at once', async () => {
    const { store } = makeStore();
    const popup = listOf(store, { newId: () => 'custom-1' });
    const panel = listOf(store);
    await Promise.all([popup.load(), panel.load()]);
    expect(await popup.rename('fatigue', 'Tiredness')).toBeUndefined();
    expect(await popup.add('Headache')).toBeUndefined();
    await popup.setHidden('itching', true);
    await flush();
    expect(panel.nameOf('fatigue')).toBe('Tiredness');
    expect(panel.nameOf('custom-1')).toBe('Headache');
    expect(panel.visible.value.map((c) => c.id)).not.toContain('itching');
    expect(await panel.add('tiredness')).toBe('duplicate');
    expect(await panel.rename('custom-1', ' ')).toBe('empty');
    expect(popup.nameOf('custom-1')).toBe('Headache');
  });

  it('a change storage refuses (sync full) says why, changes nothing, and the next saved change clears the message', async () => {
    let refusal: SyncWriteError | undefined = new SyncWriteError('tooLarge', 'symptoms');
    const settings = {
      ...symptomSettingsItem,
      update: async (change: (s: typeof EMPTY_SYMPTOM_SETTINGS) => typeof EMPTY_SYMPTOM_SETTINGS) => {
        if (refusal) throw refusal;
        return symptomSettingsItem.update(change);
      },
    };
    const list = listOf(makeStore().store, { settings });
    await list.load();
    expect(await list.rename('fatigue', 'Tiredness')).toBe('notSaved');
    expect(list.problem.value).toBe('tooLarge');
    expect(list.nameOf('fatigue')).toBe('Fatigue');
    expect(await list.setHidden('itching', true)).toBe(false);
    expect(list.visible.value.map((c) => c.id)).toContain('itching');
    refusal = undefined;
    expect(await list.rename('fatigue', 'Tiredness')).toBeUndefined();
    expect(list.problem.value).toBeUndefined();
    expect((await symptomSettingsItem.get()).renamed).toEqual({ fatigue: 'Tiredness' });
  });

  it('moves a symptom and goes back to most used first', async () => {
    const list = listOf(makeStore().store);
    await list.load();
    await list.move('joint-pain', -1);
    expect(list.visible.value.slice(0, 2).map((c) => c.id)).toEqual(['joint-pain', 'fatigue']);
    expect(list.customOrder.value).toBe(true);
    await list.sortByUse();
    expect(list.visible.value.slice(0, 2).map((c) => c.id)).toEqual(['fatigue', 'joint-pain']);
    expect((await symptomSettingsItem.get()).order).toBeNull();
  });
});
