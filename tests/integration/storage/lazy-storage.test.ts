import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lazyStoredValue } from '../../../storage/lazy-storage';
import { symptomSettingsItem } from '../../../storage/items/symptoms';
import { addCustomSymptom } from '../../../domain/symptom-settings';
import { CUSTOM_ID_PREFIX } from '../../../domain/symptoms';

beforeEach(() => {
  fakeBrowser.reset();
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
