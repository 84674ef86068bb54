import type { Page } from '@playwright/test';

/** Reads one key of the extension's `storage.local` from inside an extension page. */
export function readLocalStorageKey<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(async (name) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get(name))[name];
  }, key) as Promise<T | undefined>;
}
