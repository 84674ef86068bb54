import { describe, expect, it } from 'vitest';
import { useWarnings, type StorageUse } from '../../domain/storage-use';
import { createStorageUsage } from '../../platform/storage-usage';

const use = (local: Partial<StorageUse['local']>, sync: Partial<StorageUse['sync']> = {}): StorageUse => ({
  local: { used: 1000, quota: null, estimated: false, ...local },
  sync: { used: 1000, quota: 102_400, perItem: 8192, largestItem: 500, estimated: false, ...sync },
});

describe('storage use warnings', () => {
  it('never warn about storage.local with unlimitedStorage, and warn from 80% where it is limited (no unlimitedStorage)', () => {
    expect(useWarnings(use({ used: 9e9, quota: null }))).toEqual([]);
    expect(useWarnings(use({ used: 8_000_000, quota: 10_485_760 }))).toEqual([]);
    expect(useWarnings(use({ used: 8_400_000, quota: 10_485_760 }))).toEqual(['localNearFull']);
  });

  it("warn near sync's total quota or near its per-item quota", () => {
    expect(useWarnings(use({}, { used: 82_000 }))).toEqual(['syncNearFull']);
    expect(useWarnings(use({}, { largestItem: 7000 }))).toEqual(['syncNearFull']);
  });
});

describe('reading storage use', () => {
  it('asks the browser where it can, and estimates from the stored JSON where it cannot (Firefox before 144 on local)', async () => {
    const stored = { 'logs:2026-11-26': { v: 2, logs: [{ note: 'é' }] } };
    const usage = createStorageUsage({
      local: { get: async () => stored },
      sync: {
        get: async () => ({ plan: { v: 1, e: 0, f: {} } }),
        getBytesInUse: async () => 123,
        QUOTA_BYTES: 102_400,
        QUOTA_BYTES_PER_ITEM: 8192,
      },
      unlimited: true,
    });
    const read = await usage.read();
    const expected =
      new TextEncoder().encode('logs:2026-11-26').length +
      new TextEncoder().encode(JSON.stringify(stored['logs:2026-11-26'])).length;
    expect(read.local).toEqual({ used: expected, quota: null, estimated: true });
    expect(read.sync).toMatchObject({
      used: 123,
      estimated: false,
      quota: 102_400,
      perItem: 8192,
      largestItem: 4 + JSON.stringify({ v: 1, e: 0, f: {} }).length,
    });
  });
});
