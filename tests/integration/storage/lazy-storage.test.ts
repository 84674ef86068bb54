import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lazyLogStore, lazyStoredValue } from '../../../storage/lazy-storage';
import { symptomSettingsItem } from '../../../storage/items/symptoms';
import { addCustomSymptom } from '../../../domain/symptom-settings';
import { CUSTOM_ID_PREFIX } from '../../../domain/symptoms';
import { input, makeStore } from '../../support/log-store-fixture';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('a log store whose code loads on first use', () => {
  it('loads once, then reads and writes the real store', async () => {
    const { store: real, clock } = makeStore();
    const load = vi.fn(async () => real);
    const store = lazyLogStore(load);
    expect(load).not.toHaveBeenCalled(); // creating it costs nothing on the first frame
    const [saved] = await Promise.all([store.add([input(clock, 'fatigue', 2)]), store.listDay('2026-11-26')]);
    expect(saved).toHaveLength(1);
    expect(await real.listDay('2026-11-26')).toEqual(saved);
    expect(await store.listRecent(1)).toEqual(saved);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('follows a day once loaded, and a watcher stopped before the load never starts', async () => {
    const { store: real, clock } = makeStore();
    const store = lazyLogStore(async () => real);
    const seen: number[] = [];
    const stopEarly = store.watchDay('2026-11-26', () => seen.push(-1));
    stopEarly();
    const unwatch = store.watchDay('2026-11-26', (logs) => seen.push(logs.length));
    await store.listDays(); // the store has loaded
    await real.add([input(clock, 'bloating', 1)]);
    await vi.waitFor(() => expect(seen).toEqual([1]));
    unwatch();
    // A watcher of the real store, started after: once it has seen the change, the stopped one would have too.
    const delivered = vi.fn();
    const stopDelivered = real.watchDay('2026-11-26', delivered);
    await real.add([input(clock, 'itching', 1)]);
    await vi.waitFor(() => expect(delivered).toHaveBeenCalled());
    stopDelivered();
    expect(seen).toEqual([1]);
  });

  it('reports a failed load to the caller and tries again on the next call', async () => {
    const { store: real, clock } = makeStore();
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(real);
    const store = lazyLogStore(load);
    await expect(store.add([input(clock, 'fatigue', 2)])).rejects.toThrow('chunk missing');
    expect(await store.add([input(clock, 'fatigue', 2)])).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('a stored value whose code loads on first use', () => {
  it('reads, updates and follows the real item once loaded', async () => {
    const load = vi.fn(async () => symptomSettingsItem);
    const settings = lazyStoredValue(load);
    const seen: string[][] = [];
    const unwatch = settings.watch((value) => seen.push(value.custom.map((c) => c.name)));
    const updated = await settings.update((s) => addCustomSymptom(s, `${CUSTOM_ID_PREFIX}1`, 'Headache'));
    expect(updated.custom.map((c) => c.name)).toEqual(['Headache']);
    expect((await symptomSettingsItem.get()).custom.map((c) => c.name)).toEqual(['Headache']);
    await vi.waitFor(() => expect(seen).toContainEqual(['Headache']));
    unwatch();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
