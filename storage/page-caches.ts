/**
 * The pages' synchronous caches of stored values in the extension's localStorage (`gutwise.plan`,
 * `gutwise.symptomList`, ...: storage/plan-snapshot.ts, storage/symptom-list-snapshot.ts). They copy what
 * the user recorded, so "delete all" clears them, and an import clears them so no page shows old values.
 * The same prefix holds symptom logs still on their way to storage (`gutwise.pendingLog.*`, pending-logs.ts)
 * and unsaved edits of journal entries (`gutwise.editDraft.*`, edit-drafts.ts): the user's records too, so
 * "delete all" takes them as well.
 */
import { keysWithPrefix } from './page-snapshot';

export const PAGE_CACHE_PREFIX = 'gutwise.';

/** Removes every Gutwise cache from `store` (the page's localStorage by default). */
export function clearPageCaches(store: Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined = globalThis.localStorage): void {
  keysWithPrefix(store, PAGE_CACHE_PREFIX).forEach((key) => store?.removeItem(key));
}
