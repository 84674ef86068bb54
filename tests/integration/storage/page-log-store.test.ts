import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PENDING_LOG_PREFIX } from '../../../storage/keys';
import { PENDING_LOG_GRACE_MS, pendingLogs } from '../../../storage/pending-logs';
import { browserTimers } from '../../../platform/timers';
import { pageLogStore, savePendingWhenDue } from '../../../storage/page-log-store';
import { LogStoreError } from '../../../storage/log-store-error';
import type { SymptomLogStore } from '../../../storage/symptom-log-store';
import { input, makeStore } from '../../support/log-store-fixture';
import { memoryStorage } from '../../support/memory-storage';

beforeEach(() => {
  fakeBrowser.reset();
});

let ids = 0;
const newId = () => `pending-${++ids}`;

/** The page's store cut off mid-save: its writes never finish, as when Chrome closes the popup. */
const closedMidSave = (store: SymptomLogStore): SymptomLogStore => ({ ...store, addLogs: () => new Promise(() => {}) });

describe('logs kept pending until stored', () => {
  it('keeps the log in localStorage in the same task as the click, and takes it back once stored', async () => {
    const { store, clock } = makeStore();
    const local = memoryStorage();
    const saves = pageLogStore(async () => store, pendingLogs(local), clock, newId);
    const saving = saves.add([input(clock, 'fatigue', 2, 0, 'after lunch')]);
    // Before any await has run: this is all a page closing now leaves behind.
    const kept = [...local.data.keys()];
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(new RegExp(`^${PENDING_LOG_PREFIX.replace('.', '\\.')}`));
    const [log] = await saving;
    expect(local.data.size).toBe(0);
    expect(await store.listDay('2026-11-26')).toEqual([log]);
  });

  it('a log whose page closed mid-save is stored by the next page once due, exactly once', async () => {
    const { store, clock } = makeStore();
    const local = memoryStorage();
    const popup = pageLogStore(async () => closedMidSave(store), pendingLogs(local), clock, newId);
    void popup.add([input(clock, 'joint-pain', 3)]);
    expect(await store.listDay('2026-11-26')).toEqual([]);

    const panel = pageLogStore(async () => store, pendingLogs(local), clock, newId);
    // Still within the grace time: the first page may yet finish it.
    expect(await panel.savePending()).toBe(0);
    clock.advance(PENDING_LOG_GRACE_MS);
    expect(await panel.savePending()).toBe(1);
    const stored = await store.listDay('2026-11-26');
    expect(stored.map((log) => [log.symptomId, log.severity])).toEqual([['joint-pain', 3]]);
    expect(await panel.savePending()).toBe(0);
    expect(local.data.size).toBe(0);
  });

  it('a log stored by its own page and by another page as well is kept once', async () => {
    const { store, clock } = makeStore();
    const local = memoryStorage();
    const slowPage = pageLogStore(async () => store, pendingLogs(local), clock, newId);
    const saving = slowPage.add([input(clock, 'bloating', 1)]);
    clock.advance(PENDING_LOG_GRACE_MS);
    const other = pageLogStore(async () => store, pendingLogs(local), clock, newId);
    await Promise.all([saving, other.savePending()]);
    expect(await store.listDay('2026-11-26')).toHaveLength(1);
  });

  it('a refused log is never kept pending: bad input, or a write that fails (the user is told and can retry)', async () => {
    const { store, clock } = makeStore();
    const local = memoryStorage();
    const saves = pageLogStore(async () => store, pendingLogs(local), clock, newId);
    await expect(saves.add([input(clock, 'fatigue', 9 as never)])).rejects.toMatchObject({ code: 'invalid' });
    expect(local.data.size).toBe(0);

    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saves.add([input(clock, 'fatigue', 2)])).rejects.toBeInstanceOf(LogStoreError);
    expect(local.data.size).toBe(0);
    expect(await store.listDay('2026-11-26')).toEqual([]);
  });

  it('a pending log that cannot be stored yet (a failed write) stays for the next page', async () => {
    const { store, clock } = makeStore();
    const local = memoryStorage();
    void pageLogStore(async () => closedMidSave(store), pendingLogs(local), clock, newId).add([input(clock, 'itching', 2)]);
    clock.advance(PENDING_LOG_GRACE_MS);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const panel = pageLogStore(async () => store, pendingLogs(local), clock, newId);
    await expect(panel.savePending()).rejects.toBeInstanceOf(LogStoreError);
    expect(local.data.size).toBe(1);
    expect(await panel.savePending()).toBe(1);
    expect(await store.listDay('2026-11-26')).toHaveLength(1);
  });

  it('an open page stores a log left pending by another page once it falls due, without being asked again', async () => {
    vi.useFakeTimers();
    try {
      const { store, clock } = makeStore();
      const local = memoryStorage();
      const panel = pageLogStore(async () => store, pendingLogs(local), clock, newId);
      const check = savePendingWhenDue(panel, pendingLogs(local), clock, browserTimers);
      await vi.runAllTimersAsync();
      void pageLogStore(async () => closedMidSave(store), pendingLogs(local), clock, newId).add([input(clock, 'brain-fog', 2)]);
      check(); // the storage event from the popup's localStorage write
      await vi.advanceTimersByTimeAsync(10);
      expect(await store.listDay('2026-11-26')).toEqual([]);
      clock.advance(PENDING_LOG_GRACE_MS);
      await vi.advanceTimersByTimeAsync(PENDING_LOG_GRACE_MS);
      expect((await store.listDay('2026-11-26')).map((log) => log.symptomId)).toEqual(['brain-fog']);
      expect(local.data.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('pendingLogs', () => {
  it('drops damaged entries and treats one from a clock that has since gone back as due', async () => {
    const { store, clock } = makeStore();
    const local = memoryStorage({
      [`${PENDING_LOG_PREFIX}x`]: '{not json',
      [`${PENDING_LOG_PREFIX}y`]: '{"v":1,"since":0,"log":{"id":"y"}}',
    });
    const pending = pendingLogs(local);
    void pageLogStore(async () => closedMidSave(store), pending, clock, newId).add([input(clock, 'fatigue', 1)]);
    clock.set(clock.now() - 60 * 60_000); // the computer's clock set back an hour
    const due = pending.due(clock.now());
    expect(due.map((log) => log.symptomId)).toEqual(['fatigue']);
    expect([...local.data.keys()]).toHaveLength(1);
  });

  it('a full localStorage leaves the save to go ahead unprotected', async () => {
    const { store, clock } = makeStore();
    const local = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const [log] = await pageLogStore(async () => store, pendingLogs(local), clock, newId).add([input(clock, 'fatigue', 1)]);
    expect(await store.listDay('2026-11-26')).toEqual([log]);
  });
});

describe('a log store whose code loads on first use', () => {
  it('loads once, then reads and writes the real store', async () => {
    const { store: real, clock } = makeStore();
    const load = vi.fn(async () => real);
    const store = pageLogStore(load, pendingLogs(memoryStorage()), clock, newId);
    expect(load).not.toHaveBeenCalled(); // creating it costs nothing on the first frame
    const [saved] = await Promise.all([store.add([input(clock, 'fatigue', 2)]), store.listDay('2026-11-26')]);
    expect(saved).toHaveLength(1);
    expect(await real.listDay('2026-11-26')).toEqual(saved);
    expect(await store.listRecent(1)).toEqual(saved);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('follows a day once loaded, and a watcher stopped before the load never starts', async () => {
    const { store: real, clock } = makeStore();
    const store = pageLogStore(async () => real, pendingLogs(memoryStorage()), clock, newId);
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
    const store = pageLogStore(load, pendingLogs(memoryStorage()), clock, newId);
    await expect(store.add([input(clock, 'fatigue', 2)])).rejects.toThrow('chunk missing');
    expect(await store.add([input(clock, 'fatigue', 2)])).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('a page log store passes every option on', () => {
  it('an Undo of an edit (ifUnchanged) is refused when the log was changed elsewhere since', async () => {
    const { store: real, clock } = makeStore();
    const store = pageLogStore(async () => real, pendingLogs(memoryStorage()), clock, newId);
    const [log] = await store.add([input(clock, 'fatigue', 2)]);
    clock.advance(60_000);
    await real.update(log!, { severity: 3 }); // another page edits it
    await expect(store.update(log!, { severity: 1 }, { ifUnchanged: true })).rejects.toMatchObject({ code: 'changed' });
    expect((await real.listDay('2026-11-26')).map((saved) => saved.severity)).toEqual([3]);
  });
});
