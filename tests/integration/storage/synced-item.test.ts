import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER, type ReminderSettings } from '../../../domain/plan-reminder';
import { EMPTY_PLAN } from '../../../domain/plan-state';
import { markDay, startCycle } from '../../../domain/plan-actions';
import { addCustomSymptom, EMPTY_SYMPTOM_SETTINGS, renameSymptom, setSymptomHidden } from '../../../domain/symptom-settings';
import { SYNC_QUOTA_BYTES_PER_ITEM, SyncWriteError, type SyncedItem, type SyncEnv } from '../../../storage/synced-item';
import { syncNetwork, type SyncNetwork } from '../../support/sync-network';
import { planOn, reminderOn, symptomsOn } from '../../support/synced-items';

/** Lets sync run until nothing changes: uploads, downloads, and each browser's background reconciling. */
async function settle(network: SyncNetwork, items: SyncedItem<unknown>[][]) {
  for (let round = 0; round < 10; round++) {
    const before = JSON.stringify([...network.server]);
    network.browsers.forEach((browser) => network.upload(browser));
    network.browsers.forEach((browser) => network.download(browser));
    for (const perBrowser of items) for (const item of perBrowser) await item.reconcile();
    if (JSON.stringify([...network.server]) === before && round > 0) return;
  }
  throw new Error('sync did not settle');
}

describe('settings changed in two browsers at the same time', () => {
  it('keep both changes and end the same in both browsers', async () => {
    const network = syncNetwork(2);
    const [a, b] = network.browsers as unknown as [SyncEnv, SyncEnv];
    const [symptomsA, symptomsB] = [symptomsOn(a), symptomsOn(b)];
    const [reminderA, reminderB] = [reminderOn(a), reminderOn(b)];
    const all = [
      [symptomsA, reminderA],
      [symptomsB, reminderB],
    ] as SyncedItem<unknown>[][];
    await symptomsA.update((s) => addCustomSymptom(s, 'custom-1', 'Headache'));
    await settle(network, all);
    expect((await symptomsB.get()).custom).toEqual([{ id: 'custom-1', name: 'Headache' }]);

    // Offline from each other: each browser changes something different, one of them in the same shard.
    await symptomsA.update((s) => renameSymptom(addCustomSymptom(s, 'custom-2', 'Nausea'), 'custom-1', 'Migraine'));
    await symptomsB.update((s) => setSymptomHidden(addCustomSymptom(s, 'custom-3', 'Dizziness'), 'itching', true));
    await reminderA.update((r) => ({ ...r, time: '07:30' }));
    await reminderB.update((r) => ({ ...r, enabled: true }));
    await settle(network, all);

    const [seenA, seenB] = [await symptomsA.get(), await symptomsB.get()];
    expect(seenA).toEqual(seenB);
    expect(seenA.custom.map((c) => c.name).sort()).toEqual(['Dizziness', 'Migraine', 'Nausea']);
    expect(seenA.hidden).toEqual(['itching']);
    expect(await reminderA.get()).toEqual({ enabled: true, time: '07:30' });
    expect(await reminderB.get()).toEqual({ enabled: true, time: '07:30' });
  });

  it('keeps days of the plan marked in each browser', async () => {
    const network = syncNetwork(2);
    const [a, b] = network.browsers as unknown as [SyncEnv, SyncEnv];
    const [planA, planB] = [planOn(a), planOn(b)];
    const all = [[planA], [planB]] as SyncedItem<unknown>[][];
    await planA.set(startCycle(EMPTY_PLAN, '2026-03-01'));
    await settle(network, all);
    await planA.update((s) => markDay(s, 2, 'done', '2026-03-03'));
    await planB.update((s) => markDay(s, 3, 'skipped', '2026-03-03'));
    await settle(network, all);
    expect((await planA.get()).cycle?.marks).toEqual({ 2: 'done', 3: 'skipped' });
    expect(await planB.get()).toEqual(await planA.get());
  });

  it('converge after any interleaving of edits and sync (generated)', async () => {
    type Edit = { browser: number; kind: 'add' | 'hide' | 'rename'; n: number } | { browser: number; kind: 'sync' };
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ browser: fc.nat(2), kind: fc.constantFrom('add' as const, 'hide' as const, 'rename' as const), n: fc.nat(5) }),
      fc.record({ browser: fc.nat(2), kind: fc.constant('sync' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 25 }), async (edits) => {
        const network = syncNetwork(3);
        const items = network.browsers.map((env) => symptomsOn(env));
        const added = new Set<string>();
        let tick = Date.UTC(2026, 2, 1);
        for (const e of edits) {
          const browser = network.browsers[e.browser]!;
          browser.setNow((tick += 1000));
          const item = items[e.browser]!;
          if (e.kind === 'sync') {
            network.upload(browser);
            network.download(browser);
            await item.reconcile();
          } else if (e.kind === 'add') {
            const id = `custom-b${e.browser}-${e.n}`;
            await item.update((s) =>
              s.custom.some((c) => c.id === id) ? s : addCustomSymptom(s, id, `Symptom ${e.browser}-${e.n}`),
            );
            added.add(id);
          } else if (e.kind === 'hide') await item.update((s) => setSymptomHidden(s, 'fatigue', e.n % 2 === 0));
          else await item.update((s) => renameSymptom(s, 'bloating', `Bloat ${e.browser}.${e.n}`));
        }
        await settle(
          network,
          items.map((item) => [item]),
        );
        const seen = await Promise.all(items.map((item) => item.get()));
        expect(seen[1]).toEqual(seen[0]);
        expect(seen[2]).toEqual(seen[0]);
        // No symptom any browser added is lost.
        expect(seen[0]!.custom.map((c) => c.id).sort()).toEqual([...added].sort());
      }),
      { numRuns: 60 },
    );
  });
});

describe('writes that cannot be made', () => {
  it('refuses a value too large for one sync item and changes nothing', async () => {
    const [env] = syncNetwork(1).browsers as unknown as [SyncEnv];
    const plan = planOn(env);
    await plan.set(startCycle(EMPTY_PLAN, '2026-03-01'));
    const before = [env.sync, env.local].map((area) => (area as unknown as { dump(): unknown }).dump());
    const huge = '🙂'.repeat(500);
    const tooMany = Array.from({ length: 400 }, (_, i) => ({ from: `2026-0${1 + (i % 9)}-1${i % 10}` }));
    const attempt = plan.update((s) => ({ ...s, cycle: s.cycle && { ...s.cycle, reflection: huge, pauses: tooMany } }));
    await expect(attempt).rejects.toMatchObject({ code: 'tooLarge' });
    expect([env.sync, env.local].map((area) => (area as unknown as { dump(): unknown }).dump())).toEqual(before);
    expect(SYNC_QUOTA_BYTES_PER_ITEM).toBe(8192);
  });

  it('reports a sync quota error from the browser as such, and keeps the old value', async () => {
    const network = syncNetwork(1);
    const [env] = network.browsers;
    const reminder = reminderOn(env!);
    env!.sync.failWrites(() => true, new Error('QUOTA_BYTES quota exceeded'));
    const error = await reminder.update((r) => ({ ...r, enabled: true })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncWriteError);
    expect((error as SyncWriteError).code).toBe('quota');
    expect(await reminder.get()).toEqual(DEFAULT_REMINDER);
  });

  it('reads but never overwrites a value written by a newer Gutwise in another browser', async () => {
    const [env] = syncNetwork(1).browsers as unknown as [SyncEnv];
    await env.sync.set({ planReminder: { v: 2, e: 0, f: { enabled: [true, 5], time: ['08:00', 5], snooze: [10, 5] } } });
    const reminder = reminderOn(env);
    await expect(reminder.update((r) => ({ ...r, time: '10:00' }))).rejects.toMatchObject({ code: 'newer' });
    expect((await env.sync.get(['planReminder'])).planReminder).toMatchObject({ v: 2 });
  });
});

describe('delete in one browser', () => {
  it('is not undone by another browser that still had the old value', async () => {
    const network = syncNetwork(2);
    const [a, b] = network.browsers as unknown as [SyncEnv, SyncEnv];
    const [symptomsA, symptomsB] = [symptomsOn(a), symptomsOn(b)];
    const all = [[symptomsA], [symptomsB]] as SyncedItem<unknown>[][];
    await symptomsA.update((s) => addCustomSymptom(s, 'custom-1', 'Headache'));
    await settle(network, all);
    network.browsers[0]!.setNow(Date.UTC(2026, 2, 2));
    await symptomsA.remove();
    await settle(network, all);
    expect(await symptomsA.get()).toEqual(EMPTY_SYMPTOM_SETTINGS);
    expect(await symptomsB.get()).toEqual(EMPTY_SYMPTOM_SETTINGS);
    // Nothing the user typed is left in sync storage.
    expect(JSON.stringify([...network.server])).not.toContain('Headache');
  });
});

describe('watch', () => {
  it('hears a change that arrives from another browser', async () => {
    const network = syncNetwork(2);
    const [a, b] = network.browsers as unknown as [SyncEnv, SyncEnv];
    const [reminderA, reminderB] = [reminderOn(a), reminderOn(b)];
    const heard: ReminderSettings[] = [];
    reminderB.watch((value) => heard.push(value));
    await reminderA.set({ enabled: true, time: '06:45' });
    network.upload(network.browsers[0]!);
    network.download(network.browsers[1]!);
    await expect.poll(() => heard.at(-1)).toEqual({ enabled: true, time: '06:45' });
  });
});

describe('the background reconciling on every sync change', () => {
  it("puts back a field that another browser's upload overwrote, without anyone editing again", async () => {
    const network = syncNetwork(2);
    const [a, b] = network.browsers;
    const [reminderA, reminderB] = [reminderOn(a!), reminderOn(b!)];
    reminderA.watchSync(() => void reminderA.reconcile());
    reminderB.watchSync(() => void reminderB.reconcile());
    await reminderA.update((r) => ({ ...r, time: '07:30' }));
    await reminderB.update((r) => ({ ...r, enabled: true }));
    network.upload(a!);
    network.upload(b!); // the server now holds B's whole value, without A's time
    network.download(a!);
    // A's background hears the overwrite and writes the join back to its sync area.
    await expect.poll(() => JSON.stringify(a!.sync.data.get('planReminder'))).toMatch(/07:30.*true|true.*07:30/);
    network.upload(a!);
    network.download(b!);
    await expect.poll(() => reminderB.get()).toEqual({ enabled: true, time: '07:30' });
    expect(await reminderA.get()).toEqual({ enabled: true, time: '07:30' });
  });
});
