/**
 * Edits of saved journal entries in progress, one key per entry in the extension's localStorage
 * (`gutwise.editDraft.<entry id>`), written as the user types. localStorage is written synchronously, so the
 * last change is kept even when the panel is closed that instant (an extension storage write started while the
 * page closes can be cut off). "Delete all" clears them with the other `gutwise.*` keys (page-storage.ts).
 */
import { validateEntryForm, type EntryForm } from '../domain/journal-form';
import { EDIT_DRAFT_PREFIX } from './keys';
import { pageRecords, type PageRecords } from './page-copy';

/** Drafts by entry id; a full localStorage only loses the draft (the editor on screen keeps what was typed). */
export type EditDraftStore = PageRecords<EntryForm>;

export function localEditDrafts(store: Parameters<typeof pageRecords>[2] = globalThis.localStorage): EditDraftStore {
  return pageRecords(EDIT_DRAFT_PREFIX, validateEntryForm, store);
}
