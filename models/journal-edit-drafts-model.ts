import { signal, type ReadonlySignal } from '@preact/signals';
import type { EntryForm } from '../domain/journal-form';
import type { EditDraftStore } from '../storage/edit-drafts';

export interface EditDraftsModel {
  /** Unsaved edits of saved entries left from an earlier visit, by entry id; an entry with one opens in its editor. */
  drafts: ReadonlySignal<Record<string, EntryForm>>;
  /** The edit as typed so far, kept at once. */
  keep: (entryId: string, form: EntryForm) => void;
  /** The edit was saved or cancelled: its draft goes. */
  forget: (entryId: string) => void;
}

/**
 * Edits in progress in the journal's timeline, kept as the user types so that closing the panel mid-edit loses
 * nothing: the entry opens in its editor again, with the changes, next time. (A new entry: the composer's draft.)
 * The store is synchronous, so the drafts are there for the journal's first frame.
 */
export function createEditDraftsModel(store: EditDraftStore): EditDraftsModel {
  const drafts = signal(Object.fromEntries(store.readAll()));
  return {
    drafts,
    keep: store.write,
    forget(entryId) {
      store.remove(entryId);
      if (!(entryId in drafts.value)) return;
      const { [entryId]: _gone, ...rest } = drafts.value;
      drafts.value = rest;
    },
  };
}
