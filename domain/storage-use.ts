/**
 * How full the storage areas are, and when to warn. Sync has hard quotas (100 KB in all, 8 KB per item) in
 * Chrome and Firefox; storage.local has none with `unlimitedStorage` (Gutwise asks for it: years of logs)
 * except the disk itself, and 10 MB in Chrome without it.
 */

export interface AreaUse {
  used: number;
  /** Bytes allowed, or null when the browser sets no limit. */
  quota: number | null;
  /** Whether `used` is measured by the browser or estimated from the stored JSON. */
  estimated: boolean;
}

export interface StorageUse {
  local: AreaUse;
  sync: AreaUse & { perItem: number; largestItem: number };
}

export type UseWarning = 'localNearFull' | 'syncNearFull';

/** Warn from this share of a quota on. */
export const NEAR_FULL = 0.8;

/** The warnings `use` calls for. */
export function useWarnings(use: StorageUse): UseWarning[] {
  const warnings: UseWarning[] = [];
  if (use.local.quota !== null && use.local.used >= use.local.quota * NEAR_FULL) warnings.push('localNearFull');
  const { sync } = use;
  if ((sync.quota !== null && sync.used >= sync.quota * NEAR_FULL) || sync.largestItem >= sync.perItem * NEAR_FULL)
    warnings.push('syncNearFull');
  return warnings;
}

/** Bytes of a stored item as the quotas count them: its key plus its JSON. */
export function itemBytes(key: string, value: unknown): number {
  const encoder = new TextEncoder();
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}
