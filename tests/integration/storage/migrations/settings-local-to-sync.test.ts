/**
 * Migration step "storage.local → storage.sync" for the plan, the symptom list and the reminder: they shipped
 * in storage.local (fixtures of that shape beside this file) and move to sync once, losing nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planItem, planReminderItem, symptomSettingsItem } from '../../../../storage/items';
import { EMPTY_PLAN } from '../../../../domain/plan-state';
import { addCustomSymptom, renameSymptom } from '../../../../domain/symptom-settings';
import { markDay } from '../../../../domain/plan-actions';
import { planCodec } from '../../../../domain/synced-fields';
import { localValueToSynced } from '../../../../storage/migrations/settings-local-to-sync';

const fixture = (name: string) =>
  JSON.parse(readFileSync(resolve(__dirname, 'fixtures', name), 'utf8')) as { local: Record<string, unknown> };
const planFixture = fixture('local-plan-v1.json');
const symptomsFixture = fixture('local-symptoms-v1.json');
const local = async () => fakeBrowser.storage.local.get(null);
const sync = async () => fakeBrowser.storage.sync.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('plan, symptom list and reminder: storage.local (0.1) → storage.sync', () => {
  it('turns a local value into fields stamped older than any real write', () => {
    const moved = localValueToSynced(planFixture.local.plan as typeof EMPTY_PLAN, planCodec);
    expect(moved.epoch).toBe(0);
    expect(Object.values(moved.fields).every(([, stamp]) => stamp === 1)).toBe(true);
    expect(
      planCodec.fromFields(Object.fromEntries(Object.entries(moved.fields).map(([field, [value]]) => [field, value]))),
    ).toEqual(planFixture.local.plan);
  });

  it('moves the plan on the first read, every field as it was, and removes the local copy', async () => {
    await fakeBrowser.storage.local.set(planFixture.local);
    expect(await planItem.get()).toEqual(planFixture.local.plan);
    const stored = await local();
    expect(stored.plan).toBeUndefined();
    expect(Object.keys(await sync()).sort()).toEqual(['plan', 'plan.1']);
    // Read again from sync alone (another browser, or this one after its local copy is gone).
    await fakeBrowser.storage.local.remove(Object.keys(stored));
    expect(await planItem.get()).toEqual(planFixture.local.plan);
  });

  it('moves the symptom list and the reminder, with the WXT version key', async () => {
    await fakeBrowser.storage.local.set(symptomsFixture.local);
    expect(await symptomSettingsItem.get()).toEqual(symptomsFixture.local.symptoms);
    expect(await planReminderItem.get()).toEqual(symptomsFixture.local.planReminder);
    const stored = await local();
    expect(['symptoms', 'symptoms$', 'planReminder'].filter((key) => key in stored)).toEqual([]);
  });

  it('moves once: later reads write nothing', async () => {
    await fakeBrowser.storage.local.set(planFixture.local);
    await planItem.get();
    const setSync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const setLocal = vi.spyOn(fakeBrowser.storage.local, 'set');
    await planItem.get();
    await planItem.get();
    expect(setSync).not.toHaveBeenCalled();
    expect(setLocal).not.toHaveBeenCalled();
  });

  it('a first write moves the local value too, and changes only what it changes', async () => {
    await fakeBrowser.storage.local.set(planFixture.local);
    const next = await planItem.update((s) => markDay(s, 4, 'done', '2026-03-08'));
    expect(next.cycle?.marks).toEqual({ 1: 'done', 2: 'skipped', 3: 'done', 4: 'done' });
    expect(next.cycle?.reflection).toBe('Walks after dinner helped; "no snacking" was hard.');
    expect((await local()).plan).toBeUndefined();
  });

  it('where another browser already synced the list, its fields win and everything else of this browser is kept', async () => {
    // The other browser upgraded first and has since renamed brain fog and added a symptom.
    const other = renameSymptom(
      addCustomSymptom({ custom: [], renamed: {}, hidden: [], order: null }, 'custom-other', 'Cramps'),
      'brain-fog',
      'Brain fog (bad)',
    );
    await symptomSettingsItem.set(other);
    await fakeBrowser.storage.local.remove(Object.keys(await local())); // that browser's shadow is not here
    await fakeBrowser.storage.local.set(symptomsFixture.local);

    const merged = await symptomSettingsItem.get();
    expect(merged.renamed).toEqual({ 'brain-fog': 'Brain fog (bad)' });
    expect(merged.custom.map((c) => c.name).sort()).toEqual(['Cramps', 'Headache', 'Nausea, morning']);
    expect(merged.hidden).toEqual(['itching']);
  });

  it('leaves a damaged local value where it is (nothing readable is lost, nothing is invented)', async () => {
    await fakeBrowser.storage.local.set({ plan: { cycle: 'broken' } });
    expect(await planItem.get()).toEqual(EMPTY_PLAN);
    expect((await local()).plan).toEqual({ cycle: 'broken' });
    expect(await sync()).toEqual({});
  });
});
