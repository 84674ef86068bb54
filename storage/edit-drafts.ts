/**
 * Edits of saved journal entries in progress, one key per entry in the extension's localStorage
 * (`gutwise.editDraft.<entry id>`), written as the user types. localStorage is written synchronously, so the
 * last change is kept even when the panel is closed that instant (an extension storage write started while the
 * page closes can be cut off). "Delete all" clears them with the other `gutwise.*` keys (page-caches.ts).
 */
import { validateEntryForm, type EntryForm } from '../domain/journal-form';

export const EDIT_DRAFT_PREFIX = 'gutwise.editDraft.';
const VERSION = 1;

export interface EditDraftStore {
  /** Every readable draft by entry id; damaged ones are removed. */
  readAll(): Record<string, EntryForm>;
  write(entryId: string, form: EntryForm): void;
  remove(entryId: string): void;
}

type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function localEditDrafts(store: WebStorage | undefined = globalThis.localStorage): EditDraftStore {
  return {
    readAll() {
      const drafts: Record<string, EntryForm> = {};
      const keys = Array.from({ length: store?.length ?? 0 }, (_, i) => store?.key(i)).filter((key): key is string => !!key?.startsWith(EDIT_DRAFT_PREFIX));
      for (const key of keys) {
        try {
          const saved = JSON.parse(store?.getItem(key) ?? 'null') as { v?: unknown; form?: unknown } | null;
          const form = saved?.v === VERSION ? validateEntryForm(saved.form) : undefined;
          if (form) {
            drafts[key.slice(EDIT_DRAFT_PREFIX.length)] = form;
            continue;
          }
        } catch {
          // unreadable: removed below
        }
        store?.removeItem(key);
      }
      return drafts;
    },
    write(entryId, form) {
      try {
        store?.setItem(EDIT_DRAFT_PREFIX + entryId, JSON.stringify({ v: VERSION, form }));
      } catch {
        // A full localStorage only loses the draft; the editor on screen keeps what was typed.
      }
    },
    remove(entryId) {
      store?.removeItem(EDIT_DRAFT_PREFIX + entryId);
    },
  };
}
