/**
 * Page storage: everything Gutwise keeps in the extension's localStorage, under `gutwise.`. Most of it is page
 * copies of stored values (`gutwise.plan`, `gutwise.symptomList`, ...: storage/plan-copy.ts,
 * storage/symptom-list-copy.ts). They copy what the user recorded, so "delete all" clears them, and an import
 * clears them so no page shows old values.
 * The same prefix holds symptom logs still on their way to storage (`gutwise.pendingLog.*`, pending-logs.ts)
 * and unsaved edits of journal entries (`gutwise.editDraft.*`, edit-drafts.ts): the user's records too, so
 * "delete all" and Replace take them as well; a merge keeps them (it saves pending logs first).
 */
import { EDIT_DRAFT_PREFIX, PAGE_STORAGE_PREFIX, PENDING_LOG_PREFIX } from './keys';
import { keysWithPrefix } from './page-copy';

/** The keys that hold records not yet in extension storage: a merge keeps them (Replace and "delete all" do not). */
export const UNSAVED_RECORD_PREFIXES = [PENDING_LOG_PREFIX, EDIT_DRAFT_PREFIX] as const;

/** Removes every Gutwise key from `store` (the page's localStorage by default), except keys starting with one of `keep`. */
export function clearPageStorage(
  store: Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined = globalThis.localStorage,
  keep: readonly string[] = [],
): void {
  keysWithPrefix(store, PAGE_STORAGE_PREFIX)
    .filter((key) => !keep.some((prefix) => key.startsWith(prefix)))
    .forEach((key) => store?.removeItem(key));
}
