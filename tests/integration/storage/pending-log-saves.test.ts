import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PENDING_LOG_GRACE_MS, PENDING_LOG_PREFIX, pendingLogs } from '../../../storage/pending-logs';
import { browserTimers } from '../../../platform/timers';
import { savePendingWhenDue, withPendingLogSaves } from '../../../storage/pending-log-saves';
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
    const saves = withPendingLogSaves(store, pendingLogs(local), clock, newId);
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
    const popup = withPendingLogSaves(closedMidSave(store), pendingLogs(local), clock, newId);
    void popup.add([input(clock, 'joint-pain', 3)]);
    expect(await store.listDay('2026-11-26')).toEqual([]);

    const panel = withPendingLogSaves(store, pendingLogs(local), clock, newId);
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
    const slowPage = withPendingLogSaves(store, pendingLogs(local), clock, newId);
    const saving = slowPage.add([input(clock, 'bloating', 1)]);
    clock.advance(PENDING_LOG_GRACE_MS);
    const other = withPendingLogSaves(store, pendingLogs(local), clock, newId);
    await Promise.all([saving, other.savePending()]);
    expect(await store.listDay('2026-11-26')).toHaveLength(1);
  });

  it('a refused log is never kept pending: bad input, or a write that fails (the user is told and can retry)', async () => {
    const { store, clock } = makeStore();
    const local = memoryStorage();
    const saves = withPendingLogSaves(store, pendingLogs(local), clock, newId);
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
    void withPendingLogSaves(closedMidSave(store), pendingLogs(local), clock, newId).add([input(clock, 'itching', 2)]);
    clock.advance(PENDING_LOG_GRACE_MS);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const panel = withPendingLogSaves(store, pendingLogs(local), clock, newId);
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
      const panel = withPendingLogSaves(store, pendingLogs(local), clock, newId);
      const check = savePendingWhenDue(panel, pendingLogs(local), clock, browserTimers);
      await vi.runAllTimersAsync();
      void withPendingLogSaves(closedMidSave(store), pendingLogs(local), clock, newId).add([input(clock, 'brain-fog', 2)]);
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
    void withPendingLogSaves(closedMidSave(store), pending, clock, newId).add([input(clock, 'fatigue', 1)]);
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
    const [log] = await withPendingLogSaves(store, pendingLogs(local), clock, newId).add([input(clock, 'fatigue', 1)]);
    expect(await store.listDay('2026-11-26')).toEqual([log]);
  });
});
