/**
 * The pages' synchronous caches of stored values in the extension's localStorage (`gutwise.plan`,
 * `gutwise.symptomList`, ...: storage/plan-snapshot.ts, storage/symptom-list-snapshot.ts). They copy what
 * the user recorded, so "delete all" clears them, and an import clears them so no page shows old values.
 * The same prefix holds symptom logs still on their way to storage (`gutwise.pendingLog.*`, pending-logs.ts):
 * they are the user's records too, so "delete all" takes them as well.
 */

export const PAGE_CACHE_PREFIX = 'gutwise.';

/** Removes every Gutwise cache from `store` (the page's localStorage by default). */
export function clearPageCaches(store: Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined = globalThis.localStorage): void {
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PAGE_CACHE_PREFIX)) keys.push(key);
  }
  keys.forEach((key) => store.removeItem(key));
}
