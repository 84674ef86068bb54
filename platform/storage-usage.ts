/**
 * How much the extension stores, from the browser. `getBytesInUse` is Chrome's (local and sync) and Firefox's
 * for sync (Firefox has it on local only from 144): where it is missing the size is estimated from the
 * stored JSON, the way the quotas count it.
 */
import { extensionApi } from './extension-api';
import { itemBytes, type StorageUse } from '../domain/storage-use';

interface RawArea {
  get(keys: null): Promise<Record<string, unknown>>;
  getBytesInUse?: (keys: null) => Promise<number>;
  QUOTA_BYTES?: number;
  QUOTA_BYTES_PER_ITEM?: number;
}

/** The parts of the browser this adapter reads; tests pass their own. */
export interface StorageUsageHost {
  local: RawArea;
  sync: RawArea;
  /** Whether the manifest grants `unlimitedStorage`. */
  unlimited: boolean;
}

export interface StorageUsagePort {
  read(): Promise<StorageUse>;
}

const SYNC_QUOTA_BYTES = 102_400;
const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

async function measure(area: RawArea): Promise<{ used: number; estimated: boolean; items: Record<string, unknown> }> {
  const items = await area.get(null);
  if (typeof area.getBytesInUse === 'function') {
    try {
      return { used: await area.getBytesInUse(null), estimated: false, items };
    } catch {
      // Not supported for this area after all: estimate below.
    }
  }
  const used = Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  return { used, estimated: true, items };
}

/** Reads storage use on `host`. */
export function createStorageUsage(host: StorageUsageHost): StorageUsagePort {
  return {
    async read() {
      const [local, sync] = await Promise.all([measure(host.local), measure(host.sync)]);
      const largestItem = Math.max(0, ...Object.entries(sync.items).map(([key, value]) => itemBytes(key, value)));
      return {
        local: { used: local.used, estimated: local.estimated, quota: host.unlimited ? null : (host.local.QUOTA_BYTES ?? null) },
        sync: {
          used: sync.used,
          estimated: sync.estimated,
          quota: host.sync.QUOTA_BYTES ?? SYNC_QUOTA_BYTES,
          perItem: host.sync.QUOTA_BYTES_PER_ITEM ?? SYNC_QUOTA_BYTES_PER_ITEM,
          largestItem,
        },
      };
    },
  };
}

/** The browser we run in (Firefox's `browser`, else Chrome's `chrome`). */
export function browserStorageUsageHost(): StorageUsageHost {
  const api = extensionApi<{
    runtime: { getManifest(): { permissions?: string[] } };
    storage: { local: RawArea; sync: RawArea };
  }>()!;
  return {
    local: api.storage.local,
    sync: api.storage.sync,
    unlimited: api.runtime.getManifest().permissions?.includes('unlimitedStorage') ?? false,
  };
}
